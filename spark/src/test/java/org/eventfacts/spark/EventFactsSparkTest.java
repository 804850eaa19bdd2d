package org.eventfacts.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.eventfacts.Document;
import org.eventfacts.spark.testing.CommandLineJson;
import org.eventfacts.spark.testing.LocalSpark;
import org.eventfacts.spark.testing.RowJsonDifferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventFactsSparkTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static SparkSession spark;
  private static List<Document> articles;
  private static Map<String, String> commandLine;
  private static Dataset<Row> facts;

  @BeforeAll
  static void extractTheArticlesOnceOnSparkAndOnceAsTheCommandLineDoes() {
    spark = LocalSpark.session();
    articles = CommandLineJson.articles(CommandLineJson.ARTICLES);
    commandLine = CommandLineJson.ofArticles();
    List<Row> rows = new ArrayList<>();
    for (Document article : articles) {
      rows.add(
          RowFactory.create(
              article.id(),
              article.text(),
              article.published() == null ? null : article.published().toString(),
              article.title()));
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("title", DataTypes.StringType);
    Dataset<Row> documents = spark.createDataFrame(rows, schema).repartition(4);
    facts = EventFactsSpark.extract(documents, options()).persist(StorageLevel.MEMORY_ONLY());
  }

  @AfterAll
  static void releaseTheFacts() {
    facts.unpersist();
  }

  @Test
  void givesEveryArticleTheFactsTheCommandLineWritesFieldByField() throws Exception {
    List<Row> rows = facts.collectAsList();

    assertThat(rows).extracting(row -> row.<String>getAs("id"))
        .containsExactlyInAnyOrderElementsOf(commandLine.keySet());
    List<String> differences = new ArrayList<>();
    for (Row row : rows) {
      JsonNode expected = MAPPER.readTree(commandLine.get(row.<String>getAs("id")));
      differences.addAll(RowJsonDifferences.of(row, EventFactsSpark.schema(), expected));
    }
    assertThat(differences).isEmpty();
    assertThat(rows).allSatisfy(row -> assertThat(row.<Row>getAs("error")).isNull());
  }

  @Test
  void givesOneCasualtyRowPerCasualtyKeyedByDocument() {
    Map<String, Long> perDocument =
        EventFactsSpark.casualties(facts).groupBy("documentId").count().collectAsList().stream()
            .collect(Collectors.toMap(row -> row.getString(0), row -> row.getLong(1)));
    long total = facts.selectExpr("sum(size(casualties))").first().getLong(0);

    assertThat(perDocument.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    assertThat(total).isPositive();
    assertThat(EventFactsSpark.casualties(facts).columns())
        .startsWith("documentId", "position", "id", "eventId", "outcome", "countText", "countValue")
        .contains("victimsId", "spanStart", "spanEnd", "sentence", "rule");
  }

  @Test
  void givesFlatTablesOfArrestsQuotesActorsAndEvents() {
    assertThat(EventFactsSpark.arrests(facts).count())
        .isEqualTo(facts.selectExpr("sum(size(arrests))").first().getLong(0));
    assertThat(EventFactsSpark.quotes(facts).count())
        .isEqualTo(facts.selectExpr("sum(size(quotes))").first().getLong(0));
    Dataset<Row> actors = EventFactsSpark.actors(facts);
    assertThat(actors.count()).isEqualTo(facts.selectExpr("sum(size(actors))").first().getLong(0));
    assertThat(actors.columns()).contains("documentId", "id", "name", "titles", "mentions");
    Dataset<Row> events = EventFactsSpark.events(facts);
    assertThat(events.count()).isEqualTo(facts.selectExpr("sum(size(events))").first().getLong(0));
    assertThat(events.columns())
        .contains("documentId", "id", "dateValue", "placeCountryCode", "killedValue", "killedFacts");
  }

  @Test
  void turnsUndecodableAndOverlongDocumentsIntoErrorRowsAndReadsTheRest() throws Exception {
    String shortReport = "Two people were killed and five injured when a bus overturned, police said.";
    String otherReport = "Police arrested three men after a raid on a warehouse in the port on Sunday.";
    byte[] notUtf8 = {'A', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b'};
    String overlong = "Rain fell. ".repeat(600);
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);
    List<Row> rows =
        List.of(
            RowFactory.create("short", shortReport.getBytes(StandardCharsets.UTF_8)),
            RowFactory.create("garbled", notUtf8),
            RowFactory.create("overlong", overlong.getBytes(StandardCharsets.UTF_8)),
            RowFactory.create("empty", null),
            RowFactory.create("other", otherReport.getBytes(StandardCharsets.UTF_8)));
    ExtractOptions limited = options().withMaxTextLength(5_000);

    Map<String, Row> byId =
        EventFactsSpark.extract(spark.createDataFrame(rows, schema).repartition(2), limited)
            .collectAsList().stream()
            .collect(Collectors.toMap(row -> row.getAs("id"), row -> row));

    assertThat(byId).containsOnlyKeys("short", "garbled", "overlong", "empty", "other");
    assertThat(errorKind(byId.get("garbled"))).isEqualTo("DECODE");
    assertThat(byId.get("garbled").<Row>getAs("error").getString(1)).contains("byte 2");
    assertThat(errorKind(byId.get("overlong"))).isEqualTo("TOO_LONG");
    assertThat(errorKind(byId.get("empty"))).isEqualTo("DECODE");
    assertThat(byId.get("garbled").<Object>getAs("casualties")).isNull();
    Map<String, String> expected =
        CommandLineJson.lines(
            List.of(Document.of("short", shortReport), Document.of("other", otherReport)));
    for (String id : List.of("short", "other")) {
      assertThat(
              RowJsonDifferences.of(
                  byId.get(id), EventFactsSpark.schema(), MAPPER.readTree(expected.get(id))))
          .isEmpty();
    }
    assertThat(byId.get("short").getList(byId.get("short").fieldIndex("casualties"))).isNotEmpty();
  }

  @Test
  void refusesDocumentsWithoutATextColumn() {
    Dataset<Row> noText = spark.sql("SELECT 'a' AS id, 'b' AS body");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> EventFactsSpark.extract(noText))
        .withMessageContaining("id and text");
  }

  private static String errorKind(Row row) {
    Row error = row.getAs("error");
    return error == null ? null : error.getString(0);
  }

  private static ExtractOptions options() {
    String cache = CommandLineJson.annotationCache();
    return cache == null
        ? ExtractOptions.defaults()
        : ExtractOptions.defaults().withAnnotationCache(cache);
  }
}
