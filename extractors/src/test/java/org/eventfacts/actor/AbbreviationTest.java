package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

/** Capitals that abbreviate a thing, or a letter alone, name no body. */
class AbbreviationTest {

  @Test
  void anAbbreviationUsedAsACommonNounIsNoOrganisation() {
    Actors actors =
        Actors.of("The plan sets the pace of progress in ICT for the next five years.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).doesNotContain("ICT");
  }

  @Test
  void anAcronymThatActsIsStillAnOrganisation() {
    Actors actors = Actors.of("NATO said on Monday that the exercise would go ahead.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).contains("NATO");
  }

  @Test
  void oneLetterNamesNobody() {
    Actors actors =
        Actors.of("Strict Parsing (S-P) and Loose Parsing (L-P) differ. S-P keeps every comma.");

    assertThat(actors.all())
        .filteredOn(a -> a.kind() == ActorKind.ORGANIZATION || a.kind() == ActorKind.PERSON)
        .extracting(a -> a.name())
        .allMatch(name -> name.chars().filter(Character::isLetter).count() > 1);
  }
}
