package org.eventfacts.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A directory of documents with gold facts: every {@code <id>.txt} (UTF-8 article text) beside
 * its {@code <id>.gold.json} and, where a feed gives one, its {@code <id>.meta.json} ({@code
 * {"published": "YYYY-MM-DD"}}), in order of id. Other files (a README, a list of sources) are
 * ignored.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.read(Path.of("../shared/corpus/seed"));
 * corpus.name()                 // "seed"
 * corpus.documents().get(0).id() // "kazakhstan-stern"
 * }</pre>
 *
 * @param name the directory's name
 * @param documents the documents, sorted by id
 */
public record Corpus(String name, List<CorpusDocument> documents) {

  private static final String TEXT = ".txt";
  private static final String GOLD = ".gold.json";
  private static final String META = ".meta.json";
  private static final ObjectMapper META_READER = new ObjectMapper();

  public Corpus {
    documents = ImmutableList.copyOf(documents);
  }

  /**
   * Reads every document of a corpus directory, checking that each text has its gold, each gold
   * its text, each gold file names its own id and each gold quote lies inside its text.
   *
   * @throws IllegalArgumentException when {@code directory} is not a directory
   * @throws InvalidGoldException when a file is missing or a gold file is malformed
   * @throws UncheckedIOException when a file cannot be read, or a text is not UTF-8
   */
  public static Corpus read(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("no corpus directory at " + directory.toAbsolutePath());
    }
    ImmutableSortedSet<String> texts = idsOfFilesEndingWith(directory, TEXT);
    ImmutableSortedSet<String> golds = idsOfFilesEndingWith(directory, GOLD);
    for (String id : texts) {
      if (!golds.contains(id)) {
        throw new InvalidGoldException(
            directory.resolve(id + TEXT) + " has no gold file " + id + GOLD + " beside it");
      }
    }
    for (String id : golds) {
      if (!texts.contains(id)) {
        throw new InvalidGoldException(
            directory.resolve(id + GOLD) + " has no text file " + id + TEXT + " beside it");
      }
    }
    ImmutableList.Builder<CorpusDocument> documents = ImmutableList.builder();
    for (String id : texts) {
      documents.add(document(directory, id));
    }
    Path name = directory.toAbsolutePath().normalize().getFileName();
    return new Corpus(name == null ? directory.toString() : name.toString(), documents.build());
  }

  private static CorpusDocument document(Path directory, String id) {
    Path goldFile = directory.resolve(id + GOLD);
    GoldDocument gold = GoldDocument.read(goldFile);
    if (!gold.id().equals(id)) {
      throw new InvalidGoldException(
          goldFile + ": \"id\" must be the file's name \"" + id + "\", got \"" + gold.id() + "\"");
    }
    String text = readText(directory.resolve(id + TEXT));
    for (Expectation expectation : gold.expectations()) {
      if (expectation instanceof ExpectedQuote quote && quote.span().end() > text.length()) {
        Span span = quote.span();
        throw new InvalidGoldException(
            goldFile + ": quote " + span + " runs past the end of a text of " + text.length()
                + " chars");
      }
    }
    return new CorpusDocument(id, text, gold, published(directory.resolve(id + META)));
  }

  /** The {@code published} day of a {@code <id>.meta.json} sidecar, or {@code null} without one. */
  private static @Nullable LocalDate published(Path metaFile) {
    if (!Files.isRegularFile(metaFile)) {
      return null;
    }
    try {
      JsonNode published = META_READER.readTree(Files.readString(metaFile, UTF_8)).get("published");
      return published == null || published.isNull() ? null : LocalDate.parse(published.asText());
    } catch (IOException e) {
      throw new InvalidGoldException(metaFile + ": not a readable JSON object: " + e.getMessage(), e);
    } catch (DateTimeParseException e) {
      throw new InvalidGoldException(
          metaFile + ": \"published\" must be an ISO day such as 2021-03-14", e);
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as UTF-8 text", e);
    }
  }

  private static ImmutableSortedSet<String> idsOfFilesEndingWith(Path directory, String suffix) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(suffix) && name.length() > suffix.length())
          .map(name -> name.substring(0, name.length() - suffix.length()))
          .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus directory " + directory, e);
    }
  }
}
