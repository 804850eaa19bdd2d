package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads the one-word name after "of" in a byname or a title as a place, whatever the tagger called
 * it: "Bonosus of Tarsa", "the Earl of Kestwick", "the Mayor of Dunmore". English names people and
 * offices after where they are from or what they hold; an organisation's name takes "of" too, but
 * after an organisation noun ("the Bank of Kestria"), which this leaves alone.
 */
final class PlacesAfterOf {

  /** Titles of rank that take the place they are held of. */
  private static final ImmutableSet<String> RANKS =
      ImmutableSet.of(
          "earl", "duke", "duchess", "count", "countess", "baron", "baroness", "marquis",
          "marquess", "viscount", "lord", "lady", "saint", "st", "st.");

  private PlacesAfterOf() {}

  /** {@code names}, with the places after "of" in bynames and titles made places. */
  static List<Name> correct(List<Name> names) {
    return MistaggedPlaces.oneWordNames(names, name -> isAfterBynameOrTitle(name.mention()));
  }

  private static boolean isAfterBynameOrTitle(Mention mention) {
    ParsedSentence sentence = mention.sentence();
    int of = mention.first() - 1;
    if (of < 2 || !sentence.token(of).word().equals("of")) {
      return false;
    }
    CoreLabel before = sentence.token(of - 1);
    String word = before.word();
    if (!Capitals.isCapitalised(word) || OrganisationWords.isHead(word)) {
      return false;
    }
    String lower = TitleWords.lower(word);
    if (RANKS.contains(lower) || TitleWords.isHead(lower)) {
      return true; // "the Earl of Kestwick", "Mayor of Dunmore"
    }
    boolean untagged = before.ner() == null || "O".equals(before.ner());
    return "PERSON".equals(before.ner()) || untagged && "NNP".equals(before.tag());
  }
}
