package org.eventfacts.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the job's input as a Dataset of documents ({@code id}, {@code text}, {@code published}
 * and {@code title}), as the command line reads the same files. A folder of {@code .txt} files is
 * read as bytes and decoded on the executors, so that a file that is not UTF-8 becomes an error
 * record rather than a failed job; its documents are named by the file name without {@code
 * .txt}, and take their publication date and title from an {@code <id>.meta.json} beside them
 * ({@code {"published": "2024-03-10", "title": "..."}}).
 *
 * <pre>{@code
 * Dataset<Row> documents = JobInput.read(spark, "testdata/articles", null);
 * }</pre>
 */
final class JobInput {

  /** The columns a JSON Lines input may have; any others are ignored. */
  static final StructType JSON_LINES =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("title", DataTypes.StringType);

  private static final String SIDECAR = ".meta.json";

  private static final StructType SIDECAR_FIELDS =
      new StructType().add("published", DataTypes.StringType).add("title", DataTypes.StringType);

  private static final UserDefinedFunction FILE_ID =
      udf((UDF1<String, String>) JobInput::idOfFile, DataTypes.StringType);

  private static final UserDefinedFunction SIDECAR_ID =
      udf((UDF1<String, String>) JobInput::idOfSidecar, DataTypes.StringType);

  private JobInput() {}

  /**
   * The documents at {@code path}.
   *
   * @param format the input's format, or {@code null} to tell it from the file names
   * @throws IllegalArgumentException if the path does not exist or its format cannot be told
   */
  static Dataset<Row> read(SparkSession spark, String path, @Nullable InputFormat format) {
    InputFormat actual = format == null ? formatOf(spark, path) : format;
    return switch (actual) {
      case JSONL -> spark.read().schema(JSON_LINES).json(path);
      case PARQUET -> spark.read().parquet(path);
      case TXT -> textFiles(spark, path);
    };
  }

  /**
   * The {@code .txt} files at {@code path} as bytes, each with the publication date and title of
   * its {@code <id>.meta.json} sidecar where the folder has one. A sidecar that is not a JSON
   * object is ignored (the command line makes it a DECODE error); a {@code published} value that
   * is not a day is a DECODE error, as there.
   */
  private static Dataset<Row> textFiles(SparkSession spark, String path) {
    Dataset<Row> texts =
        files(spark, path, "*.txt")
            .select(FILE_ID.apply(col("path")).as("id"), col("content").as("text"));
    if (!isDirectory(spark, path)) {
      return texts;
    }
    Dataset<Row> sidecars =
        files(spark, path, "*" + SIDECAR)
            .select(
                SIDECAR_ID.apply(col("path")).as("sidecarId"),
                from_json(col("content").cast("string"), SIDECAR_FIELDS).as("meta"));
    return texts
        .join(sidecars, texts.col("id").equalTo(sidecars.col("sidecarId")), "left_outer")
        .select(
            col("id"),
            col("text"),
            col("meta.published").as("published"),
            col("meta.title").as("title"));
  }

  private static Dataset<Row> files(SparkSession spark, String path, String glob) {
    return spark.read().format("binaryFile").option("pathGlobFilter", glob).load(path);
  }

  /** The id of a sidecar's article: its name without {@code .meta.json}. */
  static String idOfSidecar(String path) {
    String name = new Path(path).getName();
    return name.endsWith(SIDECAR) ? name.substring(0, name.length() - SIDECAR.length()) : name;
  }

  private static boolean isDirectory(SparkSession spark, String location) {
    Path path = new Path(location);
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration())
          .getFileStatus(path)
          .isDirectory();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /** The id the command line gives a file: its name without {@code .txt}. */
  static String idOfFile(String path) {
    String name = new Path(path).getName();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static InputFormat formatOf(SparkSession spark, String location) {
    Path path = new Path(location);
    try {
      FileSystem files = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!files.exists(path)) {
        throw new IllegalArgumentException("no such file or folder: " + location);
      }
      FileStatus status = files.getFileStatus(path);
      if (status.isFile()) {
        InputFormat format = InputFormat.ofFileName(path.getName());
        return format == null ? InputFormat.JSONL : format;
      }
      InputFormat found = null;
      for (FileStatus file : files.listStatus(path)) {
        InputFormat format = file.isFile() ? InputFormat.ofFileName(file.getPath().getName()) : null;
        if (format == InputFormat.PARQUET) {
          return format;
        }
        if (format != null && (found == null || format.compareTo(found) > 0)) {
          found = format; // a folder of .txt articles may also hold .json sidecars: .txt wins
        }
      }
      if (found == null) {
        throw new IllegalArgumentException(
            "cannot tell the format of "
                + location
                + ": it holds no .jsonl, .json, .parquet or .txt file; pass --input-format");
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }
}
