package org.eventfacts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.merge.Reports.MARCH_8;
import static org.eventfacts.merge.Reports.MILLBROOK;
import static org.eventfacts.merge.Reports.onMarch8InMillbrook;
import static org.eventfacts.merge.Reports.report;

import java.util.List;
import org.eventfacts.fact.PlaceKind;
import org.junit.jupiter.api.Test;

/**
 * The rule taken literally ("two events of different places or dates never merge") under
 * a strict merge, and the default merge's account of every join it made across such a conflict.
 */
class ConflictsTest {

  private static final ReportedPlace NAMESAKE_ABROAD =
      new ReportedPlace("Millbrook", PlaceKind.CITY, "Ontario", "Canada", "CA", 44.15, -78.45);

  private static final IncidentMerger STRICT = IncidentMerger.builder().strict(true).build();

  /** The same victim and suspect, the second outlet's town resolved to its namesake abroad. */
  private static List<EventReport> sameVictimAndSuspectPlacedApart() {
    return List.of(
        onMarch8InMillbrook("ledger").name("Rita Vance").person("Omar Lisle").build(),
        report("courier")
            .date(ReportedDate.day(MARCH_8))
            .place(NAMESAKE_ABROAD)
            .person("Rita Vance")
            .name("Omar Lisle")
            .build());
  }

  /** A follow-up that names the same suspect, dated by its own news four months later. */
  private static List<EventReport> followUpMonthsLater() {
    return List.of(
        onMarch8InMillbrook("ledger").name("Rita Vance").name("Omar Lisle").build(),
        report("courier")
            .published(MARCH_8.plusDays(120))
            .date(ReportedDate.day(MARCH_8.plusDays(118)))
            .place(MILLBROOK)
            .name("Omar Lisle")
            .person("Rita Vance")
            .build());
  }

  @Test
  void theDefaultMergeListsTheConflictOfPlaceItJoinedAcrossWithThePeopleThatTiedIt() {
    Incident incident =
        IncidentMerger.create().merge(sameVictimAndSuspectPlacedApart()).incidents().get(0);

    assertThat(incident.members()).hasSize(2);
    assertThat(incident.conflicted()).isTrue();
    Conflict conflict = incident.conflicts().get(0);
    assertThat(conflict.first()).isEqualTo(new Member("ledger", "e1"));
    assertThat(conflict.second()).isEqualTo(new Member("courier", "e1"));
    assertThat(conflict.differ()).containsExactly(Conflict.Aspect.PLACE);
    assertThat(conflict.firstPlace()).isEqualTo(MILLBROOK);
    assertThat(conflict.secondPlace()).isEqualTo(NAMESAKE_ABROAD);
    assertThat(conflict.tie()).isEqualTo(Conflict.Tie.PEOPLE);
    assertThat(conflict.people()).containsExactly("rita vance", "omar lisle");
  }

  @Test
  void theDefaultMergeListsTheConflictOfDateOfAFollowUp() {
    Incident incident = IncidentMerger.create().merge(followUpMonthsLater()).incidents().get(0);

    assertThat(incident.conflicts()).hasSize(1);
    Conflict conflict = incident.conflicts().get(0);
    assertThat(conflict.differ()).containsExactly(Conflict.Aspect.DATE);
    assertThat(conflict.firstDate()).isEqualTo(ReportedDate.day(MARCH_8));
    assertThat(conflict.secondDate()).isEqualTo(ReportedDate.day(MARCH_8.plusDays(118)));
  }

  @Test
  void aStoryTieNamesTheHeadlineWordsItRestsOn() {
    Incident incident =
        IncidentMerger.create()
            .merge(
                List.of(
                    onMarch8InMillbrook("ledger").headline("Two killed at Harbor Street bakery").build(),
                    report("courier")
                        .published(MARCH_8.plusDays(5))
                        .date(ReportedDate.day(MARCH_8.plusDays(4)))
                        .place(MILLBROOK)
                        .headline("Arrest made in Harbor Street bakery killings")
                        .build()))
            .incidents()
            .get(0);

    Conflict conflict = incident.conflicts().get(0);
    assertThat(conflict.tie()).isEqualTo(Conflict.Tie.STORY);
    assertThat(conflict.people()).isEmpty();
    assertThat(conflict.words()).contains("bakery");
  }

  @Test
  void reportsWhosePlacesAndDatesAgreeListNoConflict() {
    Incident incident =
        IncidentMerger.create()
            .merge(
                List.of(
                    onMarch8InMillbrook("ledger").name("Rita Vance").build(),
                    onMarch8InMillbrook("courier").name("Rita Vance").build()))
            .incidents()
            .get(0);

    assertThat(incident.members()).hasSize(2);
    assertThat(incident.conflicts()).isEmpty();
  }

  @Test
  void aStrictMergeKeepsReportsOfDifferentPlacesApartWhateverPeopleTieThem() {
    MergeResult result = STRICT.merge(sameVictimAndSuspectPlacedApart());

    assertThat(result.incidents()).hasSize(2);
    assertThat(result.incidents()).allSatisfy(i -> assertThat(i.conflicts()).isEmpty());
  }

  @Test
  void aStrictMergeKeepsAFollowUpOfAnotherDateApart() {
    assertThat(STRICT.merge(followUpMonthsLater()).incidents()).hasSize(2);
  }

  @Test
  void aStrictMergeStillMergesReportsThatAgree() {
    List<Incident> incidents =
        STRICT
            .merge(
                List.of(
                    onMarch8InMillbrook("ledger").name("Rita Vance").build(),
                    onMarch8InMillbrook("courier").name("Rita Vance").build()))
            .incidents();

    assertThat(incidents).hasSize(1);
    assertThat(STRICT.strict()).isTrue();
  }

  @Test
  void aStrictMergeLetsNoGroupHoldAReportThatContradictsAnyOfItsMembers() {
    List<EventReport> reports =
        List.of(
            onMarch8InMillbrook("ledger").name("Rita Vance").person("Omar Lisle").build(),
            onMarch8InMillbrook("herald").name("Rita Vance").person("Omar Lisle").build(),
            report("courier")
                .date(ReportedDate.day(MARCH_8))
                .place(NAMESAKE_ABROAD)
                .person("Rita Vance")
                .name("Omar Lisle")
                .build());

    List<Incident> strict = STRICT.merge(reports).incidents();
    List<Incident> tied = IncidentMerger.create().merge(reports).incidents();

    assertThat(strict).extracting(i -> i.members().size()).containsExactly(2, 1);
    assertThat(tied).hasSize(1);
    assertThat(tied.get(0).conflicts())
        .extracting(c -> c.first().doc() + "~" + c.second().doc())
        .containsExactly("ledger~courier", "herald~courier");
  }
}
