package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTest {

  @Test
  void readsTheTitleBeforeAName() {
    Actors actors = Actors.of("Interior Minister Ana Voss said the curfew would end on Friday.");

    assertThat(actors.named("Ana Voss").titles()).containsExactly("Interior Minister");
  }

  @Test
  void keepsFormerWithTheTitle() {
    Actors actors =
        Actors.of("On Monday, former President Ivo Lentz urged his supporters to stay home.");

    assertThat(actors.named("Ivo Lentz").titles()).containsExactly("former President");
  }

  @Test
  void keepsTheOfPhraseOfATitle() {
    Actors actors =
        Actors.of("The authoritarian head of state Ivo Lentz ordered the army to fire.");

    assertThat(actors.named("Ivo Lentz").titles()).containsExactly("head of state");
  }

  @Test
  void readsATitleSetBesideTheName() {
    Actors actors = Actors.of("\"Nobody warned us,\" said Petar Novak, 34, a crane operator.");

    assertThat(actors.named("Petar Novak").titles()).containsExactly("crane operator");
  }

  @Test
  void readsATitleSetBeforeTheNameWithCommas() {
    Actors actors = Actors.of("His spokeswoman, Dana Kerr, wrote that the talks had ended.");

    assertThat(actors.named("Dana Kerr").titles()).containsExactly("spokeswoman");
  }

  @Test
  void readsOneOfSeveralAsASingleRole() {
    Actors actors = Actors.of("One of his deputies, Stefan Rusu, was arrested on Monday evening.");

    assertThat(actors.named("Stefan Rusu").titles()).containsExactly("deputy");
  }

  @Test
  void takesKinshipForNoTitle() {
    Actors actors = Actors.of("His mother, Carla Marsh, said he had been saving for a car.");

    assertThat(actors.named("Carla Marsh").titles()).isEmpty();
  }

  @Test
  void listsEveryTitleInOrderOfMention() {
    Actors actors =
        Actors.of(
            "The head of state Ivo Lentz spoke on television. "
                + "\"We will not negotiate,\" said President Lentz.");

    assertThat(actors.named("Ivo Lentz").titles()).containsExactly("head of state", "President");
  }
}
