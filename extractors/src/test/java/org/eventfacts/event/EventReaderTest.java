package org.eventfacts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventfacts.Document;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class EventReaderTest {

  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

  private static DocumentFacts read(String text) {
    return SharedExtractor.extractor().extract(new Document("test", text, SUNDAY, null));
  }

  @Test
  void placesTheMainEventAtTheDatelineAndDatesItAgainstPublication() {
    DocumentFacts facts =
        read(
            "AURORA, Ill. (AP) — Two men were killed and three people were wounded in a shooting"
                + " outside a bowling alley on Friday night, police said.\n\n"
                + "The shooting happened shortly before midnight, a police spokeswoman said.\n");

    Event main = facts.events().get(0);
    assertThat(main.place().name()).isEqualTo("Aurora");
    assertThat(main.place().region()).isEqualTo("Illinois");
    assertThat(main.place().countryCode()).isEqualTo("US");
    assertThat(main.date().value()).isEqualTo("2024-03-08");
    assertThat(main.killed().count().value()).isEqualTo(2L);
    assertThat(main.injured().count().value()).isEqualTo(3L);
  }

  @Test
  void countsARestatedTollOnceAndTracesIt() {
    DocumentFacts facts =
        read(
            "Four people were killed when a tanker exploded in Lyon on Saturday, officials said.\n\n"
                + "The four people killed were all drivers waiting at the depot, the mayor said.\n");

    Event main = facts.events().get(0);
    assertThat(main.killed().count().value()).isEqualTo(4L);
    assertThat(main.killed().rule()).isEqualTo(TotalRule.RESTATED);
    assertThat(main.killed().facts()).hasSize(2);
  }

  @Test
  void opensAnIncidentWhereAParagraphSetsItsSceneInAnotherTown() {
    DocumentFacts facts =
        read(
            "DENVER — Two people were killed in a shooting at a bar on Saturday night, police"
                + " said.\n\n"
                + "In Boulder, a rowing boat capsized on a reservoir on Friday afternoon. Three"
                + " people were still missing, officials said. Police arrested the boat's owner on"
                + " suspicion of negligence.\n");

    assertThat(facts.events()).hasSize(2);
    Event boat = facts.events().get(1);
    assertThat(boat.place().name()).isEqualTo("Boulder");
    assertThat(boat.date().value()).isEqualTo("2024-03-08");
    assertThat(boat.missing().count().value()).isEqualTo(3L);
    assertThat(boat.arrested().count().value()).isEqualTo(1L);
  }

  @Test
  void keepsASeparateIncidentApart() {
    DocumentFacts facts =
        read(
            "DENVER — A man was shot and killed outside a bar early Saturday, police said.\n\n"
                + "In a separate shooting, two teenagers were wounded in Aurora on Saturday night.\n");

    assertThat(facts.events()).hasSize(2);
    assertThat(facts.events().get(0).place().name()).isEqualTo("Denver");
    assertThat(facts.events().get(1).injured().count().value()).isEqualTo(2L);
    assertThat(facts.events().get(0).injured()).isNull();
  }

  @Test
  void takesThePublicationDateMarkedInferredWhenTheTextDatesNothing() {
    DocumentFacts facts = read("Three miners were killed in a rockfall in Bolivia, officials said.\n");

    Event main = facts.events().get(0);
    assertThat(main.date().inferred()).isTrue();
    assertThat(main.date().value()).isEqualTo("2024-03-10");
    assertThat(main.place().kind()).isEqualTo(PlaceKind.COUNTRY);
  }

  @Test
  void keepsTheIncidentTogetherWhereTheStoryRecallsSimilarAttacks() {
    DocumentFacts facts =
        read(
            "Gunmen killed eight people in an attack on a bus near Lodwar on Thursday, police"
                + " said.\n\n"
                + "Police blamed militants who have carried out similar attacks in the region."
                + " Soldiers detained four men on Thursday night.\n");

    assertThat(facts.events()).hasSize(1);
    assertThat(facts.events().get(0).arrested().count().value()).isEqualTo(4L);
  }
}
