package org.eventfacts.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventfacts.Document;
import org.eventfacts.FactType;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.merge.IncidentMerger;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.eventfacts.spark.EventFactsSpark;
import org.eventfacts.spark.testing.CommandLineJson;
import org.eventfacts.spark.testing.LocalSpark;
import org.eventfacts.spark.testing.RowJsonDifferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobTest {

  private final SparkSession spark = LocalSpark.session();

  @TempDir Path temp;

  @Test
  void writesTheCommandLinesJsonLinesForAFolderOfArticlesAndTheirIncidents() throws IOException {
    Path output = temp.resolve("facts");
    Path incidents = temp.resolve("incidents");

    ExtractJob.run(spark, JobArguments.parse(withCache(
        "--input", CommandLineJson.ARTICLES.toString(), "--output", output.toString(),
        "--format", "jsonl", "--merge", incidents.toString(), "--figure", "conservative")));

    assertThat(partLines(output))
        .containsExactlyInAnyOrderElementsOf(CommandLineJson.ofArticles().values());
    FactsLines inIdOrder =
        FactsLines.of(
            new StringReader(String.join("\n", new TreeMap<>(CommandLineJson.ofArticles()).values())),
            "facts.jsonl");
    IncidentJson json = new IncidentJson(new ObjectMapper());
    assertThat(partLines(incidents))
        .containsExactlyElementsOf(
            IncidentMerger.builder().figureRule(FigureRule.CONSERVATIVE).build()
                .merge(inIdOrder).incidents().stream().map(json::writeLine).toList());
  }

  private static List<String> partLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  @Test
  void writesTypedParquetOfTheChosenFactsDatedByTheSidecarsWithAnErrorForAFileThatIsNotText() throws IOException {
    Path input = Files.createDirectory(temp.resolve("articles"));
    List<String> ids = List.of("border-clash", "courthouse-plot");
    for (String id : ids) {
      Files.copy(CommandLineJson.ARTICLES.resolve(id + ".txt"), input.resolve(id + ".txt"));
    }
    Files.write(input.resolve("scan.txt"), new byte[] {'O', 'K', ' ', (byte) 0xFF, (byte) 0xFE});
    Files.writeString(
        input.resolve("border-clash.meta.json"),
        "{\"published\": \"2023-05-12\", \"title\": \"Clash at the border\"}");
    Path output = temp.resolve("facts");

    ExtractJob.run(spark, JobArguments.parse(withCache(
        "--input", input.toString(), "--output", output.toString(),
        "--facts", "CASUALTY,ARREST", "--partitions", "3")));

    Map<String, Row> rows =
        spark.read().parquet(output.toString()).collectAsList().stream()
            .collect(Collectors.toMap(row -> row.getAs("id"), row -> row));
    assertThat(rows).containsOnlyKeys("border-clash", "courthouse-plot", "scan");
    assertThat(rows.get("scan").<Row>getAs("error").<String>getAs("kind")).isEqualTo("DECODE");
    List<Document> documents =
        CommandLineJson.articles(CommandLineJson.ARTICLES).stream()
            .filter(d -> ids.contains(d.id()))
            .map(
                d ->
                    d.id().equals("border-clash")
                        ? new Document(d.id(), d.text(), LocalDate.of(2023, 5, 12), "Clash at the border")
                        : d)
            .toList();
    Map<String, String> expected =
        CommandLineJson.lines(documents, FactType.CASUALTY, FactType.ARREST);
    ObjectMapper mapper = new ObjectMapper();
    for (String id : ids) {
      assertThat(
              RowJsonDifferences.of(
                  rows.get(id), EventFactsSpark.schema(), mapper.readTree(expected.get(id))))
          .isEmpty();
      assertThat(rows.get(id).getList(rows.get(id).fieldIndex("quotes"))).isEmpty();
    }
  }

  private static String[] withCache(String... args) {
    String cache = CommandLineJson.annotationCache();
    if (cache == null) {
      return args;
    }
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--cache");
    all.add(cache);
    return all.toArray(String[]::new);
  }
}
