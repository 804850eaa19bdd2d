package org.eventfacts.fact;

/** What happened to the people a {@link CasualtyCount} counts. */
public enum Outcome {
  /** Killed, dead, died, fatalities, slain. */
  KILLED,
  /** Injured, wounded, hurt, or shot without dying. */
  INJURED,
  /** Missing, unaccounted for. */
  MISSING
}
