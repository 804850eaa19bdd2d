package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * A gold casualty count. The optional fields are slots, scored only when the gold gives them.
 *
 * <pre>{@code
 * {"type": "casualty", "outcome": "KILLED", "count": {"value": 26, "qualifier": "EXACT"},
 *  "victims": "armed men", "source": "official hospital figures", "hedged": true}
 * }</pre>
 *
 * @param outcome killed, injured or missing
 * @param count how many
 * @param victims who they were, or {@code null} when the gold does not say
 * @param perpetrator who killed or injured them, or {@code null}
 * @param source on whose authority the figure is given, or {@code null}
 * @param hedged whether the figure is marked as unconfirmed, or {@code null} when not scored
 */
public record ExpectedCasualty(
    Outcome outcome,
    GoldCount count,
    @Nullable String victims,
    @Nullable String perpetrator,
    @Nullable String source,
    @Nullable Boolean hedged)
    implements Expectation {

  public ExpectedCasualty {
    checkNotNull(outcome, "outcome");
    checkNotNull(count, "count");
  }

  @Override
  public FactType type() {
    return FactType.CASUALTY;
  }

  @Override
  public String summary() {
    return new Summary()
        .add(outcome + " " + count.summary())
        .add("victims", victims)
        .add("perpetrator", perpetrator)
        .add("source", source)
        .add("hedged", hedged)
        .toString();
  }
}
