package org.eventfacts.spark.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.eventfacts.Document;
import org.eventfacts.EventFacts;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.eventfacts.json.FactsJson;

/**
 * What the command line's {@code extract} writes for the same documents: the same extractor
 * ({@code extractAll} on two threads), the same JSON writer, the same line for each document. The
 * models are shared with the Spark executors of the test JVM, so they load once.
 */
public final class CommandLineJson {

  /** The project's own articles, written for it (see testdata/articles/README.md). */
  public static final Path ARTICLES = Path.of("../testdata/articles");

  private static final com.google.common.base.Supplier<ImmutableMap<String, String>> OF_ARTICLES =
      com.google.common.base.Suppliers.memoize(() -> lines(articles(ARTICLES)));

  private CommandLineJson() {}

  /** The JSON line of each of the project's articles, by id, every fact type; computed once. */
  public static ImmutableMap<String, String> ofArticles() {
    return OF_ARTICLES.get();
  }

  /**
   * The articles of {@code folder} as the command line reads them: by file name, as UTF-8, with
   * the publication date and title of an {@code <id>.meta.json} beside them.
   */
  public static ImmutableList<Document> articles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      ImmutableList.Builder<Document> documents = ImmutableList.builder();
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path meta = file.resolveSibling(id + ".meta.json");
        if (Files.isRegularFile(meta)) {
          JsonNode sidecar = new ObjectMapper().readTree(Files.readString(meta, StandardCharsets.UTF_8));
          documents.add(
              new Document(
                  id,
                  text,
                  sidecar.hasNonNull("published")
                      ? LocalDate.parse(sidecar.get("published").asText())
                      : null,
                  sidecar.hasNonNull("title") ? sidecar.get("title").asText() : null));
        } else {
          documents.add(Document.of(id, text));
        }
      }
      return documents.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON line of each document, by id, for the given fact types. */
  public static ImmutableMap<String, String> lines(List<Document> documents, FactType... facts) {
    FactExtractor.Builder builder = EventFacts.builder().threads(2);
    if (facts.length > 0) {
      builder.facts(facts[0], java.util.Arrays.copyOfRange(facts, 1, facts.length));
    }
    String cache = System.getProperty("eventfacts.annotationCache", "");
    if (!cache.isBlank()) {
      builder.annotationCache(Path.of(cache));
    }
    FactsJson json = new FactsJson(new ObjectMapper());
    ImmutableMap.Builder<String, String> lines = ImmutableMap.builder();
    List<ExtractionResult> results = builder.build().extractAll(documents);
    for (int i = 0; i < results.size(); i++) {
      lines.put(results.get(i).id(), json.writeLine(results.get(i), documents.get(i)));
    }
    return lines.buildOrThrow();
  }

  /** The annotation cache the test run was given, or {@code null}. */
  public static String annotationCache() {
    String cache = System.getProperty("eventfacts.annotationCache", "");
    return cache.isBlank() ? null : cache;
  }
}
