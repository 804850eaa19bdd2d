package org.eventfacts.place;

/**
 * How a story names a place, which says how likely the place is where its incident happened:
 * "in Dayton" locates something there, "Dayton police" names an agency, "a Dayton man" or "Ana
 * Ruiz, 22, of Dayton" tells where a person lives.
 *
 * <pre>{@code
 * // "CHICAGO — A Gary man was shot in Englewood, Chicago police said."
 * // CHICAGO: DATELINE, Gary: RESIDENCE, Englewood: LOCATED, Chicago: AGENCY
 * }</pre>
 */
public enum PlaceRole {
  /** The dateline that opens the story: "AURORA, Ill. (AP) —". */
  DATELINE,
  /** A place something happens in or at: "in Almaty", "at her Randallstown apartment". */
  LOCATED,
  /** The place an organisation is named after: "Fort Worth police", "the Dayton Police Department". */
  AGENCY,
  /** Where a person is from: "Ana Ruiz, 22, of Dayton", "a Dayton man", "a Newton resident". */
  RESIDENCE,
  /** Named otherwise. */
  NAMED
}
