package org.eventfacts.merge.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Figure;
import org.eventfacts.merge.ReportedDate;
import org.junit.jupiter.api.Test;

class FactsLinesTest {

  /** A document as extract writes it: one event with a killed total resting on two facts. */
  static final String LEDGER =
      """
      {"id": "ledger-0412", "published": "2024-03-09", "title": "Two killed at Millbrook warehouse",
       "casualties": [
         {"id": "c1", "eventId": "e1", "outcome": "KILLED", "count": {"text": "two", "value": 2, "min": 2, "max": 2, "qualifier": "EXACT"},
          "victims": "Dale Morrow", "victimsId": "a1", "perpetrator": null, "source": "police", "hedged": false, "span": {"start": 0, "end": 9}},
         {"id": "c2", "eventId": "e1", "outcome": "KILLED", "count": {"text": "2", "value": 2, "min": 2, "max": 2, "qualifier": "EXACT"},
          "victims": "workers", "perpetrator": null, "source": "the coroner", "hedged": false, "span": {"start": 40, "end": 49}}],
       "arrests": [],
       "quotes": [],
       "actors": [
         {"id": "a1", "name": "Dale Morrow", "kind": "PERSON", "titles": [], "affiliation": null, "mentions": []},
         {"id": "a2", "name": "Ruth Kellan", "kind": "PERSON", "titles": ["Police Chief"], "affiliation": null, "mentions": []},
         {"id": "a3", "name": "Omar Lisle", "kind": "PERSON", "titles": [], "affiliation": null, "mentions": []},
         {"id": "a4", "name": "Millbrook Police Department", "kind": "ORGANIZATION", "titles": [], "affiliation": null, "mentions": []}],
       "events": [{"id": "e1",
         "date": {"text": "on Friday", "value": "2024-03-08", "precision": "DAY", "span": {"start": 12, "end": 21}, "inferred": false},
         "place": {"text": "MILLBROOK, Ohio", "name": "Millbrook", "kind": "CITY", "region": "Ohio", "country": "United States",
                   "countryCode": "US", "lat": 40.1, "lon": -82.9, "span": {"start": 0, "end": 15}},
         "killed": {"text": "two", "value": 2, "min": 2, "max": 2, "qualifier": "EXACT", "rule": "RESTATED", "facts": ["c1", "c2"]},
         "injured": null, "missing": null, "arrested": null,
         "facts": ["c1", "c2"], "span": {"start": 0, "end": 60}}]}
      """
          .replace("\n", " ");

  private static FactsLines lines(String... lines) {
    return FactsLines.of(new StringReader(String.join("\n", lines)), "test.jsonl");
  }

  @Test
  void readsOneReportPerEventWithItsDatePlaceAndFigures() {
    EventReport report = ImmutableList.copyOf(lines(LEDGER)).get(0);

    assertThat(report.member().doc()).isEqualTo("ledger-0412");
    assertThat(report.member().event()).isEqualTo("e1");
    assertThat(report.published()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(report.headline()).isEqualTo("Two killed at Millbrook warehouse");
    assertThat(report.date()).isEqualTo(ReportedDate.day(LocalDate.of(2024, 3, 8)));
    assertThat(report.place().name()).isEqualTo("Millbrook");
    assertThat(report.place().kind()).isEqualTo(PlaceKind.CITY);
    assertThat(report.place().countryCode()).isEqualTo("US");
    assertThat(report.place().lat()).isEqualTo(40.1);
    assertThat(report.figure(Figure.KILLED).count().value()).isEqualTo(2);
    assertThat(report.figure(Figure.INJURED)).isNull();
  }

  @Test
  void givesEachFigureTheSourcesOfTheFactsItRestsOn() {
    EventReport report = ImmutableList.copyOf(lines(LEDGER)).get(0);

    assertThat(report.figure(Figure.KILLED).source()).isEqualTo("police; the coroner");
  }

  @Test
  void namesTheLinkedVictimsAndEveryOtherUntitledPersonButNotOfficials() {
    EventReport report = ImmutableList.copyOf(lines(LEDGER)).get(0);

    assertThat(report.names()).containsExactly("Dale Morrow");
    assertThat(report.people()).containsExactly("Omar Lisle");
  }

  @Test
  void skipsAndCountsErrorRecordsAndDocumentsWithoutEvents() {
    FactsLines lines =
        lines(
            LEDGER,
            "{\"id\": \"broken\", \"error\": {\"kind\": \"TIMEOUT\", \"message\": \"too slow\"}}",
            "",
            "{\"id\": \"quiet\", \"casualties\": [], \"arrests\": [], \"quotes\": [], \"actors\": [], \"events\": []}");

    List<EventReport> reports = ImmutableList.copyOf(lines);

    assertThat(reports).hasSize(1);
    assertThat(lines.documents()).isEqualTo(2);
    assertThat(lines.failed()).isEqualTo(1);
    assertThat(lines.withoutEvents()).isEqualTo(1);
    assertThat(lines.events()).isEqualTo(1);
  }

  @Test
  void takesThePublicationDateFromAnInferredDateWhenTheLineHasNone() {
    String line =
        "{\"id\": \"d\", \"events\": [{\"id\": \"e1\", \"date\": {\"text\": null, \"value\": \"2024-03-09\","
            + " \"precision\": \"DAY\", \"span\": null, \"inferred\": true}, \"place\": null, \"killed\": null,"
            + " \"injured\": null, \"missing\": null, \"arrested\": null, \"facts\": []}]}";

    EventReport report = ImmutableList.copyOf(lines(line)).get(0);

    assertThat(report.published()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(report.date().inferred()).isTrue();
    assertThat(report.date().precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void namesTheFileAndLineOfALineThatIsNotJson() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableList.copyOf(lines(LEDGER, "{\"id\": \"cut", LEDGER)))
        .withMessageStartingWith("test.jsonl:2: not a line of JSON");
  }

  @Test
  void isReadOnce() {
    FactsLines lines = lines(LEDGER);
    ImmutableList.copyOf(lines);

    org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(lines::iterator);
  }
}
