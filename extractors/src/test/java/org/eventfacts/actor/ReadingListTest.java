package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class ReadingListTest {

  private static final String LIST =
      "She recommended three books to the class:\n\n"
          + "Brandl, Oskar. The Salt Roads of Kestria\n\n"
          + "Ostrova, Lena and Marsh, Ivo. Harbour Lights\n";

  @Test
  void anAuthorWrittenSurnameFirstIsOnePersonNamedInTheUsualOrder() {
    Actors actors = Actors.of(LIST);

    assertThat(actors.namesOf(ActorKind.PERSON))
        .contains("Oskar Brandl", "Lena Ostrova", "Ivo Marsh");
  }

  @Test
  void theGivenNameOfAnAuthorIsNoPersonOfItsOwn() {
    Actors actors = Actors.of(LIST);

    assertThat(actors.namesOf(ActorKind.PERSON)).doesNotContain("Oskar", "Lena", "Ivo");
  }

  @Test
  void theTitleAfterTheAuthorsNamesNobody() {
    Actors actors = Actors.of(LIST);

    assertThat(actors.all())
        .filteredOn(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.ORGANIZATION)
        .extracting(a -> a.name())
        .containsExactlyInAnyOrder("Oskar Brandl", "Lena Ostrova", "Ivo Marsh");
  }

  @Test
  void aSentenceOfProseWithACommaAfterASurnameIsLeftAlone() {
    Actors actors = Actors.of("Brandl, Oskar said, would not run again.\n");

    assertThat(actors.namesOf(ActorKind.PERSON)).doesNotContain("Oskar Brandl");
  }
}
