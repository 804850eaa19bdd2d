package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;

/**
 * Arrests match when the arrestees share a content word (the predicted arrestee read through
 * its actor's canonical name) or the counts match as for casualties; arrestee, count, qualifier,
 * authority, charge, source and hedging are slots.
 */
final class ArrestCriteria implements MatchCriteria<ExpectedArrest, Arrest> {

  private final DocumentFacts facts;

  ArrestCriteria(DocumentFacts facts) {
    this.facts = facts;
  }

  @Override
  public FactType type() {
    return FactType.ARREST;
  }

  @Override
  public ImmutableList<ExpectedArrest> expectations(GoldDocument gold) {
    return gold.expectations(type()).stream()
        .map(ExpectedArrest.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Arrest> predictions() {
    return ImmutableList.copyOf(facts.arrests());
  }

  @Override
  public boolean matches(ExpectedArrest expected, Arrest predicted) {
    return ContentWords.shareAny(expected.arrestee(), facts.nameOf(predicted.arrestee()))
        || countsMatch(expected, predicted);
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedArrest expected, Arrest predicted) {
    SlotJudgements slots = new SlotJudgements();
    GoldCount count = expected.count();
    if (count != null) {
      Count predictedCount = predicted.count();
      slots.judge(Slot.COUNT, countsMatch(expected, predicted));
      slots.equal(
          Slot.QUALIFIER,
          count.qualifier(),
          predictedCount == null ? null : predictedCount.qualifier());
    }
    return slots
        .words(Slot.ARRESTEE, expected.arrestee(), facts.nameOf(predicted.arrestee()))
        .words(Slot.AUTHORITY, expected.authority(), facts.nameOf(predicted.authority()))
        .words(Slot.CHARGE, expected.charge(), facts.nameOf(predicted.charge()))
        .words(Slot.SOURCE, expected.source(), facts.nameOf(predicted.source()))
        .equal(Slot.HEDGED, expected.hedged(), predicted.hedged())
        .build();
  }

  private static boolean countsMatch(ExpectedArrest expected, Arrest predicted) {
    GoldCount count = expected.count();
    Count predictedCount = predicted.count();
    return count != null && predictedCount != null && count.admits(predictedCount);
  }

  @Override
  public FalsePositive describe(Arrest predicted) {
    Count count = predicted.count();
    String summary =
        new Summary()
            .add("arrestee", facts.nameOf(predicted.arrestee()))
            .add(count == null ? null : "count \"" + count.text() + "\" " + count.qualifier())
            .add("authority", facts.nameOf(predicted.authority()))
            .add("charge", facts.nameOf(predicted.charge()))
            .add("source", facts.nameOf(predicted.source()))
            .add(predicted.hedged() ? "hedged" : null)
            .toString();
    return FalsePositive.of(type(), summary, predicted.evidence(), facts.text());
  }
}
