package org.eventfacts.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eventfacts.FactExtractor;

/**
 * The extractors of this JVM, one per options value, built on first use and shared by every task
 * the executor runs: the CoreNLP models load once per executor, never per task or partition. A
 * {@code StanfordCoreNLP} pipeline is not serializable, so it never travels with a task; only the
 * options do.
 */
final class SharedExtractors {

  private static final ConcurrentMap<ExtractOptions, FactExtractor> BY_OPTIONS =
      new ConcurrentHashMap<>();

  private SharedExtractors() {}

  /**
   * The extractor for {@code options} in this JVM. Building it is cheap; its models load on its
   * first document, once, while concurrent tasks wait for them.
   */
  static FactExtractor forOptions(ExtractOptions options) {
    return BY_OPTIONS.computeIfAbsent(options, ExtractOptions::newExtractor);
  }
}
