package org.eventfacts.merge;

import java.util.Locale;

/**
 * The four tolls an incident has, as the events of the articles state them: how many were killed,
 * injured, are missing, and were arrested.
 *
 * <pre>{@code
 * incident.figure(Figure.KILLED).count().value()   // 3
 * Figure.KILLED.key()                              // "killed", the JSON field
 * }</pre>
 */
public enum Figure {
  /** Killed, dead, died. */
  KILLED,
  /** Injured, wounded, hurt. */
  INJURED,
  /** Missing. */
  MISSING,
  /** Arrested, detained, taken into custody. */
  ARRESTED;

  /** The field's name in the JSON of events and incidents: {@code "killed"}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
