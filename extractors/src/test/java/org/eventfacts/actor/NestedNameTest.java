package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** The people and bodies named inside the names of prizes, institutes and events. */
class NestedNameTest {

  @Test
  void aPersonAPrizeIsNamedAfterIsAPerson() {
    Actors actors = Actors.of("In 2004 the architect won the Anna Kessler Prize for her harbour.");

    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Anna Kessler");
  }

  @Test
  void aBodyThatRunsAnEventIsAnOrganisation() {
    Actors actors = Actors.of("Her club reached the final of the NWFA Cup for the first time.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).contains("NWFA");
  }

  @Test
  void aSurnameBeforeAHallNamesAPlaceNotAPerson() {
    Actors actors = Actors.of("Shots were fired near the entrance of Whitcomb Hall on Friday.");

    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }

  @Test
  void aWordForAKindOfPeopleBeforeAnAwardIsNoPerson() {
    Actors actors = Actors.of("The singer was nominated at the Teen Choice Awards last summer.");

    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }
}
