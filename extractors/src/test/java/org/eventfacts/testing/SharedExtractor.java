package org.eventfacts.testing;

import org.eventfacts.FactExtractor;
import org.eventfacts.fact.DocumentFacts;

/**
 * The one extractor every test of this module shares, so that a test JVM loads the CoreNLP models
 * once (surefire runs all test classes of a module in one JVM).
 */
public final class SharedExtractor {

  private static final FactExtractor EXTRACTOR = FactExtractor.builder().threads(2).build();

  private SharedExtractor() {}

  /** The shared extractor, reading every fact type. */
  public static FactExtractor extractor() {
    return EXTRACTOR;
  }

  /** The facts of {@code text}. */
  public static DocumentFacts facts(String text) {
    return EXTRACTOR.extract("test", text);
  }
}
