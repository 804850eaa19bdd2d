package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge} end to end on made-up lines of extract's output: no CoreNLP model is loaded. */
class MergeCommandTest {

  @TempDir Path directory;

  private static String document(String id, String published, long killed, String source) {
    return ("{'id': '%s', 'published': '%s', 'title': 'Gunfire at Quarry Lane diner',"
            + " 'casualties': [{'id': 'c1', 'eventId': 'e1', 'outcome': 'KILLED',"
            + " 'count': {'text': '%d', 'value': %d, 'min': %d, 'max': %d, 'qualifier': 'EXACT'},"
            + " 'source': '%s', 'hedged': false, 'span': {'start': 0, 'end': 5}}],"
            + " 'arrests': [], 'quotes': [], 'actors': [],"
            + " 'events': [{'id': 'e1', 'date': {'text': 'on Sunday', 'value': '2023-06-11',"
            + " 'precision': 'DAY', 'span': {'start': 6, 'end': 15}, 'inferred': false},"
            + " 'place': {'text': 'Fenwick', 'name': 'Fenwick', 'kind': 'CITY', 'region': 'Oregon',"
            + " 'country': 'United States', 'countryCode': 'US', 'lat': 44.1, 'lon': -122.9,"
            + " 'span': {'start': 0, 'end': 7}},"
            + " 'killed': {'text': '%d', 'value': %d, 'min': %d, 'max': %d, 'qualifier': 'EXACT',"
            + " 'rule': 'STATED', 'facts': ['c1']}, 'injured': null, 'missing': null, 'arrested': null,"
            + " 'facts': ['c1'], 'span': {'start': 0, 'end': 20}}]}")
        .formatted(id, published, killed, killed, killed, killed, source, killed, killed, killed, killed)
        .replace('\'', '"');
  }

  @Test
  void mergesTwoOutletsIntoOneIncidentAndTakesTheConservativeToll() throws IOException {
    Path facts = directory.resolve("facts.jsonl");
    Files.write(
        facts,
        List.of(
            document("sentinel-1", "2023-06-11", 4, "police"),
            "{\"id\": \"broken\", \"error\": {\"kind\": \"DECODE\", \"message\": \"not UTF-8\"}}",
            document("gazette-7", "2023-06-12", 3, "the county coroner")),
        StandardCharsets.UTF_8);
    Path out = directory.resolve("incidents.jsonl");

    int exit =
        Main.run("merge", "--figure", "conservative", "--out", out.toString(), facts.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode incident = new ObjectMapper().readTree(lines.get(0));
    assertThat(incident.get("members")).hasSize(2);
    assertThat(incident.get("killed").get("value").asLong()).isEqualTo(3);
    assertThat(incident.get("killed").get("rule").asText()).isEqualTo("CONSERVATIVE");
    assertThat(incident.get("killed").get("source").asText()).isEqualTo("the county coroner");
    assertThat(incident.get("reports")).hasSize(2);
  }

  /** Two outlets' stories of one diner shooting, the second dated by its own news four days on. */
  private Path followUpFourDaysLater() throws IOException {
    Path facts = directory.resolve("facts.jsonl");
    Files.write(
        facts,
        List.of(
            document("sentinel-1", "2023-06-11", 4, "police"),
            document("gazette-7", "2023-06-16", 4, "police").replace("2023-06-11", "2023-06-15")),
        StandardCharsets.UTF_8);
    return facts;
  }

  @Test
  void joinsAFollowUpOfAnotherDateByItsStoryAndSaysSoInTheIncident() throws IOException {
    Path out = directory.resolve("incidents.jsonl");

    int exit = Main.run("merge", "--out", out.toString(), followUpFourDaysLater().toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode conflict = new ObjectMapper().readTree(lines.get(0)).get("conflicts").get(0);
    assertThat(conflict.get("differ").get(0).asText()).isEqualTo("DATE");
    assertThat(conflict.get("dates").get(1).get("value").asText()).isEqualTo("2023-06-15");
    assertThat(conflict.get("tie").asText()).isEqualTo("STORY");
  }

  @Test
  void strictNeverMergesReportsOfDifferentDates() throws IOException {
    Path out = directory.resolve("incidents.jsonl");

    int exit =
        Main.run("merge", "--strict", "--out", out.toString(), followUpFourDaysLater().toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(new ObjectMapper().readTree(line).get("conflicts")).isEmpty();
    }
  }

  @Test
  void refusesAnUnknownFigureRule() throws IOException {
    Path facts = directory.resolve("facts.jsonl");
    Files.writeString(facts, document("sentinel-1", "2023-06-11", 4, "police"));

    assertThat(Main.run("merge", "--figure", "average", facts.toString())).isEqualTo(2);
  }

  @Test
  void reportsAMissingInputAsAFailure() {
    assertThat(Main.run("merge", directory.resolve("missing.jsonl").toString())).isEqualTo(1);
  }
}
