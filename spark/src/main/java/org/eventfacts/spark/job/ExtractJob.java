package org.eventfacts.spark.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.eventfacts.spark.EventFactsSpark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code spark-submit} job: reads documents, extracts their facts on the executors and writes
 * one record per document, as typed Parquet or as the command line's JSON Lines.
 *
 * <pre>{@code
 * spark-submit --class org.eventfacts.spark.job.ExtractJob --jars "$(cat spark/target/job-jars.txt)" \
 *     spark/target/eventfacts-spark.jar --input hdfs:///news/2024/ --output hdfs:///facts/2024/
 * }</pre>
 *
 * <p>Run without {@code spark-submit} (as {@code spark/bin/extract-local} does), {@code --master
 * local[N]} starts a Spark of N threads in this JVM.
 */
public final class ExtractJob {

  private static final Logger log = LoggerFactory.getLogger(ExtractJob.class);

  private ExtractJob() {}

  /** Runs the job; exits with 2 on a bad command line. */
  public static void main(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(JobArguments.USAGE);
      return;
    }
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(JobArguments.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("eventfacts extract");
    if (arguments.master() != null) {
      builder.master(arguments.master());
      if (arguments.master().startsWith("local")) {
        loadModelsMeanwhile(arguments);
      }
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, arguments);
    } finally {
      spark.stop();
    }
  }

  /**
   * In local mode this JVM is the executor: it loads the models (seconds of CPU) while Spark
   * starts and reads the input (mostly waiting), rather than in the first task. A failure to load
   * is left for the first task to meet and report per document.
   */
  private static void loadModelsMeanwhile(JobArguments arguments) {
    Thread loader =
        new Thread(
            () -> {
              try {
                EventFactsSpark.warmUp(arguments.options());
              } catch (RuntimeException | OutOfMemoryError e) {
                log.warn("loading the models ahead of the first task failed: {}", e.toString());
              }
            },
            "eventfacts-warm-up");
    loader.setDaemon(true);
    loader.start();
  }

  /** Reads, extracts and writes as {@code arguments} say, in {@code spark}. */
  static void run(SparkSession spark, JobArguments arguments) {
    long start = System.nanoTime();
    Dataset<Row> documents =
        partitioned(
            spark,
            JobInput.read(spark, arguments.input(), arguments.inputFormat()),
            arguments.partitions());
    SaveMode mode = arguments.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    switch (arguments.format()) {
      case PARQUET ->
          EventFactsSpark.extract(documents, arguments.options())
              .write()
              .mode(mode)
              .parquet(arguments.output());
      case JSONL -> {
        EventFactsSpark.extractJson(documents, arguments.options())
            .write()
            .mode(mode)
            .text(arguments.output());
        renamePartFiles(spark, arguments.output(), ".txt", ".jsonl");
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Summary summary = summarize(spark, arguments);
    log.info(
        "wrote {} documents ({} errors) to {} in {} ms",
        summary.documents(),
        summary.errors(),
        arguments.output(),
        millis);
    if (arguments.merge() != null) {
      merge(spark, arguments, mode);
    }
  }

  /**
   * Merges the events of the facts just written (read back, not extracted again) into incidents,
   * written as the command line's {@code merge} writes them.
   */
  private static void merge(SparkSession spark, JobArguments arguments, SaveMode mode) {
    long start = System.nanoTime();
    String folder = java.util.Objects.requireNonNull(arguments.merge());
    Dataset<String> incidents =
        arguments.format() == OutputFormat.PARQUET
            ? EventFactsSpark.mergeJson(
                spark.read().parquet(arguments.output()), arguments.mergeOptions())
            : EventFactsSpark.mergeJsonLines(
                spark.read().textFile(arguments.output()), arguments.mergeOptions());
    incidents.coalesce(1).write().mode(mode).text(folder);
    renamePartFiles(spark, folder, ".txt", ".jsonl");
    log.info(
        "merged the events into incidents in {} ({} ms)",
        folder,
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The documents in enough partitions for every core to stay busy to the end: a partition's
   * documents are read one after another, and the last partitions to finish leave cores idle.
   */
  private static Dataset<Row> partitioned(
      SparkSession spark, Dataset<Row> documents, int partitions) {
    if (partitions > 0) {
      return documents.repartition(partitions);
    }
    int enough = 8 * spark.sparkContext().defaultParallelism();
    return documents.rdd().getNumPartitions() < enough ? documents.repartition(enough) : documents;
  }

  private record Summary(long documents, long errors) {}

  private static Summary summarize(SparkSession spark, JobArguments arguments) {
    StructType idAndError =
        new StructType().add("id", "string").add("error", "struct<kind:string,message:string>");
    Dataset<Row> written =
        arguments.format() == OutputFormat.PARQUET
            ? spark.read().parquet(arguments.output()).select("id", "error")
            : spark.read().schema(idAndError).json(arguments.output());
    written = written.cache();
    Summary summary = new Summary(written.count(), written.where("error IS NOT NULL").count());
    written.unpersist();
    return summary;
  }

  /** Gives the text writer's part files the extension of what they hold. */
  private static void renamePartFiles(SparkSession spark, String output, String from, String to) {
    Path folder = new Path(output);
    try {
      FileSystem files = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus file : files.listStatus(folder)) {
        String name = file.getPath().getName();
        if (name.startsWith("part-") && name.endsWith(from)) {
          Path renamed = new Path(folder, name.substring(0, name.length() - from.length()) + to);
          if (!files.rename(file.getPath(), renamed)) {
            throw new IOException("cannot rename " + file.getPath() + " to " + renamed);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the part files of " + output, e);
    }
  }
}
