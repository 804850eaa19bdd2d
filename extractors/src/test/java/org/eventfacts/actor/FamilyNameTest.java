package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** How English writes the surnames of relatives: shared after two given names, or a maiden name. */
class FamilyNameTest {

  @Test
  void twoGivenNamesBeforeOneSurnameAreTwoPeopleOfThatSurname() {
    Actors actors = Actors.of("The painter was born in Dunmore to Ivo and Ana Brandl in 1961.");

    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Ivo Brandl", "Ana Brandl");
  }

  @Test
  void theFirstOfTwoGivenNamesIsNoPersonNamedByItAlone() {
    Actors actors = Actors.of("The painter was born in Dunmore to Ivo and Ana Brandl in 1961.");

    assertThat(actors.namesOf(ActorKind.PERSON)).doesNotContain("Ivo");
  }

  @Test
  void aMaidenNameAfterNeeIsNoOtherPerson() {
    Actors actors =
        Actors.of("She is the daughter of Katherine Voss (née Brandl), a dancer, and a baker.");

    assertThat(actors.namesOf(ActorKind.PERSON)).doesNotContain("Brandl");
  }
}
