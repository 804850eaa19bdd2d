package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class AcronymTest {

  @Test
  void mergesAParenthesisedShortFormWithTheLongName() {
    Actors actors =
        Actors.of(
            "The Northern Grain Council (NGC) met in Riga on Monday. The NGC said prices would"
                + " rise.");

    Actor council = actors.named("Northern Grain Council");
    assertThat(actors.mentionsOf(council)).containsExactly("Northern Grain Council", "NGC", "NGC");
  }

  @Test
  void mergesInitialsWithTheLongNameWithoutAParenthesis() {
    Actors actors =
        Actors.of(
            "The United Dockworkers Federation called a strike on Monday. "
                + "The UDF said talks with the port had failed.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION))
        .containsExactly("United Dockworkers Federation");
  }

  @Test
  void namesTheOrganisationByItsLongForm() {
    Actors actors =
        Actors.of(
            "The NGC raised its forecast. The Northern Grain Council (NGC) meets again in May.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Northern Grain Council");
  }
}
