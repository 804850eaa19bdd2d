package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.regex.Pattern;
import org.eventfacts.fact.ActorKind;

/**
 * Tells a legislature or government called by its common noun from a named one. English
 * capitalises "the Senate", "Congress", "the House" and "the Government" of the country it speaks
 * of, and may put an adjective before them ("the Democratic Senate", "the 98th Congress", "the
 * Kestrian Government"); that names no particular body any more than "the police" does. A proper
 * word of its own makes it a name: "the Kestrian Senate" stays a description, "the Senate of
 * Kestria", "the US Congress" and "the House of Delegates" are names.
 */
final class UnnamedBodies {

  /** Common nouns for a country's legislature or government, lower-cased. */
  private static final ImmutableSet<String> BODIES =
      ImmutableSet.of(
          "senate", "house", "congress", "parliament", "legislature", "government",
          "administration");

  /** Adjectives that say which legislature or which of its terms, not whose. */
  private static final ImmutableSet<String> DESCRIBING =
      ImmutableSet.of(
          "national", "federal", "democratic", "republican", "new", "current", "previous", "former",
          "next", "last", "whole", "entire", "full", "upper", "lower", "central", "provisional",
          "interim", "transitional", "caretaker", "incoming", "outgoing", "first", "second",
          "third");

  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  private UnnamedBodies() {}

  /** Whether every name of {@code entity} is a legislature or government called by its noun. */
  static boolean isOnlyUnnamed(Entity entity) {
    if (entity.kind() != ActorKind.ORGANIZATION || entity.names().isEmpty()) {
      return false;
    }
    return entity.names().stream().allMatch(name -> isUnnamed(name.words()));
  }

  static boolean isUnnamed(List<String> words) {
    if (words.isEmpty() || !BODIES.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (String word : words.subList(0, words.size() - 1)) {
      boolean demonym =
          Places.instance().placeOfDemonym(word) != null && Places.instance().country(word) == null;
      if (!demonym && !DESCRIBING.contains(word) && !ORDINAL.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }
}
