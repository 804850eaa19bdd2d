package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A statement that a person or a group was taken into custody.
 *
 * <p>From "More than 2400 demonstrators have been arrested":
 *
 * <pre>{@code
 * arrest.arrestee().text()   // "demonstrators"
 * arrest.count()             // 2400, MORE_THAN
 * }</pre>
 *
 * @param arrestee who was arrested: a person (linked to their actor) or a group; {@code null}
 *     only when the text gives a number alone ("Thousands have been arrested")
 * @param count how many, for groups and numbers; {@code null} for a named person
 * @param authority who made or announced the arrest, when the text says
 * @param charge the offence ("treason", "on suspicion of arson"), when stated
 * @param source on whose authority the arrest is reported, when it is attributed
 * @param hedged whether the text marks the arrest as unconfirmed
 * @param evidence where it is stated
 * @param id the fact's identifier within its document ({@code "r1"}, {@code "r2"}, ... in text
 *     order), given by {@link DocumentFacts}; empty until then
 * @param eventId the id of the {@link Event} this fact belongs to, or {@code null} before events
 *     are read or when it belongs to none
 */
public record Arrest(
    @Nullable Phrase arrestee,
    @Nullable Count count,
    @Nullable Phrase authority,
    @Nullable Phrase charge,
    @Nullable Phrase source,
    boolean hedged,
    Evidence evidence,
    String id,
    @Nullable String eventId)
    implements IncidentFact {

  public Arrest {
    checkArgument(arrestee != null || count != null, "an arrest needs an arrestee or a count");
    checkNotNull(evidence, "evidence");
    checkNotNull(id, "id");
  }

  /** An arrest without an id yet; {@link DocumentFacts} numbers it. */
  public Arrest(
      @Nullable Phrase arrestee,
      @Nullable Count count,
      @Nullable Phrase authority,
      @Nullable Phrase charge,
      @Nullable Phrase source,
      boolean hedged,
      Evidence evidence) {
    this(arrestee, count, authority, charge, source, hedged, evidence, "", null);
  }

  @Override
  public Arrest withIds(String id, @Nullable String eventId) {
    return new Arrest(arrestee, count, authority, charge, source, hedged, evidence, id, eventId);
  }
}
