/**
 * eventfacts on Apache Spark: the facts of many documents, read on a cluster's executors with the
 * same extractor and the same JSON contract as the command line.
 *
 * <p>Start from {@link org.eventfacts.spark.EventFactsSpark}: {@code extract(documents, options)}
 * gives one row per document with the facts as typed nested columns, and {@code casualties},
 * {@code arrests}, {@code quotes}, {@code actors} and {@code events} give flat tables keyed by
 * document id. {@link org.eventfacts.spark.ExtractOptions} chooses the fact types and the length limit. The job for
 * {@code spark-submit} is {@link org.eventfacts.spark.job.ExtractJob}.
 */
@NullMarked
package org.eventfacts.spark;

import org.jspecify.annotations.NullMarked;
