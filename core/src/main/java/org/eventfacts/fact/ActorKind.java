package org.eventfacts.fact;

/** What sort of participant an {@link Actor} is. */
public enum ActorKind {
  /** A named person: "Ana Voss". */
  PERSON,
  /** A named organisation: "Collective Security Treaty Organization", "AFP". */
  ORGANIZATION,
  /** An unnamed group acting together: "demonstrators", "security forces". */
  GROUP,
  /** A country acting as a participant: "Dastria", "Russia". */
  COUNTRY,
  /** A place: "Sarovel". */
  LOCATION
}
