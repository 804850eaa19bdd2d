/**
 * The {@code spark-submit} job: {@link org.eventfacts.spark.job.ExtractJob} reads JSON Lines,
 * Parquet or a folder of {@code .txt} articles and writes one record per document, as typed
 * Parquet or as the command line's JSON Lines.
 */
@NullMarked
package org.eventfacts.spark.job;

import org.jspecify.annotations.NullMarked;
