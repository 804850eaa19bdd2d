package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.actor;
import static org.eventfacts.evaluation.Predicted.arrestOf;
import static org.eventfacts.evaluation.Predicted.evidence;
import static org.eventfacts.evaluation.Predicted.facts;
import static org.eventfacts.evaluation.Predicted.phrase;

import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class ArrestMatchingTest {

  private static final GoldDocument MASSIMOV_ARRESTED =
      Gold.recallOnly("{'type': 'arrest', 'arrestee': 'Karim Massimov'}");

  private static final GoldDocument DEMONSTRATORS_ARRESTED =
      Gold.recallOnly(
          "{'type': 'arrest', 'arrestee': 'demonstrators',"
              + " 'count': {'value': 2400, 'qualifier': 'MORE_THAN'}}");

  @Test
  void arresteeSharingAContentWordMatches() {
    DocumentScore score = Scorer.score(MASSIMOV_ARRESTED, facts(arrestOf("Massimov")));

    assertThat(score.type(FactType.ARREST).matched()).isEqualTo(1);
  }

  @Test
  void arresteeIsReadThroughItsActorsCanonicalName() {
    Arrest arrest =
        new Arrest(
            phrase("the former premier").withActor("Karim Massimov"),
            null, null, null, null, false, evidence(0, 20));

    DocumentScore score =
        Scorer.score(
            MASSIMOV_ARRESTED, facts(arrest, actor(ActorKind.PERSON, "Karim Massimov")));

    assertThat(score.type(FactType.ARREST).matched()).isEqualTo(1);
  }

  @Test
  void arresteeSharingOnlyStopWordsDoesNotMatch() {
    GoldDocument others = Gold.recallOnly("{'type': 'arrest', 'arrestee': 'the others'}");

    DocumentScore score = Scorer.score(others, facts(arrestOf("the other men")));

    assertThat(score.type(FactType.ARREST).matched()).isZero();
  }

  @Test
  void matchingCountsMatchWhenTheArresteesDiffer() {
    Arrest arrest =
        arrestOf("people", Count.qualified("more than 2,400", 2400, Qualifier.MORE_THAN));

    DocumentScore score = Scorer.score(DEMONSTRATORS_ARRESTED, facts(arrest));

    assertThat(score.type(FactType.ARREST).matched()).isEqualTo(1);
  }

  @Test
  void anotherCountAndAnotherArresteeDoNotMatch() {
    Arrest arrest = arrestOf("people", Count.exact("38", 38));

    DocumentScore score = Scorer.score(DEMONSTRATORS_ARRESTED, facts(arrest));

    assertThat(score.type(FactType.ARREST).matched()).isZero();
  }
}
