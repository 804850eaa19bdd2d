package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

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
