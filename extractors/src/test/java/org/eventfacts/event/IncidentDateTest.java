package org.eventfacts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventfacts.Document;
import org.eventfacts.fact.EventDate;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class IncidentDateTest {

  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

  private static EventDate dateOf(String text) {
    return SharedExtractor.extractor()
        .extract(new Document("test", text, THURSDAY, null))
        .events()
        .get(0)
        .date();
  }

  @Test
  void datesTheIncidentRatherThanTheArrestOrTheReport() {
    EventDate date =
        dateOf(
            "A man was arrested Tuesday for killing his neighbour in Fresno Sunday night, police"
                + " said Wednesday.\n");

    assertThat(date.value()).isEqualTo("2024-03-10");
    assertThat(date.text()).isEqualTo("Sunday night");
  }

  @Test
  void datesTheShootingRatherThanTheDeathThatFollowedIt() {
    EventDate date =
        dateOf("A 16-year-old boy died Wednesday after being shot in the head Monday in Tulsa.\n");

    assertThat(date.value()).isEqualTo("2024-03-11");
  }

  @Test
  void findsTheIncidentDateInTheBodyWhenTheLeadStatesNone() {
    EventDate date =
        dateOf(
            "A woman was killed outside a bar in Boise, police said.\n\n"
                + "Officers are looking for two men who left in a grey car.\n\n"
                + "The bar's owner said he had called for more security.\n\n"
                + "Neighbours said the street had been quiet for years.\n\n"
                + "The shooting happened about 2 a.m. Tuesday, a police spokesman said.\n");

    assertThat(date.value()).isEqualTo("2024-03-12");
    assertThat(date.inferred()).isFalse();
  }

  @Test
  void prefersTheDateOfTheIncidentToTheDateOfTheSearchInOneSentence() {
    EventDate date =
        dateOf(
            "Police searched the river Wednesday for the men who shot and killed two people in"
                + " Omaha late Monday.\n");

    assertThat(date.value()).isEqualTo("2024-03-11");
  }
}
