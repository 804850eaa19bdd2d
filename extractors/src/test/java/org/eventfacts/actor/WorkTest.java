package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** Names of works, events, awards, documents, storms and fields are no actors. */
class WorkTest {

  @Test
  void anAwardIsNoOrganisation() {
    Actors actors = Actors.of("The Tern Prize went to a harbour pilot from Dunmore this year.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Tern Prize");
  }

  @Test
  void aFilmNamedAfterItsKindIsNoActor() {
    Actors actors = Actors.of("She starred in the film Cold Harbour alongside Ivo Lentz.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivo Lentz");
    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aStormIsNoActor() {
    Actors actors = Actors.of("Cyclone Mira made landfall near Dunmore on Tuesday.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Cyclone Mira");
  }

  @Test
  void aFieldOfStudyIsNoOrganisation() {
    Actors actors = Actors.of("She spent a year studying Cognitive Sciences at Dunmore.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).doesNotContain("Cognitive Sciences");
  }

  @Test
  void aBodyNamedAfterAnAwardIsAnOrganisation() {
    Actors actors = Actors.of("The Tern Prize Committee announced the winner on Monday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Tern Prize Committee");
  }

  @Test
  void aNameTheTextDefinesAsAMadeThingIsNoActor() {
    Actors actors =
        Actors.of(
            "Vesper is a space probe that left Earth in 2004. Vesper sent back its last images"
                + " in May.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Vesper");
  }

  @Test
  void aNameThatOnlySaysWhichMadeThingTheNounAfterItIsIsNoActor() {
    Actors actors =
        Actors.of("Critics panned the Grey Water sequel that Ivo Lentz directed in 2019.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Grey Water");
  }

  @Test
  void aNameAPersonsPossessiveOwnsIsThatPersonsWork() {
    Actors actors =
        Actors.of("She played the lead in Ivo Lentz's La Marée Haute at a small theatre.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("La Marée Haute");
  }

  @Test
  void aNameSetBesideTheNounForAMadeThingIsNoActor() {
    Actors actors =
        Actors.of("Grey Water, another horror film, opened in Dunmore on Friday to poor reviews.");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Grey Water");
  }

  @Test
  void aNameInAListOfWorksWithTheirYearsIsATitle() {
    Actors actors =
        Actors.of(
            "He went on to appear in The Long Reach (2009), Stoker (2013) and Grey Water (2014).");

    assertThat(actors.all()).extracting(Actor::name).doesNotContain("Stoker", "Grey Water");
  }

  @Test
  void aSubjectNamedByAdjectivesAndCommonNounsIsAField() {
    Actors actors =
        Actors.of("Ilse Marrow lectures on Intellectual Property at the University of Dunmore.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("University of Dunmore");
  }
}
