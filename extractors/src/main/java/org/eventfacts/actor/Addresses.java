package org.eventfacts.actor;

import java.util.List;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads a name written before its region and country, as a dateline or an address writes a town
 * ("Tarnby, Westmark, Kestria"), as a place, whatever the tagger called it.
 */
final class Addresses {

  private Addresses() {}

  /** {@code names}, with each name before ", region, country" made a place. */
  static List<Name> correct(List<Name> names) {
    return MistaggedPlaces.names(names, name -> isBeforeRegionAndCountry(name.mention()));
  }

  private static boolean isBeforeRegionAndCountry(Mention mention) {
    ParsedSentence sentence = mention.sentence();
    int size = sentence.tokens().size();
    int i = mention.last() + 1;
    if (i > size || !sentence.token(i).word().equals(",")) {
      return false;
    }
    int region = i + 1;
    int regionEnd = region;
    while (regionEnd <= size && isPlaceWord(sentence, regionEnd)) {
      regionEnd++;
    }
    if (regionEnd == region || regionEnd > size || !sentence.token(regionEnd).word().equals(",")) {
      return false;
    }
    int country = regionEnd + 1;
    StringBuilder words = new StringBuilder();
    for (int k = country; k <= size && Capitals.isCapitalised(sentence.token(k).word()); k++) {
      words.append(words.length() == 0 ? "" : " ").append(sentence.token(k).word());
      if (Places.instance().country(words.toString()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlaceWord(ParsedSentence sentence, int index) {
    String ner = sentence.token(index).ner();
    return ner != null
        && (ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE") || ner.equals("CITY"));
  }
}
