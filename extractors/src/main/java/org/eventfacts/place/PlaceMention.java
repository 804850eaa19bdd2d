package org.eventfacts.place;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Place;

/**
 * A place the text names, resolved: the {@link Place} with its words and span, the sentence it
 * lies in, and how the text names it.
 *
 * <pre>{@code
 * // "AURORA, Ill. — Three people were wounded in Naperville."
 * mention.place().name()   // "Aurora"
 * mention.role()           // DATELINE
 * }</pre>
 *
 * @param place the place, as the text names it and the gazetteer knows it
 * @param sentence the index of the sentence it lies in
 * @param role how the text names it
 */
public record PlaceMention(Place place, int sentence, PlaceRole role) {

  public PlaceMention {
    checkNotNull(place, "place");
    checkNotNull(role, "role");
  }

  /** Whether it is the dateline of the story. */
  public boolean dateline() {
    return role == PlaceRole.DATELINE;
  }
}
