package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.casualty;
import static org.eventfacts.evaluation.Predicted.facts;

import java.time.LocalDate;
import java.util.List;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventMatchingTest {

  private static final GoldDocument SHOOTING_IN_AURORA =
      Gold.recallOnly(
          "{'type': 'event', 'date': '2024-03-08', 'city': 'Aurora', 'region': 'Illinois',"
              + " 'country': 'United States', 'killed': 2, 'injured': 3}");

  private static final Span WORDS = new Span(0, 6);

  @Test
  void theFirstEventStandsForTheGoldEventAndItsSlotsAreScored() {
    DocumentScore score = Scorer.score(SHOOTING_IN_AURORA, withEvents(aurora("e1", 2)));

    TypeScore events = score.type(FactType.EVENT);
    assertThat(events.matched()).isEqualTo(1);
    assertThat(events.slots().get(Slot.DATE).right()).isEqualTo(1);
    assertThat(events.slots().get(Slot.CITY).right()).isEqualTo(1);
    assertThat(events.slots().get(Slot.REGION).right()).isEqualTo(1);
    assertThat(events.slots().get(Slot.COUNTRY).right()).isEqualTo(1);
    assertThat(events.slots().get(Slot.KILLED).right()).isEqualTo(1);
    assertThat(events.slots().get(Slot.INJURED).right()).isZero();
  }

  @Test
  void aDocumentWithoutEventsMissesTheGoldEvent() {
    DocumentScore score = Scorer.score(SHOOTING_IN_AURORA, facts());

    assertThat(score.type(FactType.EVENT).matched()).isZero();
  }

  @Test
  void aWrongTotalIsAWrongSlotNotAMiss() {
    DocumentScore score = Scorer.score(SHOOTING_IN_AURORA, withEvents(aurora("e1", 5)));

    assertThat(score.type(FactType.EVENT).matched()).isEqualTo(1);
    assertThat(score.type(FactType.EVENT).slots().get(Slot.KILLED).right()).isZero();
  }

  @Test
  void exhaustiveGoldPairsFurtherEventsByPlaceAndCountsTheRestAsWrong() {
    GoldDocument twoIncidents =
        Gold.document(
            List.of("event"),
            "{'type': 'event', 'city': 'Aurora', 'killed': 2}",
            "{'type': 'event', 'city': 'Joliet', 'killed': 1}");

    DocumentScore score =
        Scorer.score(twoIncidents, withEvents(aurora("e1", 2), elsewhere("e2", "Joliet"), elsewhere("e3", "Elgin")));

    TypeScore events = score.type(FactType.EVENT);
    assertThat(events.matched()).isEqualTo(2);
    assertThat(events.predicted()).isEqualTo(3);
    assertThat(events.correct()).isEqualTo(2);
  }

  private static DocumentFacts withEvents(Event... events) {
    DocumentFacts base =
        facts(
            casualty(Outcome.KILLED, Count.exact("2", 2)),
            casualty(Outcome.KILLED, Count.exact("5", 5)),
            casualty(Outcome.KILLED, Count.exact("1", 1)),
            casualty(Outcome.KILLED, Count.exact("1", 1)));
    return base.withEvents(List.of(events));
  }

  private static Event aurora(String id, long killed) {
    String fact = killed == 2 ? "c1" : "c2";
    Place place =
        new Place(
            "AURORA, Ill.", "Aurora", PlaceKind.CITY, "Illinois", "United States", "US", 41.76,
            -88.32, WORDS);
    return event(id, place, total(fact, killed), fact);
  }

  private static Event elsewhere(String id, String city) {
    String fact = id.equals("e2") ? "c3" : "c4";
    Place place = new Place(city, city, PlaceKind.CITY, "Illinois", "United States", "US", null, null, WORDS);
    return event(id, place, total(fact, 1), fact);
  }

  private static Event event(String id, Place place, @Nullable Total killed, String fact) {
    return new Event(
        id,
        EventDate.day("on Friday", LocalDate.of(2024, 3, 8), WORDS),
        place,
        killed,
        null,
        null,
        null,
        List.of(fact),
        WORDS);
  }

  private static Total total(String fact, long killed) {
    return new Total(Count.exact(Long.toString(killed), killed), TotalRule.STATED, List.of(fact));
  }
}
