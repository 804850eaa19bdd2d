package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads the names of buildings, rooms, streets and the parts of a building as places, whatever the
 * tagger called them: "the Old Mint Building", "Kessler Auditorium", "the Halls of the Assembly",
 * "the West Front", "Oak and Mill streets". A name whose noun is for an institution that is also a building ("Tarnwick
 * Hospital", "the Lentz Space Center", "the National Archives") is a place where the text puts
 * something in it ("treated at Tarnwick Hospital") and stays a body where it acts ("Tarnwick
 * Hospital said").
 */
final class Facilities {

  /** Nouns that make a name the name of a building, a room or a way. */
  private static final ImmutableSet<String> BUILDINGS =
      ImmutableSet.of(
          "building", "buildings", "auditorium", "hall", "halls", "tower", "towers", "street",
          "streets", "avenue", "road", "boulevard", "square", "plaza", "station", "airport",
          "stadium", "arena", "bridge", "pier", "wharf");

  /** Nouns for institutions that are also buildings. */
  private static final ImmutableSet<String> INSTITUTIONS_IN_BUILDINGS =
      ImmutableSet.of(
          "hospital", "center", "centre", "museum", "library", "archives", "gallery", "clinic");

  /** Parts of a building named by where they face: "the West Front", "the South Lawn". */
  private static final ImmutableSet<String> PARTS =
      ImmutableSet.of(
          "front", "court", "wing", "lawn", "portico", "gate", "entrance", "terrace", "garden",
          "steps", "facade");

  private static final ImmutableSet<String> COMPASS =
      ImmutableSet.of(
          "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

  /** Nouns written after the names of ways: "Oak and Mill streets". */
  private static final ImmutableSet<String> WAYS_AFTER =
      ImmutableSet.of("street", "streets", "road", "roads", "avenue", "avenues", "lane", "lanes");

  /** Prepositions that put something in a place: "at", "in", "inside". */
  private static final ImmutableSet<String> LOCATIVES = ImmutableSet.of("at", "in", "inside");

  private Facilities() {}

  /** {@code names}, with the names of buildings, rooms, streets and their parts made places. */
  static List<Name> correct(List<Name> names) {
    return MistaggedPlaces.names(names, Facilities::isFacility);
  }

  private static boolean isFacility(Name name) {
    if (isWayBeforeItsNoun(name.mention())) {
      return true;
    }
    List<String> words = name.words();
    if (words.size() < 2) {
      return false;
    }
    int of = words.indexOf("of");
    String head = of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
    if (BUILDINGS.contains(head)) {
      return true; // "the Old Mint Building", "the Halls of the Assembly"
    }
    if (words.size() == 2 && COMPASS.contains(words.get(0)) && PARTS.contains(words.get(1))) {
      return true; // "the West Front"
    }
    return INSTITUTIONS_IN_BUILDINGS.contains(head) && isPutSomewhere(name.mention());
  }

  /**
   * "the corner of Oak and Mill (now Tarn) streets": a name before the small noun for a way, or
   * joined by "and" to one that is, is the way's name.
   */
  private static boolean isWayBeforeItsNoun(Mention mention) {
    ParsedSentence sentence = mention.sentence();
    int size = sentence.tokens().size();
    int i = mention.last() + 1;
    for (int step = 0; step < 2 && i <= size; step++) {
      String word = sentence.token(i).word();
      if (word.equals(")") || word.equals("-RRB-")) {
        i++; // "(now Tarn) streets"
      } else if (word.equals("(") || word.equals("-LRB-")) {
        while (i <= size && !sentence.token(i).word().equals(")")) {
          i++;
        }
        i++;
      } else if (word.equals("and")
          && i + 1 <= size
          && Capitals.isCapitalised(sentence.token(i + 1).word())) {
        i += 2; // "Oak and Mill streets"
      }
      if (i > size) {
        return false;
      }
      String next = sentence.token(i).word();
      if (Capitals.isLowerCase(next) && WAYS_AFTER.contains(next)) {
        return true;
      }
    }
    return false;
  }

  /** "at Tarnwick Hospital", "in the National Archives": the name is where something is. */
  private static boolean isPutSomewhere(Mention mention) {
    ParsedSentence sentence = mention.sentence();
    int before = mention.first() - 1;
    if (before >= 1 && TitleWords.lower(sentence.token(before).word()).equals("the")) {
      before--;
    }
    return before >= 1 && LOCATIVES.contains(TitleWords.lower(sentence.token(before).word()));
  }
}
