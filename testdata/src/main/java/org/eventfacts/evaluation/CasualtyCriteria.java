package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;

/**
 * Casualties match on the same outcome and a count the gold count {@linkplain GoldCount#admits
 * admits}; victims, perpetrator, source, qualifier and hedging are slots.
 */
final class CasualtyCriteria implements MatchCriteria<ExpectedCasualty, CasualtyCount> {

  private final DocumentFacts facts;

  CasualtyCriteria(DocumentFacts facts) {
    this.facts = facts;
  }

  @Override
  public FactType type() {
    return FactType.CASUALTY;
  }

  @Override
  public ImmutableList<ExpectedCasualty> expectations(GoldDocument gold) {
    return gold.expectations(type()).stream()
        .map(ExpectedCasualty.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<CasualtyCount> predictions() {
    return ImmutableList.copyOf(facts.casualties());
  }

  @Override
  public boolean matches(ExpectedCasualty expected, CasualtyCount predicted) {
    return expected.outcome() == predicted.outcome() && expected.count().admits(predicted.count());
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedCasualty expected, CasualtyCount predicted) {
    return new SlotJudgements()
        .equal(Slot.QUALIFIER, expected.count().qualifier(), predicted.count().qualifier())
        .words(Slot.VICTIMS, expected.victims(), facts.nameOf(predicted.victims()))
        .words(Slot.PERPETRATOR, expected.perpetrator(), facts.nameOf(predicted.perpetrator()))
        .words(Slot.SOURCE, expected.source(), facts.nameOf(predicted.source()))
        .equal(Slot.HEDGED, expected.hedged(), predicted.hedged())
        .build();
  }

  @Override
  public FalsePositive describe(CasualtyCount predicted) {
    String summary =
        new Summary()
            .add(predicted.outcome() + " \"" + predicted.count().text() + "\"")
            .add(predicted.count().qualifier().toString())
            .add("victims", facts.nameOf(predicted.victims()))
            .add("perpetrator", facts.nameOf(predicted.perpetrator()))
            .add("source", facts.nameOf(predicted.source()))
            .add(predicted.hedged() ? "hedged" : null)
            .toString();
    return FalsePositive.of(type(), summary, predicted.evidence(), facts.text());
  }
}
