package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A statement that a number of people were killed, injured or are missing.
 *
 * <p>From "According to official hospital figures, 26 armed men have been killed":
 *
 * <pre>{@code
 * casualty.outcome()          // KILLED
 * casualty.count()            // 26, EXACT
 * casualty.victims().text()   // "armed men"
 * casualty.source().text()    // "official hospital figures"
 * }</pre>
 *
 * @param outcome what happened to them
 * @param count how many, as stated
 * @param victims who they were ("armed men", "a 17-year-old"), when the text says
 * @param perpetrator who killed or injured them ("police"), when the same statement says
 * @param source on whose authority the figure is given, when it is attributed
 * @param hedged whether the text marks the figure as unconfirmed ("reportedly", "has not been
 *     independently verified")
 * @param evidence where it is stated
 */
public record CasualtyCount(
    Outcome outcome,
    Count count,
    @Nullable Phrase victims,
    @Nullable Phrase perpetrator,
    @Nullable Phrase source,
    boolean hedged,
    Evidence evidence)
    implements Fact {

  public CasualtyCount {
    checkNotNull(outcome, "outcome");
    checkNotNull(count, "count");
    checkNotNull(evidence, "evidence");
  }
}
