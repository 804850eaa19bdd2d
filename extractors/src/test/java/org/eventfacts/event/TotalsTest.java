package org.eventfacts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventfacts.Document;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class TotalsTest {

  private static DocumentFacts read(String text) {
    return SharedExtractor.extractor()
        .extract(new Document("test", text, LocalDate.of(2024, 3, 10), null));
  }

  @Test
  void countsThoseShotLessTheDeadAsInjured() {
    DocumentFacts facts =
        read("Gunmen shot six people, one fatally, at a party in Omaha early Saturday, police said.\n");

    Event main = facts.events().get(0);
    assertThat(main.killed().count().value()).isEqualTo(1L);
    assertThat(main.injured().count().value()).isEqualTo(5L);
    assertThat(main.injured().rule()).isEqualTo(TotalRule.SHOT_LESS_KILLED);
    assertThat(main.injured().facts()).containsAll(main.killed().facts());
  }

  @Test
  void countsPeopleShotInASentenceOfTheirOwnAsIncludingTheDead() {
    Event main =
        read("Four people were shot outside a club in Tulsa on Friday night. One man died.\n")
            .events()
            .get(0);

    assertThat(main.injured().count().value()).isEqualTo(3L);
  }

  @Test
  void keepsOthersShotApartFromTheDead() {
    Event main =
        read("One man was killed and three others were shot in Tulsa on Friday, police said.\n")
            .events()
            .get(0);

    assertThat(main.killed().count().value()).isEqualTo(1L);
    assertThat(main.injured().count().value()).isEqualTo(3L);
  }

  @Test
  void addsAnAttackerKilledByPoliceToHisVictims() {
    Event main =
        read(
                "Mark Tolliver, 41, fatally shot two guards at a bank in Reno on Monday, police"
                    + " said. Tolliver was shot and killed by officers minutes later.\n")
            .events()
            .get(0);

    assertThat(main.killed().count().value()).isEqualTo(3L);
    assertThat(main.killed().rule()).isEqualTo(TotalRule.SUM);
  }

  @Test
  void leavesAStatisticOfThePeriodOutOfTheIncident() {
    DocumentFacts facts =
        read(
            "Two men were killed in a shooting in Macon on Friday, police said.\n\n"
                + "Since January, 14 people have been killed in the city.\n");

    assertThat(facts.events().get(0).killed().count().value()).isEqualTo(2L);
    assertThat(facts.casualties())
        .filteredOn(c -> c.count().value() != null && c.count().value() == 14L)
        .allSatisfy(c -> assertThat(c.eventId()).isNull());
  }

  @Test
  void givesWayToAFigureTheStoryMarksAsSuperseded() {
    Event main =
        read(
                "Two people died in a crash in Boise on Friday, the coroner said.\n\n"
                    + "Police had initially said that three people were killed.\n")
            .events()
            .get(0);

    assertThat(main.killed().count().value()).isEqualTo(2L);
    assertThat(main.killed().rule()).isEqualTo(TotalRule.UPDATED);
  }

  @Test
  void keepsTheStatementsOfOneSentenceInOneIncident() {
    DocumentFacts facts =
        read(
            "Ana Ruiz was killed and four other people were wounded in a shooting in Tulsa on"
                + " Friday, on a block that saw a similar shooting last spring.\n");

    assertThat(facts.events()).hasSize(1);
    assertThat(facts.events().get(0).injured().count().value()).isEqualTo(4L);
  }

  @Test
  void setsARoundUpOfSeparateShootingsApartFromTheMainIncident() {
    DocumentFacts facts =
        read(
            "A man was killed and two women were wounded in a shooting in Chicago on Saturday,"
                + " police said.\n\n"
                + "Nine more people were wounded in six separate shootings over the weekend.\n");

    assertThat(facts.events()).hasSizeGreaterThan(1);
    assertThat(facts.events().get(0).injured().count().value()).isEqualTo(2L);
  }
}
