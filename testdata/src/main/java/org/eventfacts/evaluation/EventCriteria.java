package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Span;

/**
 * A gold event stands for the incident a document reports; the document's main predicted event
 * stands for it in the prediction. The fact model has no events yet, so a document predicts none
 * and every gold event counts as missed: recall is the share of documents with an event.
 */
final class EventCriteria implements MatchCriteria<ExpectedEvent, Object> {

  private final DocumentFacts facts;

  EventCriteria(DocumentFacts facts) {
    this.facts = facts;
  }

  @Override
  public FactType type() {
    return FactType.EVENT;
  }

  @Override
  public ImmutableList<ExpectedEvent> expectations(GoldDocument gold) {
    return gold.expectations(type()).stream()
        .map(ExpectedEvent.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Object> predictions() {
    return ImmutableList.of();
  }

  @Override
  public boolean matches(ExpectedEvent expected, Object predicted) {
    return true;
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedEvent expected, Object predicted) {
    return ImmutableMap.of();
  }

  @Override
  public FalsePositive describe(Object predicted) {
    return FalsePositive.of(type(), "event", new Span(0, 0), facts.text());
  }
}
