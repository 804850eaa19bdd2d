package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void aPlatformAStatementIsMadeOnIsNoActor() {
    Actors actors = Actors.of("Ana Voss said on Twitter that the talks had failed.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aPlatformThatActsIsAnActor() {
    Actors actors = Actors.of("On Monday, Twitter suspended the minister's account.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Twitter");
  }

  @Test
  void aNewsAgencyWhoseReporterReportsIsAnActor() {
    Actors actors =
        Actors.of(
            "As a reporter for the Reuters news agency reported, troops sealed off the square.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Reuters");
  }
}
