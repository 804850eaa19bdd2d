package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** Names of streets, towns in addresses, animals, lectures and speeches are no actors. */
class NotAnActorTest {

  private static List<String> peopleAndBodies(Actors actors) {
    return actors.all().stream()
        .filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANIZATION)
        .map(a -> a.name())
        .toList();
  }

  @Test
  void namesBeforeTheNounForStreetsAreStreets() {
    Actors actors =
        Actors.of("In 1880 the old sailor collapsed at the corner of Harlow and Brisket streets.");

    assertThat(peopleAndBodies(actors)).doesNotContain("Harlow", "Brisket");
  }

  @Test
  void aTownBeforeItsRegionAndCountryIsAPlace() {
    Actors actors =
        Actors.of(
            "Friday, March 3, 2023\n\nMoree, New South Wales, Australia\n\n"
                + "The council voted to close the pool on Friday.");

    assertThat(peopleAndBodies(actors)).doesNotContain("Moree");
  }

  @Test
  void petsListedAfterTheirNounAreNoPeople() {
    Actors actors =
        Actors.of("The couple live in Dunmore with their three dogs, Biscuit, Pepper and Bramble.");

    assertThat(peopleAndBodies(actors)).doesNotContain("Biscuit", "Pepper", "Bramble");
  }

  @Test
  void lecturesOnASubjectAreAWork() {
    Actors actors =
        Actors.of(
            "Around the same time, Ivo Lentz's Harbour Lectures on Tidal Law, delivered in 1981,"
                + " found many readers.");

    assertThat(peopleAndBodies(actors)).noneMatch(name -> name.contains("Lectures"));
  }

  @Test
  void aSaintsWordStartsAPlaceNotAGivenName() {
    Actors actors = Actors.of("In 2001 she gave the Santa Rosa Lectures at the old college.");

    assertThat(actors.namesOf(ActorKind.PERSON)).doesNotContain("Santa Rosa");
  }
}
