package org.eventfacts.testing;

import java.util.EnumSet;
import org.eventfacts.FactExtractor;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.text.ParsedText;

/**
 * The one extractor every test of this module shares, so that a test JVM loads the CoreNLP models
 * once (surefire runs all test classes of a module in one JVM).
 */
public final class SharedExtractor {

  private static final FactExtractor EXTRACTOR = FactExtractor.builder().threads(2).build();

  /** The same annotators as the extractor's, so CoreNLP's model pool serves both from one load. */
  private static final Pipeline PIPELINE = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));

  private SharedExtractor() {}

  /** The shared extractor, reading every fact type. */
  public static FactExtractor extractor() {
    return EXTRACTOR;
  }

  /** {@code text} annotated as the extractor annotates it, for tests of one reader. */
  public static ParsedText parse(String text) {
    return ParsedText.of(PIPELINE.annotate(text));
  }

  /** The facts of {@code text}. */
  public static DocumentFacts facts(String text) {
    return EXTRACTOR.extract("test", text);
  }
}
