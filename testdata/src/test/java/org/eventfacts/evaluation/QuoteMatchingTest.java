package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.facts;
import static org.eventfacts.evaluation.Predicted.quote;

import org.eventfacts.fact.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteMatchingTest {

  /** A gold quote of 40 characters, [100, 140). */
  private static final GoldDocument QUOTE =
      Gold.recallOnly("{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'DIRECT'}");

  @Test
  void overlapOfExactlyHalfTheShorterSpanMatches() {
    // the prediction [120, 200) is 80 long; it shares 20 characters, half of the gold's 40
    DocumentScore score = Scorer.score(QUOTE, facts(quote(120, 200, QuoteKind.DIRECT)));

    assertThat(score.type(FactType.QUOTE).matched()).isEqualTo(1);
  }

  @Test
  void overlapJustUnderHalfTheShorterSpanDoesNotMatch() {
    DocumentScore score = Scorer.score(QUOTE, facts(quote(121, 200, QuoteKind.DIRECT)));

    assertThat(score.type(FactType.QUOTE).matched()).isZero();
  }

  @Test
  void shortPredictionInsideALongGoldQuoteMatches() {
    DocumentScore score = Scorer.score(QUOTE, facts(quote(110, 114, QuoteKind.PARTIAL)));

    assertThat(score.type(FactType.QUOTE).matched()).isEqualTo(1);
  }

  @Test
  void adjacentSpansDoNotMatch() {
    DocumentScore score = Scorer.score(QUOTE, facts(quote(140, 180, QuoteKind.DIRECT)));

    assertThat(score.type(FactType.QUOTE).matched()).isZero();
  }

  @Test
  void indirectPredictionIsScoredAsIndirectNotAsQuote() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'DIRECT'}",
            "{'type': 'quote', 'start': 200, 'end': 240, 'kind': 'INDIRECT'}");

    DocumentScore score =
        Scorer.score(
            gold, facts(quote(100, 140, QuoteKind.INDIRECT), quote(200, 240, QuoteKind.INDIRECT)));

    assertThat(score.type(FactType.QUOTE).matched()).isZero();
    assertThat(score.type(FactType.INDIRECT).matched()).isEqualTo(1);
  }
}
