package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The gold facts of one document: what a good extractor must find in it, and for which types
 * that list is complete, so that precision can be counted.
 *
 * <pre>{@code
 * GoldDocument gold = GoldDocument.read(Path.of("corpus/seed/kazakhstan-stern.gold.json"));
 * gold.isExhaustive(FactType.ACTOR)   // true
 * gold.expectations(FactType.QUOTE)   // the DIRECT and PARTIAL quotes
 * }</pre>
 *
 * @param id the document's id, the name its {@code .txt} and {@code .gold.json} share
 * @param exhaustive the types whose every instance is listed; precision is counted for these
 * @param expectations the facts the text states, in the gold file's order
 */
public record GoldDocument(String id, Set<FactType> exhaustive, List<Expectation> expectations) {

  public GoldDocument {
    checkArgument(id != null && !id.isBlank(), "a gold document needs an id");
    exhaustive = Sets.immutableEnumSet(exhaustive);
    expectations = ImmutableList.copyOf(expectations);
  }

  /**
   * Reads a {@code <id>.gold.json} file.
   *
   * @throws InvalidGoldException naming the file and the field, when the file is not valid gold
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static GoldDocument read(Path file) {
    return GoldReader.read(file);
  }

  /**
   * Reads gold from a JSON string; {@code source} names it in error messages.
   *
   * @throws InvalidGoldException naming the source and the field, when the JSON is not valid gold
   */
  public static GoldDocument parse(String json, String source) {
    return GoldReader.parse(json, source);
  }

  /** Whether every fact of this type in the text is listed, so that precision is counted. */
  public boolean isExhaustive(FactType type) {
    return exhaustive.contains(type);
  }

  /** The expectations scored as {@code type}, in the gold file's order. */
  public ImmutableList<Expectation> expectations(FactType type) {
    return expectations.stream()
        .filter(e -> e.type() == type)
        .collect(ImmutableList.toImmutableList());
  }
}
