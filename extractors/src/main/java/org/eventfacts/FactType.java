package org.eventfacts;

/**
 * The kinds of facts an extractor can read; choose some with {@link
 * FactExtractor.Builder#facts(FactType...)} to load only the models they need.
 */
public enum FactType {
  /** Killed, injured and missing counts. */
  CASUALTY,
  /** Arrests and detentions. */
  ARREST,
  /** Direct, partial and reported speech with speakers. */
  QUOTE,
  /** People, organisations and groups, with their mentions merged. */
  ACTOR
}
