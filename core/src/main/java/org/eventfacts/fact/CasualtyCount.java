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
 * @param id the fact's identifier within its document ({@code "c1"}, {@code "c2"}, ... in text
 *     order), given by {@link DocumentFacts}; empty until then
 * @param eventId the id of the {@link Event} this fact belongs to, or {@code null} before events
 *     are read or when it belongs to none
 */
public record CasualtyCount(
    Outcome outcome,
    Count count,
    @Nullable Phrase victims,
    @Nullable Phrase perpetrator,
    @Nullable Phrase source,
    boolean hedged,
    Evidence evidence,
    String id,
    @Nullable String eventId)
    implements IncidentFact {

  public CasualtyCount {
    checkNotNull(outcome, "outcome");
    checkNotNull(count, "count");
    checkNotNull(evidence, "evidence");
    checkNotNull(id, "id");
  }

  /** A casualty without an id yet; {@link DocumentFacts} numbers it. */
  public CasualtyCount(
      Outcome outcome,
      Count count,
      @Nullable Phrase victims,
      @Nullable Phrase perpetrator,
      @Nullable Phrase source,
      boolean hedged,
      Evidence evidence) {
    this(outcome, count, victims, perpetrator, source, hedged, evidence, "", null);
  }

  @Override
  public CasualtyCount withIds(String id, @Nullable String eventId) {
    return new CasualtyCount(
        outcome, count, victims, perpetrator, source, hedged, evidence, id, eventId);
  }
}
