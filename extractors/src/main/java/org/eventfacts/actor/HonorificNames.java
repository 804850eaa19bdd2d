package org.eventfacts.actor;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the people the tagger misses after a courtesy title, as newspapers that write "Mr. Lentz"
 * and "Ms. Voss" on second reference do: the capitalised words after "Mr.", "Mrs.", "Ms." or "Dr."
 * are a person's name.
 */
final class HonorificNames {

  private HonorificNames() {}

  /** {@code names} with the names after courtesy titles added. */
  static List<Name> add(ParsedText text, List<Name> names) {
    List<Name> all = new ArrayList<>(names);
    for (ParsedSentence sentence : text.sentences()) {
      int size = sentence.tokens().size();
      for (int i = 1; i < size; i++) {
        String written = sentence.token(i).word();
        String word = TitleWords.lower(written);
        if (!Capitals.isCapitalised(written)
            || !TitleWords.HONORIFICS.containsKey(word) && !word.equals("dr.")) {
          continue;
        }
        int last = i;
        while (last + 1 <= size && isCapitalisedNoun(sentence.token(last + 1)) && last - i < 3) {
          last++;
        }
        if (last == i) {
          continue;
        }
        Mention mention = new Mention(sentence, i + 1, last);
        if (all.stream().noneMatch(n -> n.mention().overlaps(mention))) {
          all.add(new Name(mention, ActorKind.PERSON));
        }
      }
    }
    return all;
  }

  private static boolean isCapitalisedNoun(CoreLabel token) {
    return token.tag() != null
        && token.tag().startsWith("NNP")
        && Capitals.isCapitalised(token.word());
  }
}
