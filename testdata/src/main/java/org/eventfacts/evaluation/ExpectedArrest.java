package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * A gold arrest: who was arrested, or how many, and the slots the gold gives.
 *
 * <pre>{@code
 * {"type": "arrest", "arrestee": "Karim Massimov", "charge": "treason",
 *  "authority": "National Security Committee", "hedged": false}
 * }</pre>
 *
 * @param arrestee who was arrested, or {@code null} when the gold gives a count only
 * @param count how many, or {@code null} for a named person
 * @param authority who made or announced the arrest, or {@code null}
 * @param charge the offence, or {@code null}
 * @param source on whose authority the arrest is reported, or {@code null}
 * @param hedged whether the arrest is marked as unconfirmed, or {@code null} when not scored
 */
public record ExpectedArrest(
    @Nullable String arrestee,
    @Nullable GoldCount count,
    @Nullable String authority,
    @Nullable String charge,
    @Nullable String source,
    @Nullable Boolean hedged)
    implements Expectation {

  public ExpectedArrest {
    checkArgument(arrestee != null || count != null, "an arrest needs an arrestee or a count");
  }

  @Override
  public FactType type() {
    return FactType.ARREST;
  }

  @Override
  public String summary() {
    return new Summary()
        .add("arrestee", arrestee)
        .add(count == null ? null : "count " + count.summary())
        .add("authority", authority)
        .add("charge", charge)
        .add("source", source)
        .add("hedged", hedged)
        .toString();
  }
}
