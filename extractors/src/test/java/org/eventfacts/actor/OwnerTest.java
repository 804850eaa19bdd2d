package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** Names used only to say whose something is. */
class OwnerTest {

  @Test
  void theAuthorOfAWorkNamedOnlyAsItsOwnerIsNoActor() {
    Actors actors =
        Actors.of("The company opened its season with a reading of Ivo Lentz's first novel.");

    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }

  @Test
  void anOwnerWhoseOfficeSpeaksTakesPart() {
    Actors actors = Actors.of("Ivo Lentz's office said the talks would resume on Monday.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivo Lentz");
  }

  @Test
  void anOwnerNamedElsewhereAsActingStaysAnActor() {
    Actors actors =
        Actors.of(
            "Ivo Lentz resigned on Monday. The board read Lentz's letter aloud the next day.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivo Lentz");
  }
}
