package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.eventfacts.evaluation.Predicted.actor;
import static org.eventfacts.evaluation.Predicted.casualty;
import static org.eventfacts.evaluation.Predicted.facts;

import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Outcome;
import org.junit.jupiter.api.Test;

class PrecisionAndRecallTest {

  private static final String TWENTY_SIX_KILLED =
      "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': 26, 'qualifier': 'EXACT'},"
          + " 'victims': 'armed men'}";

  private static final String DOZENS_KILLED =
      "{'type': 'casualty', 'outcome': 'KILLED',"
          + " 'count': {'min': 12, 'max': 99, 'qualifier': 'VAGUE'}}";

  @Test
  void secondPredictionOfAMatchedExpectationIsCorrectButMatchesOnlyOnce() {
    GoldDocument gold = Gold.document(List.of("casualty"), TWENTY_SIX_KILLED);

    TypeScore score =
        Scorer.score(
                gold,
                facts(
                    casualty(Outcome.KILLED, Count.exact("26", 26)),
                    casualty(Outcome.KILLED, Count.exact("twenty-six", 26))))
            .type(FactType.CASUALTY);

    assertThat(score.expected()).isEqualTo(1);
    assertThat(score.matched()).isEqualTo(1);
    assertThat(score.predicted()).isEqualTo(2);
    assertThat(score.correct()).isEqualTo(2);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).hasValue(1.0);
  }

  @Test
  void maximumMatchingBeatsGreedy() {
    // "26" fits both the exact 26 and the dozens; taken greedily by the dozens, it would leave
    // the 26 unmatched though the vague "dozens" prediction can take the dozens
    GoldDocument gold = Gold.document(List.of("casualty"), DOZENS_KILLED, TWENTY_SIX_KILLED);

    TypeScore score =
        Scorer.score(
                gold,
                facts(
                    casualty(Outcome.KILLED, Count.exact("26", 26)),
                    casualty(Outcome.KILLED, Count.vague("dozens", 24, 99L))))
            .type(FactType.CASUALTY);

    assertThat(score.matched()).isEqualTo(2);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void unmatchedPredictionLowersPrecisionOfAnExhaustiveType() {
    GoldDocument gold = Gold.document(List.of("casualty"), TWENTY_SIX_KILLED);

    TypeScore score =
        Scorer.score(
                gold,
                facts(
                    casualty(Outcome.KILLED, Count.exact("26", 26)),
                    casualty(Outcome.INJURED, Count.exact("40", 40))))
            .type(FactType.CASUALTY);

    assertThat(score.precision()).hasValue(0.5);
    assertThat(score.f1()).hasValueCloseTo(2 * 0.5 / 1.5, offset(1e-9));
  }

  @Test
  void precisionIsNotCountedForNonExhaustiveTypes() {
    GoldDocument gold = Gold.recallOnly(TWENTY_SIX_KILLED);

    DocumentScore score =
        Scorer.score(gold, facts(casualty(Outcome.INJURED, Count.exact("40", 40))));

    assertThat(score.type(FactType.CASUALTY).predicted()).isZero();
    assertThat(score.type(FactType.CASUALTY).precision()).isEmpty();
    assertThat(score.falsePositives()).isEmpty();
  }

  @Test
  void actorPrecisionIgnoresGroupsCountriesAndPlaces() {
    GoldDocument gold =
        Gold.document(
            List.of("actor"), "{'type': 'actor', 'name': 'Ivo Lentz', 'kind': 'PERSON'}");

    TypeScore score =
        Scorer.score(
                gold,
                facts(
                    actor(ActorKind.PERSON, "Lentz"),
                    actor(ActorKind.GROUP, "demonstrators"),
                    actor(ActorKind.COUNTRY, "Russia"),
                    actor(ActorKind.LOCATION, "Sarovel")))
            .type(FactType.ACTOR);

    assertThat(score.predicted()).isEqualTo(1);
    assertThat(score.precision()).hasValue(1.0);
  }

  @Test
  void falsePositiveShowsThePredictedFactItsRuleAndItsEvidence() {
    GoldDocument gold = Gold.document(List.of("casualty"), TWENTY_SIX_KILLED);

    DocumentScore score =
        Scorer.score(gold, facts(casualty(Outcome.KILLED, Count.exact("twelve", 12), "people")));

    assertThat(score.falsePositives())
        .singleElement()
        .satisfies(
            wrong -> {
              assertThat(wrong.type()).isEqualTo(FactType.CASUALTY);
              assertThat(wrong.summary()).isEqualTo("KILLED \"twelve\" EXACT victims=\"people\"");
              assertThat(wrong.evidence()).isEqualTo("twelve people were killed");
              assertThat(wrong.rule()).isEqualTo("test.rule");
            });
  }

  @Test
  void missedExpectationIsListed() {
    GoldDocument gold = Gold.recallOnly(TWENTY_SIX_KILLED);

    DocumentScore score = Scorer.score(gold, facts());

    assertThat(score.misses())
        .extracting(miss -> miss.expectation().summary())
        .containsExactly("KILLED 26 EXACT victims=\"armed men\"");
  }

  @Test
  void nothingPredictedWhereNothingIsExpectedIsPerfect() {
    GoldDocument gold = Gold.document(List.of("arrest"));

    TypeScore score = Scorer.score(gold, facts()).type(FactType.ARREST);

    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).hasValue(1.0);
  }
}
