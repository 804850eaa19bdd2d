package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.actor;
import static org.eventfacts.evaluation.Predicted.facts;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class ActorMatchingTest {

  private static final GoldDocument LENTZ =
      Gold.recallOnly("{'type': 'actor', 'name': 'Ivo Lentz', 'kind': 'PERSON'}");

  private static final GoldDocument INTERIOR_MINISTRY =
      Gold.recallOnly(
          "{'type': 'actor', 'name': 'Dastrian Interior Ministry', 'kind': 'ORGANIZATION'}");

  private static int matched(GoldDocument gold, ActorKind kind, String name) {
    return Scorer.score(gold, facts(actor(kind, name))).type(FactType.ACTOR).matched();
  }

  @Test
  void personMatchesWhenTheNameContainsTheGoldLastWord() {
    assertThat(matched(LENTZ, ActorKind.PERSON, "Lentz")).isEqualTo(1);
  }

  @Test
  void lastWordIsComparedIgnoringCase() {
    assertThat(matched(LENTZ, ActorKind.PERSON, "LENTZ")).isEqualTo(1);
  }

  @Test
  void lastWordMustBeAWholeWord() {
    assertThat(matched(LENTZ, ActorKind.PERSON, "Lentzism")).isZero();
  }

  @Test
  void sharingAnotherWordIsNotEnough() {
    assertThat(matched(LENTZ, ActorKind.PERSON, "Ivo Marsh")).isZero();
  }

  @Test
  void actorOfAnotherKindDoesNotMatch() {
    assertThat(matched(LENTZ, ActorKind.ORGANIZATION, "Ivo Lentz")).isZero();
  }

  @Test
  void organisationSharingHalfTheGoldContentWordsMatches() {
    assertThat(matched(INTERIOR_MINISTRY, ActorKind.ORGANIZATION, "Interior Ministry"))
        .isEqualTo(1);
  }

  @Test
  void organisationSharingLessThanHalfTheGoldContentWordsDoesNotMatch() {
    assertThat(matched(INTERIOR_MINISTRY, ActorKind.ORGANIZATION, "Ministry of Defence")).isZero();
  }

  @Test
  void personNeedsNoShareOfContentWordsBeyondTheLastWord() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'actor', 'name': 'Ana Marta Voss', 'kind': 'PERSON'}");

    assertThat(matched(gold, ActorKind.PERSON, "Voss")).isEqualTo(1);
  }
}
