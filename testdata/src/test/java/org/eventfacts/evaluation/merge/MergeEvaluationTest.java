package org.eventfacts.evaluation.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeEvaluationTest {

  @TempDir Path directory;

  private static EventReport report(String doc, String event) {
    return EventReport.builder(doc, event).build();
  }

  private static Incident incident(Member... members) {
    return new Incident(members[0].toString(), null, null, Map.of(), List.of(members), List.of());
  }

  @Test
  void countsPairsOfDocumentsWhoseMainEventsShareAnIncident() {
    IncidentGold gold =
        new IncidentGold(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), Map.of());
    List<EventReport> reports =
        List.of(report("a", "e1"), report("b", "e1"), report("b", "e2"), report("c", "e1"), report("d", "e1"));
    List<Incident> incidents =
        List.of(
            incident(new Member("a", "e1"), new Member("b", "e1")),
            incident(new Member("c", "e1"), new Member("d", "e1")),
            incident(new Member("b", "e2")));

    PairwiseScore score = MergeEvaluation.score(gold, reports, incidents);

    assertThat(score.goldPairs()).isEqualTo(4); // a-b, a-c, b-c, d-e
    assertThat(score.predictedPairs()).isEqualTo(2); // a-b, c-d
    assertThat(score.correctPairs()).isEqualTo(1);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(0.25);
    assertThat(score.misses()).extracting(p -> p.first() + p.second()).containsExactly("ac", "bc", "de");
    assertThat(score.falseMerges()).extracting(p -> p.first() + p.second()).containsExactly("cd");
  }

  @Test
  void aDocumentWithoutEventsMergesWithNothing() {
    IncidentGold gold = new IncidentGold(Map.of("a", "1", "b", "1"), Map.of());

    PairwiseScore score = MergeEvaluation.score(gold, List.of(), List.of());

    assertThat(score.recall()).isZero();
    assertThat(score.precision()).isEqualTo(1);
    assertThat(score.misses().get(0).mergedFirst()).isNull();
  }

  @Test
  void readsTheIncidentAndTitleColumnsOfATabSeparatedFile() throws IOException {
    Path file = directory.resolve("INCIDENTS.tsv");
    Files.writeString(file, "id\tincident\ttitle\nledger-1\tquarry\tTwo hurt at quarry\ncourier-2\tquarry\t\n");

    IncidentGold gold = IncidentGold.in(directory);

    assertThat(gold.incidentOf()).containsEntry("ledger-1", "quarry").containsEntry("courier-2", "quarry");
    assertThat(gold.titleOf("ledger-1")).isEqualTo("Two hurt at quarry");
    assertThat(gold.titleOf("courier-2")).isNull();
  }
}
