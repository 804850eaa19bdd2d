package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.eventfacts.text.ParsedSentence;

/**
 * Recognises names that belong to the publication rather than the story: credit lines of its own
 * work ("Source: Daily Kestrel", "Reporting by Ana Voss; Editing by Ivo Lentz") and the agency or
 * station in parentheses after a dateline ("DUNMORE, Kestria (KTV) —"). A picture's credit
 * ("Photo: Ana Voss") is no byline: it names who made or gave the picture, someone the text names
 * like any other ({@link PictureCredits}).
 */
final class Boilerplate {

  private static final ImmutableSet<String> CREDIT_LABELS =
      ImmutableSet.of(
          "source",
          "sources",
          "reporting",
          "writing",
          "editing",
          "credit",
          "credits",
          "copyright",
          "©",
          "video",
          "graphic",
          "additional",
          "compiled",
          "edited",
          "written",
          "produced",
          "read");

  private Boilerplate() {}

  /** Whether {@code name} lies in a credit line or a dateline's parenthesis. */
  static boolean isBoilerplate(Name name) {
    return isCreditLine(name.mention().sentence()) || isDatelineCredit(name.mention());
  }

  /** A sentence that opens with a credit label followed, within three words, by ":" or "by". */
  private static boolean isCreditLine(ParsedSentence sentence) {
    List<CoreLabel> tokens = sentence.tokens();
    if (tokens.isEmpty() || !CREDIT_LABELS.contains(TitleWords.lower(tokens.get(0).word()))) {
      return false;
    }
    for (int i = 1; i < Math.min(4, tokens.size()); i++) {
      String word = TitleWords.lower(tokens.get(i).word());
      if (word.equals(":") || word.equals("by")) {
        return true;
      }
    }
    return false;
  }

  /** "(KTV) —": a name alone in parentheses followed by a dash. */
  private static boolean isDatelineCredit(Mention mention) {
    ParsedSentence sentence = mention.sentence();
    int before = mention.first() - 1;
    int after = mention.last() + 1;
    if (before < 1 || after + 1 > sentence.tokens().size()) {
      return false;
    }
    boolean parenthesised = isOpening(sentence.token(before)) && isClosing(sentence.token(after));
    String next = sentence.token(after + 1).word();
    return parenthesised
        && (next.equals("—") || next.equals("-") || next.equals("--") || next.equals("–"));
  }

  private static boolean isOpening(CoreLabel token) {
    return token.word().equals("(") || "-LRB-".equals(token.tag());
  }

  private static boolean isClosing(CoreLabel token) {
    return token.word().equals(")") || "-RRB-".equals(token.tag());
  }
}
