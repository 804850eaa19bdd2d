package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.lower;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Finds the charge of an arrest that its own sentence does not state:
 *
 * <ul>
 *   <li>in another sentence about the same named person, nearest first, anywhere in the text,
 *       since an article states a suspect's charges once ("Police arrested Nora Vance on Sunday.
 *       ... Vance is charged with fraud.");
 *   <li>in one of the next two sentences, when its subject is a pronoun that can stand for the
 *       arrestee ("A 41-year-old man was arrested. He faces charges of arson.");
 *   <li>from another arrestee of the same custody word: "The men, Curtis Vail and Owen Teague,
 *       were detained" gives the group's charge to each.
 * </ul>
 */
final class NearbyCharges {

  /** How many sentences ahead a pronoun may refer to the arrestee. */
  private static final int PRONOUN_REACH = 2;

  private NearbyCharges() {}

  /** The charge of {@code draft} stated in another sentence about the same person. */
  static Optional<Phrase> of(ParsedText text, Draft draft) {
    Phrase arrestee = draft.arrestee();
    if (arrestee == null) {
      return Optional.empty();
    }
    Optional<String> surname = People.surname(text, arrestee);
    List<ParsedSentence> sentences = text.sentences();
    int at = sentences.indexOf(draft.sentence());
    int reach = surname.isPresent() ? sentences.size() : PRONOUN_REACH;
    for (int distance = 1; distance <= reach; distance++) {
      for (int direction : new int[] {1, -1}) {
        int other = at + direction * distance;
        if (other < 0 || other >= sentences.size() || sentences.get(other).graph() == null) {
          continue;
        }
        boolean pronounsAllowed = direction > 0 && distance <= PRONOUN_REACH;
        Predicate<IndexedWord> samePerson =
            word ->
                surname.map(name -> People.isName(word) && lower(word).equals(name)).orElse(false)
                    || (pronounsAllowed && refersBack(word, draft.plural()));
        ParsedSentence sentence = sentences.get(other);
        Optional<Phrase> charge = new ChargeFinder(sentence, sentence.graph()).aboutPerson(samePerson);
        if (charge.isPresent()) {
          return charge;
        }
      }
    }
    return Optional.empty();
  }

  /** The charge of another arrestee of the same custody word as {@code draft}. */
  static @Nullable Phrase ofSameStatement(Draft draft, List<Draft> drafts) {
    for (Draft other : drafts) {
      if (other != draft && other.sameStatement(draft) && other.charge() != null) {
        return other.charge();
      }
    }
    return null;
  }

  private static boolean refersBack(IndexedWord word, boolean plural) {
    String lower = lower(word);
    return plural ? ArrestWords.PLURAL_PRONOUNS.contains(lower) : ArrestWords.SINGULAR_PRONOUNS.contains(lower);
  }
}
