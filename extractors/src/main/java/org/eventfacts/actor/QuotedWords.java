package org.eventfacts.actor;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.Map;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Which tokens of a text lie inside quotation marks. A quotation left open runs to the end of its
 * paragraph, as in news copy that quotes a speaker over several paragraphs. A "he" inside a
 * quotation is the speaker's word, not the writer's: it does not refer the way the writer's
 * pronouns do.
 */
final class QuotedWords {

  private final Map<Integer, boolean[]> quoted = new HashMap<>();

  QuotedWords(ParsedText text) {
    boolean open = false;
    int paragraph = -1;
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.paragraph() != paragraph) {
        paragraph = sentence.paragraph();
        open = false;
      }
      boolean[] inside = new boolean[sentence.tokens().size() + 1];
      for (int i = 1; i <= sentence.tokens().size(); i++) {
        CoreLabel token = sentence.token(i);
        String tag = token.tag() == null ? "" : token.tag();
        boolean doubleMark = isDoubleQuotationMark(token);
        if (tag.equals("``") && doubleMark) {
          open = true;
        } else if (tag.equals("''") && doubleMark) {
          open = false;
        } else {
          inside[i] = open;
        }
      }
      quoted.put(sentence.index(), inside);
    }
  }

  /** Single marks are left out: "’" is far more often an apostrophe ("Workers’ Union"). */
  private static boolean isDoubleQuotationMark(CoreLabel token) {
    String word =
        token.originalText() == null || token.originalText().isEmpty()
            ? token.word()
            : token.originalText();
    return word.equals("\"")
        || word.equals("“")
        || word.equals("”")
        || word.equals("``")
        || word.equals("''")
        || word.equals("„")
        || word.equals("«")
        || word.equals("»");
  }

  /** Whether token {@code token} (1-based) of sentence {@code sentence} is quoted. */
  boolean isQuoted(int sentence, int token) {
    boolean[] inside = quoted.get(sentence);
    return inside != null && token < inside.length && inside[token];
  }
}
