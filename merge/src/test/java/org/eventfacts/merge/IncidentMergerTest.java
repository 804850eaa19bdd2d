package org.eventfacts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.merge.Reports.CARVER;
import static org.eventfacts.merge.Reports.MARCH_8;
import static org.eventfacts.merge.Reports.MILLBROOK;
import static org.eventfacts.merge.Reports.OHIO;
import static org.eventfacts.merge.Reports.exactly;
import static org.eventfacts.merge.Reports.onMarch8InMillbrook;
import static org.eventfacts.merge.Reports.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {

  private static List<Incident> merge(EventReport... reports) {
    return IncidentMerger.create().merge(List.of(reports)).incidents();
  }

  private static List<List<Member>> groups(List<Incident> incidents) {
    return incidents.stream().map(Incident::members).toList();
  }

  @Test
  void mergesTwoOutletsReportsOfOneShooting() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(2), "police").build(),
            onMarch8InMillbrook("courier").figure(Figure.KILLED, exactly(2), null).build());

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).members())
        .containsExactly(new Member("ledger", "e1"), new Member("courier", "e1"));
    assertThat(incidents.get(0).id()).isEqualTo("courier#e1");
  }

  @Test
  void keepsEveryReportWhenTheTollsDisagree() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger")
                .headline("Gunman kills three at Millbrook bowling alley")
                .figure(Figure.KILLED, exactly(3), "police")
                .build(),
            onMarch8InMillbrook("courier")
                .headline("Four dead in Millbrook bowling alley attack")
                .figure(Figure.KILLED, exactly(4), "the hospital")
                .build());

    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.reports())
        .extracting(r -> r.count().value(), Report::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "police"),
            org.assertj.core.groups.Tuple.tuple(4L, "the hospital"));
    assertThat(incident.figure(Figure.KILLED).disputed()).isTrue();
  }

  @Test
  void theLatestRuleTakesTheFigureOfTheLastPublishedReport() {
    EventReport later =
        onMarch8InMillbrook("courier")
            .published(MARCH_8.plusDays(2))
            .figure(Figure.KILLED, exactly(4), "the hospital")
            .name("Rita Vance")
            .build();
    EventReport earlier =
        onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(3), "police").name("Rita Vance").build();

    IncidentFigure killed = merge(later, earlier).get(0).figure(Figure.KILLED);

    assertThat(killed.count().value()).isEqualTo(4);
    assertThat(killed.from()).isEqualTo(new Member("courier", "e1"));
    assertThat(killed.source()).isEqualTo("the hospital");
    assertThat(killed.rule()).isEqualTo(FigureRule.LATEST);
  }

  @Test
  void theConservativeRuleTakesTheLowestFigure() {
    IncidentMerger merger = IncidentMerger.builder().figureRule(FigureRule.CONSERVATIVE).build();
    List<EventReport> reports =
        List.of(
            onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(4), null).name("Rita Vance").build(),
            onMarch8InMillbrook("courier")
                .published(MARCH_8.plusDays(3))
                .figure(Figure.KILLED, Count.vague("dozens", 24, 99L), null)
                .name("Rita Vance")
                .build(),
            onMarch8InMillbrook("herald").figure(Figure.KILLED, exactly(3), null).name("Rita Vance").build());

    IncidentFigure killed = merger.merge(reports).incidents().get(0).figure(Figure.KILLED);

    assertThat(killed.count().value()).isEqualTo(3);
    assertThat(killed.from().doc()).isEqualTo("herald");
  }

  @Test
  void aFigureThatOneReportBoundsAndAnotherStatesIsNotDisputed() {
    Incident incident =
        merge(
                onMarch8InMillbrook("ledger")
                    .figure(Figure.INJURED, Count.qualified("at least 5", 5, Qualifier.AT_LEAST), null)
                    .build(),
                onMarch8InMillbrook("courier").figure(Figure.INJURED, exactly(7), null).build())
            .get(0);

    assertThat(incident.figure(Figure.INJURED).disputed()).isFalse();
  }

  @Test
  void neverMergesReportsOfDifferentCitiesHoweverAlike() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").figure(Figure.KILLED, exactly(2), null).build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8))
                .place(CARVER)
                .name("Rita Vance")
                .figure(Figure.KILLED, exactly(2), null)
                .build());

    assertThat(incidents).hasSize(2);
  }

  @Test
  void neverMergesReportsOfDatesTwoDaysApart() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8.plusDays(3)))
                .place(MILLBROOK)
                .name("Rita Vance")
                .build());

    assertThat(incidents).hasSize(2);
  }

  @Test
  void mergesStatedDatesADayApart() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(2), null).build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8.plusDays(1)))
                .place(MILLBROOK)
                .figure(Figure.KILLED, exactly(2), null)
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void neverMergesTwoEventsOfOneDocument() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("roundup").build(),
            EventReport.builder("roundup", "e2").date(ReportedDate.day(MARCH_8)).place(MILLBROOK).build());

    assertThat(incidents).hasSize(2);
  }

  @Test
  void twoShootingsInOneCityOnOneDayStayApartWhenBothTheirTollsDiffer() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger")
                .figure(Figure.KILLED, exactly(1), null)
                .figure(Figure.INJURED, exactly(4), null)
                .build(),
            onMarch8InMillbrook("courier")
                .figure(Figure.KILLED, exactly(3), null)
                .figure(Figure.INJURED, exactly(0), null)
                .build());

    assertThat(incidents).hasSize(2);
  }

  @Test
  void reportsOfOneCityAndDayMergeThoughOneTollDiffers() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(1), null).build(),
            onMarch8InMillbrook("courier").figure(Figure.KILLED, exactly(2), null).build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void reportsThatNameTheSameVictimAndSuspectMergeThoughTheirPlacesDisagree() {
    ReportedPlace namesake =
        new ReportedPlace("Millbrook", PlaceKind.CITY, "Ontario", "Canada", "CA", 44.15, -78.45);
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").person("Omar Lisle").build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8))
                .place(namesake)
                .person("Rita Vance")
                .name("Omar Lisle")
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void aFollowUpThatNamesTheSameSuspectMergesMonthsLater() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").name("Omar Lisle").build(),
            report("courier")
                .published(MARCH_8.plusDays(120))
                .date(ReportedDate.day(MARCH_8.plusDays(118)))
                .place(MILLBROOK)
                .name("Omar Lisle")
                .person("Rita Vance")
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void bylinesAloneDoNotTieReportsOfDifferentDays() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").person("Nell Carver").person("Ben Ostrow").build(),
            report("ledger-2")
                .date(ReportedDate.day(MARCH_8.plusDays(20)))
                .place(MILLBROOK)
                .person("Nell Carver")
                .person("Ben Ostrow")
                .build());

    assertThat(incidents).hasSize(2);
  }

  @Test
  void aFollowUpStoryDaysLaterInTheSameCityMergesByItsHeadline() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").headline("Two killed at Harbor Street bakery").build(),
            report("courier")
                .published(MARCH_8.plusDays(5))
                .date(ReportedDate.day(MARCH_8.plusDays(4)))
                .place(MILLBROOK)
                .headline("Arrest made in Harbor Street bakery killings")
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void aReportWithoutDateIsNeverMerged() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").build(),
            EventReport.builder("courier", "e1").place(MILLBROOK).name("Rita Vance").build());

    assertThat(incidents).hasSize(2);
    assertThat(incidents.get(1).date()).isNull();
  }

  @Test
  void aReportThatNamesOnlyItsRegionMeetsTheReportsOfItsCities() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").build(),
            report("courier").date(ReportedDate.day(MARCH_8)).place(OHIO).name("Rita Vance").build());

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).place()).isEqualTo(MILLBROOK);
  }

  @Test
  void aReportThatNamesOnlyItsCountryMeetsTheReportsOfItsRegions() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").name("Omar Lisle").build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8))
                .place(Reports.UNITED_STATES)
                .name("Rita Vance")
                .name("Omar Lisle")
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void aReportDatedByMonthMeetsTheReportsOfItsDays() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger").name("Rita Vance").build(),
            report("courier")
                .published(MARCH_8.plusDays(60))
                .date(ReportedDate.parse("2024-03", DatePrecision.MONTH, false))
                .place(MILLBROOK)
                .name("Rita Vance")
                .build());

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).date()).isEqualTo(ReportedDate.day(MARCH_8));
  }

  @Test
  void anUndatedTextTakesThePublicationDateAsTheLatestDayItCanReport() {
    EventReport stated = onMarch8InMillbrook("ledger").figure(Figure.KILLED, exactly(2), null).build();
    EventReport published =
        report("courier")
            .date(ReportedDate.published(MARCH_8.plusDays(1)))
            .place(MILLBROOK)
            .figure(Figure.KILLED, exactly(2), null)
            .build();
    EventReport publishedBefore =
        report("herald")
            .date(ReportedDate.published(MARCH_8.minusDays(2)))
            .place(MILLBROOK)
            .figure(Figure.KILLED, exactly(2), null)
            .build();

    assertThat(groups(merge(stated, published, publishedBefore)))
        .containsExactly(
            List.of(new Member("ledger", "e1"), new Member("courier", "e1")),
            List.of(new Member("herald", "e1")));
  }

  @Test
  void noChainOfLookAlikesJoinsTwoDifferentCities() {
    EventReport millbrook = onMarch8InMillbrook("ledger").name("Rita Vance").build();
    EventReport ohio = report("courier").date(ReportedDate.day(MARCH_8)).place(OHIO).name("Rita Vance").build();
    EventReport carver =
        report("herald").date(ReportedDate.day(MARCH_8)).place(CARVER).name("Rita Vance").build();

    List<Incident> incidents = merge(millbrook, ohio, carver);

    assertThat(incidents).hasSize(2);
    assertThat(incidents).allSatisfy(i -> assertThat(i.members().size()).isLessThanOrEqualTo(2));
  }

  @Test
  void sharedHeadlineWordsTieReportsWhoseTollsDiffer() {
    List<Incident> incidents =
        merge(
            onMarch8InMillbrook("ledger")
                .headline("Three shot outside Lantern Lounge on Dale Avenue")
                .figure(Figure.KILLED, exactly(1), null)
                .build(),
            onMarch8InMillbrook("courier")
                .headline("Second victim dies after Lantern Lounge shooting - Courier")
                .figure(Figure.KILLED, exactly(2), null)
                .build());

    assertThat(incidents).hasSize(1);
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheInput() {
    List<EventReport> reports = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reports.add(
          report("doc" + i)
              .date(ReportedDate.day(MARCH_8.plusDays(i % 3)))
              .place(i % 2 == 0 ? MILLBROOK : new ReportedPlace("Millbrook", PlaceKind.CITY, "Ohio", null, "US", null, null))
              .figure(Figure.KILLED, exactly(1 + i % 4), null)
              .name(i % 4 == 0 ? "Rita Vance" : "Omar Lisle")
              .build());
    }
    List<EventReport> reversed = new ArrayList<>(reports);
    Collections.reverse(reversed);

    var forward = IncidentMerger.create().merge(reports).incidents().stream().map(i -> i.id() + i.members().stream().sorted().toList()).sorted().toList();
    var backward = IncidentMerger.create().merge(reversed).incidents().stream().map(i -> i.id() + i.members().stream().sorted().toList()).sorted().toList();

    assertThat(backward).isEqualTo(forward);
  }
}
