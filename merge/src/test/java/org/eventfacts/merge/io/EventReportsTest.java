package org.eventfacts.merge.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Figure;
import org.eventfacts.merge.ReportedDate;
import org.junit.jupiter.api.Test;

class EventReportsTest {

  private static final String TEXT =
      "MILLBROOK, Ohio - Dale Morrow was killed on Friday, police said. Sgt. Ann Pike spoke.";

  private static DocumentFacts facts() {
    CasualtyCount killed =
        new CasualtyCount(
            Outcome.KILLED,
            Count.exact("Dale Morrow", 1),
            new Phrase("Dale Morrow", new Span(18, 29), "a1"),
            null,
            Phrase.of("police", new Span(52, 58)),
            false,
            new Evidence(new Span(18, 50), 0, "casualty.passive"));
    Event event =
        new Event(
            "e1",
            EventDate.day("on Friday", LocalDate.of(2024, 3, 8), new Span(41, 50)),
            new Place("MILLBROOK, Ohio", "Millbrook", PlaceKind.CITY, "Ohio", "United States", "US",
                40.1, -82.9, new Span(0, 15)),
            new Total(Count.exact("Dale Morrow", 1), TotalRule.STATED, List.of("c1")),
            null,
            null,
            null,
            List.of("c1"),
            new Span(0, 50));
    List<Actor> actors =
        List.of(
            new Actor("a1", "Dale Morrow", ActorKind.PERSON, List.of(), null, List.of(new Span(18, 29))),
            new Actor("a2", "Ann Pike", ActorKind.PERSON, List.of("Sgt."), null, List.of(new Span(70, 78))));
    return new DocumentFacts("ledger-0412", TEXT, List.of(killed), List.of(), List.of(), actors, List.of(event));
  }

  @Test
  void makesOneReportPerEventFromTheFactModel() {
    List<EventReport> reports =
        EventReports.of(facts(), LocalDate.of(2024, 3, 9), "Man killed in Millbrook");

    assertThat(reports).hasSize(1);
    EventReport report = reports.get(0);
    assertThat(report.member().doc()).isEqualTo("ledger-0412");
    assertThat(report.date()).isEqualTo(ReportedDate.day(LocalDate.of(2024, 3, 8)));
    assertThat(report.place().region()).isEqualTo("Ohio");
    assertThat(report.figure(Figure.KILLED).count().value()).isEqualTo(1);
    assertThat(report.figure(Figure.KILLED).source()).isEqualTo("police");
    assertThat(report.names()).containsExactly("Dale Morrow");
    assertThat(report.headline()).isEqualTo("Man killed in Millbrook");
    assertThat(report.published()).isEqualTo(LocalDate.of(2024, 3, 9));
  }
}
