package org.eventfacts.spark.job;

/** How the job writes its results. */
enum OutputFormat {
  /** Parquet files of {@link org.eventfacts.spark.EventFactsSpark#schema()}: typed, columnar. */
  PARQUET,
  /** JSON Lines part files whose records are those of the command line's {@code extract}. */
  JSONL
}
