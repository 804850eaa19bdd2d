package org.eventfacts.service;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.eventfacts.EventFacts;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;

/**
 * The real extractors, one set per test JVM (the CoreNLP models load once), with a text limit
 * low enough for a test to pass it. {@code -Deventfacts.annotationCache=DIR} reuses annotations.
 */
public final class RealExtractors {

  /** Texts longer than this are refused, so that a test can send one. */
  public static final int MAX_TEXT_LENGTH = 20_000;

  private static final Supplier<Extractors> SHARED =
      Suppliers.memoize(
          () -> {
            Extractors extractors =
                Extractors.of(EnumSet.allOf(FactType.class), RealExtractors::extractor);
            extractors.warmUp();
            return extractors;
          });

  private static final Supplier<Extractors> UNCACHED =
      Suppliers.memoize(
          () -> {
            Extractors extractors =
                Extractors.of(EnumSet.allOf(FactType.class), facts -> extractor(facts, false));
            extractors.warmUp();
            return extractors;
          });

  private RealExtractors() {}

  /** Extractors that never reuse an annotation, for measuring: the models are still shared. */
  public static Extractors uncached() {
    return UNCACHED.get();
  }

  /** The shared extractors, models loaded. */
  public static Extractors shared() {
    return SHARED.get();
  }

  /** An extractor for {@code facts}, configured as the shared ones are. */
  public static FactExtractor extractor(Set<FactType> facts) {
    return extractor(facts, true);
  }

  private static FactExtractor extractor(Set<FactType> facts, boolean cached) {
    EnumSet<FactType> chosen = EnumSet.copyOf(facts);
    FactType first = chosen.iterator().next();
    chosen.remove(first);
    FactExtractor.Builder builder =
        EventFacts.builder()
            .facts(first, chosen.toArray(FactType[]::new))
            .threads(1)
            .maxTextLength(MAX_TEXT_LENGTH);
    String cache = System.getProperty("eventfacts.annotationCache");
    if (cached && cache != null && !cache.isBlank()) {
      builder.annotationCache(Path.of(cache));
    }
    return builder.build();
  }
}
