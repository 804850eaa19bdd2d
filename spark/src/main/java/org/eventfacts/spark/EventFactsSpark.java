package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.eventfacts.merge.Incident;

/**
 * The facts of a Dataset of documents, read on the executors: one row per document, with the
 * facts in typed nested columns that mirror the JSON contract, or flat tables of one fact kind.
 *
 * <pre>{@code
 * Dataset<Row> documents = spark.read().json("articles.jsonl");   // id, text[, published, title]
 * Dataset<Row> facts = EventFactsSpark.extract(documents, ExtractOptions.defaults())
 *     .persist(StorageLevel.MEMORY_AND_DISK());                  // extract once, read many times
 * facts.where("error IS NULL").select("id", "casualties.count.value").show();
 * EventFactsSpark.events(facts).where("position = 0")            // each document's main event
 *     .select("documentId", "dateValue", "placeName", "placeCountryCode", "killedValue").show();
 * }</pre>
 *
 * <p>Input columns: {@code id} (string) and {@code text} (string, or binary decoded as UTF-8 on
 * the executors), optionally {@code published} (date, or string {@code YYYY-MM-DD}) and {@code
 * title} (string). Each executor JVM builds one extractor on its first task and shares it with
 * every later task, so the CoreNLP models load once per executor. A document that cannot be read
 * (bytes that are not UTF-8, a text over the length limit, a failure inside CoreNLP) gives a row
 * with {@code error.kind} and {@code error.message} and no facts; it never fails the stage.
 *
 * <p>The extraction runs again each time a result is computed: {@code persist()} the facts (or
 * write them) before deriving several tables from them, and sort only after that.
 */
public final class EventFactsSpark {

  private EventFactsSpark() {}

  /**
   * The schema of {@link #extract}'s rows: {@code id}, {@code error} (kind, message; null for a
   * document that was read), then {@code casualties}, {@code arrests}, {@code quotes}, {@code
   * actors} and {@code events} (null for a document that failed), named and nested as in the
   * JSON contract.
   */
  public static StructType schema() {
    return FactsSchema.DOCUMENT;
  }

  /** Every fact of every document, with default options. */
  public static Dataset<Row> extract(Dataset<Row> documents) {
    return extract(documents, ExtractOptions.defaults());
  }

  /**
   * One row per document, in the partitions and order of {@code documents}, of {@link #schema()}.
   *
   * @throws IllegalArgumentException if {@code documents} lacks {@code id} or {@code text}, or a
   *     column has a type that cannot be read
   */
  public static Dataset<Row> extract(Dataset<Row> documents, ExtractOptions options) {
    PartitionExtraction extraction = extraction(documents, options);
    return documents.mapPartitions(
        (MapPartitionsFunction<Row, Row>) extraction::rows, Encoders.row(FactsSchema.DOCUMENT));
  }

  /**
   * One line of the JSON contract per document, exactly as the command line's {@code extract}
   * writes it (error records included): for {@code dataset.write().text(dir)}.
   */
  public static Dataset<String> extractJson(Dataset<Row> documents, ExtractOptions options) {
    PartitionExtraction extraction = extraction(documents, options);
    return documents.mapPartitions(
        (MapPartitionsFunction<Row, String>) extraction::jsonLines, Encoders.STRING());
  }

  /**
   * One row per casualty count of {@code facts} (a result of {@link #extract}): {@code
   * documentId}, {@code position}, {@code id}, {@code eventId}, {@code outcome}, {@code countText}, {@code countValue}, {@code
   * countMin}, {@code countMax}, {@code countQualifier}, {@code victims}, {@code victimsId}, ...,
   * {@code hedged}, {@code spanStart}, {@code spanEnd}, {@code sentence}, {@code rule}.
   */
  public static Dataset<Row> casualties(Dataset<Row> facts) {
    return FlatTables.of(facts, "casualties");
  }

  /** One row per arrest of {@code facts}, keyed by {@code documentId} and {@code position}. */
  public static Dataset<Row> arrests(Dataset<Row> facts) {
    return FlatTables.of(facts, "arrests");
  }

  /** One row per quote of {@code facts}, keyed by {@code documentId} and {@code position}. */
  public static Dataset<Row> quotes(Dataset<Row> facts) {
    return FlatTables.of(facts, "quotes");
  }

  /**
   * One row per event of {@code facts}, the main one of each document at {@code position} 0:
   * {@code documentId}, {@code position}, {@code id}, the date ({@code dateText}, {@code
   * dateValue}, {@code datePrecision}, {@code dateInferred}, ...), the place ({@code placeName},
   * {@code placeRegion}, {@code placeCountryCode}, {@code placeLat}, {@code placeLon}, ...), the
   * totals ({@code killedValue}, {@code killedMin}, {@code killedMax}, {@code killedRule}, {@code
   * killedFacts}, and so for {@code injured}, {@code missing} and {@code arrested}), {@code
   * facts}, {@code spanStart} and {@code spanEnd}.
   */
  public static Dataset<Row> events(Dataset<Row> facts) {
    return FlatTables.of(facts, "events");
  }

