package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionTest {

  @Test
  void resolvesTheTitleToTheLatestPersonHoldingIt() {
    Actors actors =
        Actors.of(
            "President Ivo Lentz addressed parliament on Monday. "
                + "The president said the army would stay in its barracks.");

    assertThat(actors.mentionsOf(actors.named("Ivo Lentz"))).contains("The president");
  }

  @Test
  void resolvesAnAgeToThePersonOfThatAge() {
    Actors actors =
        Actors.of(
            "Tomas Brenner, 68, was taken to hospital. The 68-year-old had been ill for weeks.");

    assertThat(actors.mentionsOf(actors.named("Tomas Brenner"))).contains("The 68-year-old");
  }

  @Test
  void resolvesAnOrganisationNounToTheOrganisationNamedWithIt() {
    Actors actors =
        Actors.of(
            "The Harbour Workers' Union called a strike. The union said pay talks had failed.");

    assertThat(actors.mentionsOf(actors.named("Harbour Workers' Union"))).contains("The union");
  }

  @Test
  void resolvesANounTheTextSetBesideAnOrganisation() {
    Actors actors =
        Actors.of(
            "Lentz's party, the Civic Dawn Movement, called a rally. "
                + "The party said thousands would march.");

    assertThat(actors.mentionsOf(actors.named("Civic Dawn Movement"))).contains("The party");
  }

  @Test
  void resolvesAPossessedRoleToThePersonTiedToTheOwner() {
    Actors actors =
        Actors.of(
            "Ivo Lentz's former chief of staff Marta Kovac was arrested on Monday. "
                + "Lentz's former aide had been questioned twice.");

    assertThat(actors.mentionsOf(actors.named("Marta Kovac"))).contains("former aide");
  }
}
