package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.casualty;
import static org.eventfacts.evaluation.Predicted.facts;

import org.eventfacts.fact.Count;
import org.eventfacts.fact.Outcome;
import org.junit.jupiter.api.Test;

class CasualtyMatchingTest {

  private static final GoldDocument TWENTY_SIX_KILLED =
      Gold.recallOnly(
          "{'type': 'casualty', 'outcome': 'KILLED',"
              + " 'count': {'value': 26, 'qualifier': 'EXACT'}}");

  private static final GoldDocument DOZENS_KILLED =
      Gold.recallOnly(
          "{'type': 'casualty', 'outcome': 'KILLED',"
              + " 'count': {'min': 12, 'max': 99, 'qualifier': 'VAGUE'}}");

  @Test
  void sameOutcomeAndValueMatch() {
    DocumentScore score =
        Scorer.score(TWENTY_SIX_KILLED, facts(casualty(Outcome.KILLED, Count.exact("26", 26))));

    assertThat(score.type(FactType.CASUALTY).matched()).isEqualTo(1);
  }

  @Test
  void anotherOutcomeDoesNotMatch() {
    DocumentScore score =
        Scorer.score(TWENTY_SIX_KILLED, facts(casualty(Outcome.INJURED, Count.exact("26", 26))));

    assertThat(score.type(FactType.CASUALTY).matched()).isZero();
  }

  @Test
  void vaguePredictionWithinTheGoldRangeMatches() {
    DocumentScore score =
        Scorer.score(
            DOZENS_KILLED, facts(casualty(Outcome.KILLED, Count.vague("dozens", 24, 99L))));

    assertThat(score.type(FactType.CASUALTY).matched()).isEqualTo(1);
  }

  @Test
  void exactValueOutsideTheGoldRangeDoesNotMatch() {
    DocumentScore score =
        Scorer.score(DOZENS_KILLED, facts(casualty(Outcome.KILLED, Count.exact("100", 100))));

    assertThat(score.type(FactType.CASUALTY).matched()).isZero();
  }
}
