package org.eventfacts.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.EventFacts;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that configure the extractor, shared by {@code extract} and {@code evaluate}. */
final class ExtractorOptions {

  @Option(
      names = "--facts",
      split = ",",
      paramLabel = "TYPE",
      description = "Fact types to read: ${COMPLETION-CANDIDATES} (default: all).")
  private @Nullable List<FactType> facts;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Documents read at once, each on one thread (default: one per core, and a document read"
              + " alone is annotated in two halves side by side).")
  private @Nullable Integer threads;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Keep CoreNLP annotations in DIR and reuse them for texts seen before.")
  private @Nullable Path cache;

  @Option(
      names = "--max-length",
      paramLabel = "CHARS",
      description =
          "Refuse texts longer than CHARS characters with a TOO_LONG record (default: no limit;"
              + " texts over 100,000 characters are read in paragraph-aligned chunks).")
  private @Nullable Integer maxLength;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description =
          "CPU seconds a document may take per 100,000 characters begun before it gets a TIMEOUT"
              + " record (default: 15; 0 for none).")
  private @Nullable Double timeLimit;

  /** The fact types asked for: all when {@code --facts} is absent. */
  Set<FactType> facts() {
    return facts == null || facts.isEmpty() ? EnumSet.allOf(FactType.class) : EnumSet.copyOf(facts);
  }

  /** The value of {@code --threads}, or one per core when it is absent. */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  FactExtractor build() {
    return build(facts());
  }

  /** An extractor for {@code types}, with the other options as given. */
  FactExtractor build(Set<FactType> types) {
    FactExtractor.Builder builder = EventFacts.builder();
    if (threads != null) {
      builder.threads(threads); // a chosen number: each document stays on its thread
    }
    if (maxLength != null) {
      builder.maxTextLength(maxLength);
    }
    if (timeLimit != null) {
      if (timeLimit <= 0) {
        builder.noTimeLimit();
      } else {
        builder.timeLimit(Duration.ofMillis(Math.round(timeLimit * 1000)));
      }
    }
    EnumSet<FactType> chosen = EnumSet.copyOf(types);
    FactType first = chosen.iterator().next();
    chosen.remove(first);
    builder.facts(first, chosen.toArray(FactType[]::new));
    if (cache != null) {
      builder.annotationCache(cache);
    }
    return builder.build();
  }
}
