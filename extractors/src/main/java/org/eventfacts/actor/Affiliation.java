package org.eventfacts.actor;

import org.jspecify.annotations.Nullable;

/**
 * What the text says an actor belongs to or speaks for, as found beside one of its mentions: either
 * a place named outright ("Russia" from "Russian President") or the words of another mention
 * ("Lentz" in "Lentz's spokesman", "his" in "his spokesman"), read as that mention's actor once all
 * actors are known.
 *
 * @param place the country or region when the words name one, else {@code null}
 * @param words the mention the affiliation is read from, when it is one, else {@code null}
 */
record Affiliation(@Nullable String place, @Nullable Mention words) {

  static Affiliation place(String place) {
    return new Affiliation(place, null);
  }

  static Affiliation of(Mention words) {
    return new Affiliation(null, words);
  }
}
