package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** Buildings, rooms, streets and the parts of buildings are places, not organisations. */
class FacilityTest {

  @Test
  void aBuildingIsNoOrganisation() {
    Actors actors =
        Actors.of("The trade talks resumed on Tuesday in the Old Mint Building in Dunmore.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).doesNotContain("Old Mint Building");
  }

  @Test
  void aPartOfABuildingNamedByWhereItFacesIsNoOrganisation() {
    Actors actors =
        Actors.of("Thousands gathered on the North Front of the assembly house for the oath.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aHospitalWhereSomeoneIsTreatedIsAPlace() {
    Actors actors =
        Actors.of("Both climbers were in a stable condition at Tarnwick Hospital on Sunday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).doesNotContain("Tarnwick Hospital");
  }

  @Test
  void aHospitalThatSpeaksIsAnOrganisation() {
    Actors actors =
        Actors.of("Tarnwick Hospital said on Sunday that both climbers were stable.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).contains("Tarnwick Hospital");
  }
}
