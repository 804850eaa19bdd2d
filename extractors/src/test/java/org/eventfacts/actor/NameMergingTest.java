package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class NameMergingTest {

  @Test
  void mergesASurnameIntoTheFullNameBeforeIt() {
    Actors actors =
        Actors.of("Teodora Vasquez visited the port on Monday. Vasquez said the strike was over.");

    Actor vasquez = actors.named("Teodora Vasquez");
    assertThat(actors.mentionsOf(vasquez)).containsExactly("Teodora Vasquez", "Vasquez");
    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Teodora Vasquez");
  }

  @Test
  void namesAPersonByTheFullestNameEvenWhenTheSurnameComesFirst() {
    Actors actors =
        Actors.of("Harlan refused to comment. Later on Monday, Ruth Harlan said she would resign.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ruth Harlan");
  }

  @Test
  void givesASharedSurnameToTheLatestFullNameBeforeIt() {
    Actors actors =
        Actors.of(
            "Devon Marsh was hurt in the crash. His sister, Carla Marsh, was driving. "
                + "Marsh said the brakes had failed.");

    assertThat(actors.mentionsOf(actors.named("Carla Marsh"))).contains("Marsh");
    assertThat(actors.mentionsOf(actors.named("Devon Marsh"))).doesNotContain("Marsh");
  }

  @Test
  void keepsASurnameWithACourtesyTitleOffAFullNameOfTheOtherSex() {
    Actors actors =
        Actors.of(
            "President Lentz spoke at the gala. Mr. Lentz said the vote mattered. He will campaign"
                + " with Maria Lentz in Ohio next week. The president said she was a great asset.");

    assertThat(actors.mentionsOf(actors.named("Maria Lentz"))).doesNotContain("Lentz");
    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Lentz", "Maria Lentz");
  }

  @Test
  void stillMergesASurnameTitledOnlyNowAndThen() {
    Actors actors =
        Actors.of(
            "Dana Pike runs a bakery in Ohio. Pike opened it in 2012. Pike named her cat Mr. Pike."
                + " Pike says the bread sells out by noon.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Dana Pike");
  }

  @Test
  void mergesAnOrganisationWithAndWithoutItsNationality() {
    Actors actors =
        Actors.of(
            "The Polish Interior Ministry denied the report. The Interior Ministry said it was"
                + " false.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Polish Interior Ministry");
  }

  @Test
  void mergesACompanyWithoutItsDesignator() {
    Actors actors =
        Actors.of("Norgas Holdings Ltd reported a loss on Tuesday. Norgas blamed the cold winter.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Norgas Holdings Ltd");
  }

  @Test
  void keepsTwoOrganisationsThatShareAWordApart() {
    Actors actors =
        Actors.of(
            "Kestrel Records sued Kestrel Computer over the logo. Kestrel Records said the case was"
                + " simple.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION))
        .containsExactlyInAnyOrder("Kestrel Records", "Kestrel Computer");
  }

  @Test
  void mergesAFullNameWithoutItsMiddleNameIntoTheFullerOne() {
    Actors actors =
        Actors.of(
            "Arkady Ilyich Voss was born in Dunmore in 1901. Arkady Voss later taught music there.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Arkady Ilyich Voss");
  }

  @Test
  void keepsTwoPeopleWhoseMiddleInitialsDiffer() {
    Actors actors =
        Actors.of(
            "Ana C. B. Vidal founded the firm. Her daughter Ana B. Vidal runs it today.");

    assertThat(actors.namesOf(ActorKind.PERSON)).contains("Ana C. B. Vidal", "Ana B. Vidal");
  }

  @Test
  void mergesGivenNamesIntoTheFullName() {
    Actors actors =
        Actors.of("Maria Elena Vidal left the village in 1950. Maria Elena became a teacher.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Maria Elena Vidal");
  }

  @Test
  void mergesAnOrganisationNounAloneIntoTheNameItHeads() {
    Actors actors =
        Actors.of(
            "The bill went to the Senate of Kestria on Monday. The Senate passed it on Friday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Senate of Kestria");
  }

  @Test
  void aSurnameTaggedAsAnOrganisationIsThePerson() {
    Actors actors =
        Actors.of(
            "Governor Ivo Lentz cut the budget. Critics of Lentz said the cuts went too far.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivo Lentz");
    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }
}
