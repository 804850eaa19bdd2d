package org.eventfacts.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.IncidentMerger;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.eventfacts.spark.testing.CommandLineJson;
import org.eventfacts.spark.testing.LocalSpark;
import org.eventfacts.spark.testing.RowJsonDifferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merge on a Dataset gives the command line's incidents: the facts of the project's articles
 * (which report two incidents from three outlets each) as the command line's extract writes them,
 * in the shared session, read as rows and as JSON lines, against what the command line's merge
 * ({@code FactsLines}, {@code IncidentMerger}, {@code IncidentJson}) writes for the same lines in
 * order of their ids.
 */
class MergeSparkTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SparkSession spark;
  private static Map<String, String> byId;
  private static Dataset<String> lines;
  private static Dataset<Row> facts;

  @BeforeAll
  static void readTheArticlesFactsAsTheCommandLineWritesThem() {
    spark = LocalSpark.session();
    byId = new TreeMap<>(CommandLineJson.ofArticles());
    List<String> shuffled = new ArrayList<>(byId.values());
    java.util.Collections.reverse(shuffled); // the Dataset's order is not the ids'
    lines = spark.createDataset(shuffled, Encoders.STRING()).repartition(3);
    facts = spark.read().schema(EventFactsSpark.schema()).json(lines);
  }

  private static List<String> commandLineMerge(IncidentMerger merger) {
    FactsLines read = FactsLines.of(new StringReader(String.join("\n", byId.values())), "facts.jsonl");
    IncidentJson json = new IncidentJson(MAPPER);
    return merger.merge(read).incidents().stream().map(json::writeLine).toList();
  }

  @Test
  void mergesRowsOfFactsIntoTheCommandLinesIncidentsLineForLine() {
    List<String> expected = commandLineMerge(IncidentMerger.create());

    List<String> merged = EventFactsSpark.mergeJson(facts, MergeOptions.defaults()).collectAsList();

    assertThat(merged).containsExactlyElementsOf(expected);
    assertThat(merged).anySatisfy(line -> assertThat(line).contains("\"members\":[{"));
    assertThat(expected.size()).isLessThan(byId.size() * 4); // some incidents hold several outlets
  }

  @Test
  void mergesJsonLinesAsTheCommandLineDoesUnderEitherRule() {
    IncidentMerger strictConservative =
        IncidentMerger.builder().figureRule(FigureRule.CONSERVATIVE).strict(true).build();
    MergeOptions options =
        MergeOptions.defaults().withFigureRule(FigureRule.CONSERVATIVE).withStrict(true);

    assertThat(EventFactsSpark.mergeJsonLines(lines, options).collectAsList())
        .containsExactlyElementsOf(commandLineMerge(strictConservative));
  }

  @Test
  void givesTypedRowsThatHoldTheJsonFieldByField() throws Exception {
    List<String> expected = commandLineMerge(IncidentMerger.create());

    List<Row> rows = EventFactsSpark.merge(facts, MergeOptions.defaults()).collectAsList();

    assertThat(rows).hasSameSizeAs(expected);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      differences.addAll(
          RowJsonDifferences.of(
              rows.get(i), EventFactsSpark.incidentSchema(), MAPPER.readTree(expected.get(i))));
    }
    assertThat(differences).isEmpty();
    List<Incident> incidents = IncidentMerger.create().merge(
        FactsLines.of(new StringReader(String.join("\n", byId.values())), "facts.jsonl")).incidents();
    assertThat(rows.stream().map(row -> row.<String>getAs("id")).toList())
        .containsExactlyElementsOf(incidents.stream().map(Incident::id).toList());
  }

  @Test
  void refusesMoreEventsThanTheDriverIsAllowed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> EventFactsSpark.mergeJson(facts, MergeOptions.defaults().withMaxEvents(3)))
        .withMessageContaining("more than 3 events");
  }
}
