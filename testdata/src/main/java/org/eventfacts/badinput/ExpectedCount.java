package org.eventfacts.badinput;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Outcome;

/**
 * A casualty count that must be read from a bad input despite what surrounds it.
 *
 * <pre>{@code
 * new ExpectedCount(Outcome.KILLED, 12)
 * }</pre>
 */
public record ExpectedCount(Outcome outcome, long value) {

  public ExpectedCount {
    checkNotNull(outcome, "outcome");
  }

  @Override
  public String toString() {
    return value + " " + outcome;
  }
}
