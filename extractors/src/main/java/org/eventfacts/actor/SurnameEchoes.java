package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the surnames the tagger misses once a full name has been given: "Sen. Ana Tesker ... ,"
 * Tesker said" where "Tesker" alone is read as a common noun, and the capitalised speaker labels
 * of transcripts ("TESKER: Well, look ..."). A capitalised word, not part of any name, that is the
 * last word of a person's full name in the same text is a mention of that person.
 */
final class SurnameEchoes {

  private static final ImmutableSet<String> GENERATIONS = ImmutableSet.of("jr.", "jr", "sr.", "sr", "ii", "iii");

  private SurnameEchoes() {}

  /** {@code names} with the echoed surnames added. */
  static List<Name> add(ParsedText text, List<Name> names) {
    Set<String> surnames = new HashSet<>();
    for (Name name : names) {
      List<String> words = name.words();
      if (name.kind() == ActorKind.PERSON && words.size() >= 2) {
        String last = words.get(words.size() - 1);
        if (GENERATIONS.contains(last)) {
          last = words.get(words.size() - 2);
        }
        if (last.length() >= 3 && Character.isLetter(last.charAt(0))) {
          surnames.add(last);
        }
      }
    }
    if (surnames.isEmpty()) {
      return names;
    }
    List<Name> all = new ArrayList<>(names);
    for (ParsedSentence sentence : text.sentences()) {
      for (int i = 1; i <= sentence.tokens().size(); i++) {
        CoreLabel token = sentence.token(i);
        String word = token.word();
        if (word.isEmpty()
            || !Character.isUpperCase(word.charAt(0))
            || token.tag() == null
            || !token.tag().startsWith("NN")
            || !surnames.contains(TitleWords.lower(word))) {
          continue;
        }
        Mention mention = new Mention(sentence, i, i);
        if (names.stream().noneMatch(n -> n.mention().overlaps(mention))) {
          all.add(new Name(mention, ActorKind.PERSON));
        }
      }
    }
    return all;
  }
}
