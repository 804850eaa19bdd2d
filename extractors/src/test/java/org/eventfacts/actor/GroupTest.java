package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class GroupTest {

  @Test
  void readsPluralRoleNounsThatActAsGroups() {
    Actors actors = Actors.of("Security forces fired on demonstrators near the palace.");

    assertThat(actors.namesOf(ActorKind.GROUP)).containsExactly("security forces", "demonstrators");
  }

  @Test
  void mergesAGroupWithItsNationalityAndMakesTheNationalityItsAffiliation() {
    Actors actors =
        Actors.of("Polish security forces sealed the border. The security forces later withdrew.");

    assertThat(actors.named("security forces").affiliation()).isEqualTo("Poland");
    assertThat(actors.mentionsOf(actors.named("security forces"))).hasSize(2);
  }

  @Test
  void aNounThatModifiesAnotherIsNoGroup() {
    Actors actors = Actors.of("A police car was set on fire.");

    assertThat(actors.namesOf(ActorKind.GROUP)).isEmpty();
  }
}
