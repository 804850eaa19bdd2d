package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.actor;
import static org.eventfacts.evaluation.Predicted.facts;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class ActorMatchingTest {

  private static final GoldDocument PUTIN =
      Gold.recallOnly("{'type': 'actor', 'name': 'Vladimir Putin', 'kind': 'PERSON'}");

  private static final GoldDocument INTERIOR_MINISTRY =
      Gold.recallOnly(
          "{'type': 'actor', 'name': 'Kazakh Interior Ministry', 'kind': 'ORGANIZATION'}");

  private static int matched(GoldDocument gold, ActorKind kind, String name) {
    return Scorer.score(gold, facts(actor(kind, name))).type(FactType.ACTOR).matched();
  }

  @Test
  void personMatchesWhenTheNameContainsTheGoldLastWord() {
    assertThat(matched(PUTIN, ActorKind.PERSON, "Putin")).isEqualTo(1);
  }

  @Test
  void lastWordIsComparedIgnoringCase() {
    assertThat(matched(PUTIN, ActorKind.PERSON, "PUTIN")).isEqualTo(1);
  }

  @Test
  void lastWordMustBeAWholeWord() {
    assertThat(matched(PUTIN, ActorKind.PERSON, "Putinism")).isZero();
  }

  @Test
  void sharingAnotherWordIsNotEnough() {
    assertThat(matched(PUTIN, ActorKind.PERSON, "Vladimir Zelensky")).isZero();
  }

  @Test
  void actorOfAnotherKindDoesNotMatch() {
    assertThat(matched(PUTIN, ActorKind.ORGANIZATION, "Vladimir Putin")).isZero();
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
            "{'type': 'actor', 'name': 'Kassym-Shomart Kemelevich Tokayev', 'kind': 'PERSON'}");

    assertThat(matched(gold, ActorKind.PERSON, "Tokayev")).isEqualTo(1);
  }
}
