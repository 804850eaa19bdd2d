package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the surnames the tagger misses once a full name has been given: "Sen. Ana Tesker ... ,"
 * Tesker said" where "Tesker" alone is read as a common noun, and the capitalised speaker labels of
 * transcripts ("TESKER: Well, look ..."). A capitalised word, not part of any name, that is the
 * last word of a person's full name in the same text is a mention of that person; one that is
 * written elsewhere as a one-word name ("Factwise announced ... Factwise then said") is that name.
 */
final class SurnameEchoes {

  private static final ImmutableSet<String> GENERATIONS =
      ImmutableSet.of("jr.", "jr", "sr.", "sr", "ii", "iii");

  private SurnameEchoes() {}

  /** A one-word name that is no common word a sentence might start with ("Police", "Officials"). */
  private static boolean isDistinctive(String word) {
    return !TitleWords.isHead(word)
        && !Capitals.isCalendarWord(word)
        && !TitleWords.isModifier(word)
        && !GroupFinder.GROUP_NOUNS.contains(word)
        && !OrganisationWords.isHead(word)
        && !OrganisationWords.PORTFOLIOS.contains(word);
  }

  /** {@code names} with the echoed surnames and one-word names added. */
  static List<Name> add(ParsedText text, List<Name> names) {
    Map<String, ActorKind> surnames = new HashMap<>();
    for (Name name : names) {
      List<String> words = name.words();
      if (name.kind() == ActorKind.PERSON && words.size() >= 2) {
        String last = words.get(words.size() - 1);
        if (GENERATIONS.contains(last)) {
          last = words.get(words.size() - 2);
        }
        if (last.length() >= 3 && Character.isLetter(last.charAt(0))) {
          surnames.put(last, ActorKind.PERSON);
        }
      }
    }
    for (Name name : names) {
      // "FactHarbor" found acting in one sentence is the same name in the next
      List<String> words = name.words();
      boolean actor = name.kind() == ActorKind.PERSON || name.kind() == ActorKind.ORGANIZATION;
      if (actor && words.size() == 1 && words.get(0).length() >= 3 && isDistinctive(words.get(0))) {
        surnames.putIfAbsent(words.get(0), name.kind());
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
            || !surnames.containsKey(TitleWords.lower(word))) {
          continue;
        }
        Mention mention = new Mention(sentence, i, i);
        if (names.stream().noneMatch(n -> n.mention().overlaps(mention))) {
          all.add(new Name(mention, surnames.get(TitleWords.lower(word))));
        }
      }
    }
    return all;
  }
}
