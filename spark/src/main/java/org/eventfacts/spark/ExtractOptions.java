package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.jspecify.annotations.Nullable;

/**
 * How the executors read documents: which fact types, the longest text they accept, and an
 * optional directory (on each executor's local disk) where CoreNLP annotations are kept between
 * runs. Immutable and serializable: Spark ships it with each task, and each executor JVM builds
 * one extractor per distinct options value.
 *
 * <pre>{@code
 * ExtractOptions options = ExtractOptions.defaults()
 *     .withFacts(EnumSet.of(FactType.CASUALTY, FactType.ARREST))
 *     .withMaxTextLength(200_000);
 * }</pre>
 *
 * @param facts the fact types to read; not empty
 * @param maxTextLength texts longer than this many characters become {@code TOO_LONG} error rows
 * @param annotationCache a directory for cached CoreNLP annotations, or {@code null} for none
 */
public record ExtractOptions(
    Set<FactType> facts, int maxTextLength, @Nullable String annotationCache)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ExtractOptions {
    checkNotNull(facts, "facts");
    checkArgument(!facts.isEmpty(), "choose at least one fact type");
    facts = Sets.immutableEnumSet(facts);
    checkArgument(maxTextLength >= 1, "maxTextLength must be positive, got %s", maxTextLength);
  }

  /** Every fact type, the extractor's default length limit, no annotation cache. */
  public static ExtractOptions defaults() {
    return new ExtractOptions(
        EnumSet.allOf(FactType.class), FactExtractor.DEFAULT_MAX_TEXT_LENGTH, null);
  }

  /** These options, reading only {@code chosen}. */
  public ExtractOptions withFacts(Set<FactType> chosen) {
    return new ExtractOptions(chosen, maxTextLength, annotationCache);
  }

  /** These options, refusing texts longer than {@code characters}. */
  public ExtractOptions withMaxTextLength(int characters) {
    return new ExtractOptions(facts, characters, annotationCache);
  }

  /** These options, keeping annotations in {@code directory} on each executor. */
  public ExtractOptions withAnnotationCache(String directory) {
    return new ExtractOptions(facts, maxTextLength, checkNotNull(directory, "directory"));
  }

  /** A new extractor with these options; its models load on its first document. */
  FactExtractor newExtractor() {
    EnumSet<FactType> chosen = EnumSet.copyOf(facts);
    FactType first = chosen.iterator().next();
    chosen.remove(first);
    FactExtractor.Builder builder =
        FactExtractor.builder()
            .facts(first, chosen.toArray(FactType[]::new))
            .threads(1) // Spark runs one task per core; each task reads its documents in turn
            .maxTextLength(maxTextLength);
    if (annotationCache != null) {
      builder.annotationCache(Path.of(annotationCache));
    }
    return builder.build();
  }
}
