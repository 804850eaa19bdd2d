package org.eventfacts.merge;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of a headline that can tell one incident from another: its content words less the
 * vocabulary every crime and disaster report shares ("police", "shooting", "killed"), and less the
 * outlet's name that web pages append after a separator ("... - Channel 5 News").
 *
 * <p>"Suspect arrested in Millbrook bakery fire" and "Two dead in Millbrook bakery fire - Valley
 * Herald" share {@code millbrook}, {@code bakery} and {@code fire}: both tell of the same fire.
 */
final class HeadlineWords {

  private static final Set<String> COMMON =
      ImmutableSet.of(
          // English function words
          "the", "and", "for", "with", "from", "into", "onto", "over", "after", "before", "near",
          "about", "against", "during", "while", "amid", "among", "his", "her", "their", "its",
          "our", "who", "whom", "whose", "what", "when", "where", "why", "how", "that", "this",
          "these", "those", "than", "then", "but", "not", "are", "was", "were", "has", "have",
          "had", "been", "being", "will", "would", "can", "could", "may", "might", "out", "off",
          "all", "any", "more", "most", "new", "now", "via",
          // what news headlines say of every incident
          "police", "cops", "officers", "officer", "authorities", "say", "says", "said",
          "report", "reports", "reported", "update", "updated", "updates", "breaking", "video",
          "photos", "watch", "live", "news", "local", "shooting", "shootings", "shot", "shoots",
          "shooter", "gunman", "gunfire", "gun", "guns", "killed", "kills", "kill", "killing",
          "dead", "dies", "died", "death", "deaths", "deadly", "fatal", "fatally", "slain",
          "injured", "injures", "injuring", "wounded", "wounds", "hurt", "hospitalized",
          "arrested", "arrest", "arrests", "charged", "charges", "suspect", "suspects", "victim",
          "victims", "identified", "identify", "man", "men", "woman", "women", "people",
          "person", "teen", "teens", "boy", "girl", "child", "children", "year", "old",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private HeadlineWords() {}

  static ImmutableSet<String> of(@Nullable String headline) {
    if (headline == null) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String word : PlaceProfile.fold(withoutOutlet(headline)).split(" ")) {
      if (word.length() >= 3 && !COMMON.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        words.add(word);
      }
    }
    return words.build();
  }

  /** The headline before " - ", " | " or " :: " when what precedes it is a headline of its own. */
  private static String withoutOutlet(String headline) {
    for (String separator : new String[] {" | ", " :: ", " - ", " – ", " — "}) {
      int at = headline.indexOf(separator);
      if (at > 0 && headline.substring(0, at).trim().split("\\s+").length >= 3) {
        headline = headline.substring(0, at);
      }
    }
    return headline;
  }
}
