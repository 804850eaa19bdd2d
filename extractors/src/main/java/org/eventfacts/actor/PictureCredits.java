package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Reads the name in a picture's credit, which the tagger often misses because it stands alone
 * after a label: "Image: Oskar Brandl.", "Photo: Tarnwick Harbour Trust", "Photo by Lena Ostrova".
 * The words after the label up to the end of the credit name the photographer or the body that gave
 * the picture: a body when its last word says so or it is written in capitals, else a person
 * (a user name such as "KestrelFan" included).
 */
final class PictureCredits {

  /** Labels that open a picture's credit. */
  private static final ImmutableSet<String> LABELS =
      ImmutableSet.of("photo", "photos", "image", "images", "picture", "pictures");

  /** The longest credit read as a name, in words. */
  private static final int MOST_WORDS = 4;

  private PictureCredits() {}

  /** {@code names} with the untagged names of picture credits added. */
  static List<Name> add(ParsedText text, List<Name> names) {
    List<Name> all = new ArrayList<>(names);
    for (ParsedSentence sentence : text.sentences()) {
      int first = creditStart(sentence);
      if (first < 1) {
        continue;
      }
      int last = first;
      while (last + 1 <= sentence.tokens().size() && isNameWord(sentence.token(last + 1))) {
        last++;
      }
      if (!isNameWord(sentence.token(first))
          || last - first + 1 > MOST_WORDS
          || !endsCredit(sentence, last)) {
        continue;
      }
      Mention credit = new Mention(sentence, first, last);
      if (names.stream().anyMatch(n -> n.mention().overlaps(credit))) {
        continue;
      }
      String lastWord = sentence.token(last).word();
      boolean body =
          OrganisationWords.isHead(lastWord)
              || first == last && Acronyms.looksLikeAcronym(lastWord);
      all.add(new Name(credit, body ? ActorKind.ORGANIZATION : ActorKind.PERSON));
    }
    return all;
  }

  /**
   * The first token after "Image:" or "Photo by" when the sentence opens with a picture's label,
   * else 0.
   */
  private static int creditStart(ParsedSentence sentence) {
    List<CoreLabel> tokens = sentence.tokens();
    if (tokens.size() < 3 || !LABELS.contains(TitleWords.lower(tokens.get(0).word()))) {
      return 0;
    }
    String mark = TitleWords.lower(tokens.get(1).word());
    return mark.equals(":") || mark.equals("by") ? 3 : 0;
  }

  /** Whether the credit ends after token {@code last}: at the sentence's end or a separator. */
  private static boolean endsCredit(ParsedSentence sentence, int last) {
    if (last == sentence.tokens().size()) {
      return true;
    }
    String next = sentence.token(last + 1).word();
    return next.equals(".") || next.equals(",") || next.equals("/") || next.equals(";");
  }

  private static boolean isNameWord(CoreLabel token) {
    String word = token.word();
    return Capitals.isCapitalised(word)
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
  }
}
