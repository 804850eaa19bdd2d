package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounTest {

  @Test
  void resolvesHeToThePersonLastMentionedAsSubject() {
    Actors actors =
        Actors.of("Mayor Tomas Brenner opened the bridge on Monday. He said it had cost too much.");

    assertThat(actors.mentionsOf(actors.named("Tomas Brenner"))).contains("He");
  }

  @Test
  void resolvesSheToAWomanByHerGivenName() {
    Actors actors =
        Actors.of("Tomas Brenner met Carla Ostrova on Monday. She said the talks had failed.");

    assertThat(actors.mentionsOf(actors.named("Carla Ostrova"))).contains("She");
    assertThat(actors.mentionsOf(actors.named("Tomas Brenner"))).doesNotContain("She");
  }

  @Test
  void leavesPronounsInsideQuotationMarksAlone() {
    Actors actors = Actors.of("Carla Ostrova spoke on Monday. \"He lied to us,\" Ostrova said.");

    assertThat(actors.isMentioned("He", 0)).isFalse();
  }

  @Test
  void aPossessiveBesideANameIsNotThatName() {
    Actors actors =
        Actors.of(
            "Ivo Lentz spoke on Monday. Marek Tal, his spokesman, said the talks would resume.");

    assertThat(actors.mentionsOf(actors.named("Ivo Lentz"))).contains("his");
    assertThat(actors.named("Marek Tal").affiliation()).isEqualTo("Ivo Lentz");
  }

  @Test
  void resolvesItToTheOrganisationThatActsBeforeIt() {
    Actors actors = Actors.of("Norgas said it had found no fault on its network.");

    assertThat(actors.mentionsOf(actors.named("Norgas"))).containsExactly("Norgas", "it", "its");
  }
}
