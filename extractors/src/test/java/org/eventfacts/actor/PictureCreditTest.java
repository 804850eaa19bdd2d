package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class PictureCreditTest {

  @Test
  void aPhotographerCreditedUnderAPictureIsAPerson() {
    Actors actors =
        Actors.of(
            "Wild bees nest in the old quarry walls. Image: Oskar Brandlmeier.\n\n"
                + "The survey counted more nests than last year.");

    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Oskar Brandlmeier");
  }

  @Test
  void aUserNameTheTaggerDoesNotKnowIsStillTheCreditedPerson() {
    Actors actors =
        Actors.of(
            "The ferry leaves the harbour at dawn. Image: Kestrelwing.\n\n"
                + "Crossings resume in spring.");

    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Kestrelwing");
  }

  @Test
  void aBylineStillNamesNoActor() {
    Actors actors =
        Actors.of("The bridge reopened on Monday.\n\nReporting by Ana Voss; Editing by Ivo Lentz");

    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }
}