  /**
   * One row per actor of {@code facts}: {@code documentId}, {@code position}, the actor's {@code
   * id}, {@code name}, {@code kind}, {@code titles}, {@code affiliation} and {@code mentions}.
   */
  public static Dataset<Row> actors(Dataset<Row> facts) {
    return FlatTables.of(facts, "actors");
  }

  /**
   * The schema of {@link #merge}'s rows: the fields of the command line's {@code merge} JSON,
   * {@code id}, {@code date}, {@code place}, {@code killed}, {@code injured}, {@code missing},
   * {@code arrested}, {@code members}, {@code reports} and {@code conflicts}, nested as there.
   */
  public static StructType incidentSchema() {
    return IncidentsSchema.INCIDENT;
  }

  /**
   * The incidents of the events of {@code facts} (rows of {@link #extract}, or the job's Parquet
   * read back), one row per incident of {@link #incidentSchema()}: what the command line's {@code
   * merge} writes for the same documents as JSON Lines in order of their ids.
   *
   * <pre>{@code
   * Dataset<Row> incidents = EventFactsSpark.merge(spark.read().parquet("facts/"),
   *     MergeOptions.defaults().withFigureRule(FigureRule.CONSERVATIVE));
   * incidents.where("size(members) > 1").select("id", "place.name", "killed.value").show();
   * }</pre>
   *
   * <p>The executors cut each document down to what the merge reads and sort the documents by
   * id; the merge itself runs on the driver, because which reports join depends on the whole feed
   * (joins are made best first across all blocks, a tie by people crosses regions, a headline word
   * counts only when rare in the feed). The driver reads the documents one partition at a time
   * and holds one compact profile per event, then the incidents: at most {@link
   * MergeOptions#maxEvents()} events, more fail the merge with a message before they fill its
   * heap. Merge a feed larger than that by time window (a month at a time: few incidents are
   * reported across months) or by country.
   *
   * @throws IllegalArgumentException if {@code facts} has no {@code id} column
   * @throws IllegalStateException if there are more than {@code options.maxEvents()} events
   */
  public static Dataset<Row> merge(Dataset<Row> facts, MergeOptions options) {
    checkNotNull(facts, "facts");
    checkNotNull(options, "options");
    List<Incident> incidents = DriverMerge.incidents(DriverMerge.linesOfRows(facts), options);
    return facts.sparkSession().createDataFrame(DriverMerge.rows(incidents), IncidentsSchema.INCIDENT);
  }

  /**
   * The incidents of {@code facts} as the command line's {@code merge} writes them, one JSON line
   * each, in the merge's order (see {@link #merge}): for {@code dataset.write().text(dir)}.
   */
  public static Dataset<String> mergeJson(Dataset<Row> facts, MergeOptions options) {
    checkNotNull(facts, "facts");
    checkNotNull(options, "options");
    List<Incident> incidents = DriverMerge.incidents(DriverMerge.linesOfRows(facts), options);
    return facts.sparkSession().createDataset(DriverMerge.jsonLines(incidents), Encoders.STRING());
  }

  /**
   * The incidents of extract's JSON Lines ({@link #extractJson}'s output, or the job's {@code
   * --format jsonl} files read with {@code spark.read().textFile(dir)}), one JSON line each, as
   * {@link #mergeJson}.
   */
  public static Dataset<String> mergeJsonLines(Dataset<String> lines, MergeOptions options) {
    checkNotNull(lines, "lines");
    checkNotNull(options, "options");
    List<Incident> incidents = DriverMerge.incidents(DriverMerge.linesOfJson(lines), options);
    return lines.sparkSession().createDataset(DriverMerge.jsonLines(incidents), Encoders.STRING());
  }

  /**
   * Loads the models of {@code options} in this JVM now, into the extractor its tasks will share.
   * Only useful where this JVM runs tasks: a {@code local[N]} master, whose driver is its executor,
   * can load them while Spark starts and reads the input, instead of in its first task.
   */
  public static void warmUp(ExtractOptions options) {
    SharedExtractors.forOptions(checkNotNull(options, "options")).warmUp();
  }

  private static PartitionExtraction extraction(Dataset<Row> documents, ExtractOptions options) {
    checkNotNull(documents, "documents");
    checkNotNull(options, "options");
    return new PartitionExtraction(options, InputColumns.of(documents.schema()));
  }
}
