package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;

/**
 * Quotes match when their spans overlap by at least half of the shorter of the two (and by one
 * character at least). The same criteria score {@link FactType#QUOTE} (predicted kinds {@code
 * DIRECT} and {@code PARTIAL}) and {@link FactType#INDIRECT} (kind {@code INDIRECT}). The speaker
 * is a slot, read through the predicted speaker's canonical name and skipped when the gold names
 * none; the kind is a slot for {@code QUOTE} only, since every indirect pair agrees on it.
 */
final class QuoteCriteria implements MatchCriteria<ExpectedQuote, Quote> {

  private final DocumentFacts facts;
  private final FactType type;

  QuoteCriteria(DocumentFacts facts, FactType type) {
    checkArgument(
        type == FactType.QUOTE || type == FactType.INDIRECT, "quotes are not scored as %s", type);
    this.facts = facts;
    this.type = type;
  }

  @Override
  public FactType type() {
    return type;
  }

  @Override
  public ImmutableList<ExpectedQuote> expectations(GoldDocument gold) {
    return gold.expectations(type).stream()
        .map(ExpectedQuote.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public ImmutableList<Quote> predictions() {
    return facts.quotes().stream()
        .filter(quote -> (quote.kind() == QuoteKind.INDIRECT) == (type == FactType.INDIRECT))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean matches(ExpectedQuote expected, Quote predicted) {
    return overlapEnough(expected.span(), predicted.span());
  }

  /** Whether the spans share at least half of the shorter one, and at least one character. */
  static boolean overlapEnough(Span gold, Span predicted) {
    int overlap = gold.overlap(predicted);
    return overlap > 0 && 2 * overlap >= Math.min(gold.length(), predicted.length());
  }

  @Override
  public ImmutableMap<Slot, Boolean> slots(ExpectedQuote expected, Quote predicted) {
    SlotJudgements slots = new SlotJudgements();
    if (type == FactType.QUOTE) {
      slots.equal(Slot.KIND, expected.kind(), predicted.kind());
    }
    return slots.words(Slot.SPEAKER, expected.speaker(), facts.nameOf(predicted.speaker())).build();
  }

  @Override
  public FalsePositive describe(Quote predicted) {
    String summary =
        new Summary()
            .add(predicted.kind().toString())
            .add("speaker", facts.nameOf(predicted.speaker()))
            .toString();
    return FalsePositive.of(type, summary, predicted.evidence(), facts.text());
  }
}
