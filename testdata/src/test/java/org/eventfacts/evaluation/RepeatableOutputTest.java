package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.json.FactsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes: on one thread or four, and with eight threads sharing one
 * extractor. The corpus comparison reuses CoreNLP annotations through the annotation cache (the
 * {@code eventfacts.annotationCache} property, or a fresh directory), so it tests the readers'
 * determinism at the cost of one annotation pass; the stress test annotates afresh on every
 * thread.
 */
class RepeatableOutputTest {

  private static final List<String> DEV_CORPORA =
      List.of("seed", "gva-dev", "rams-dev", "wikievents-dev", "polnear-dev", "meantime-dev", "gum-dev");

  private static final FactsJson JSON = new FactsJson(new ObjectMapper());

  @TempDir static Path freshCache;

  private static Path cache() {
    String property = System.getProperty("eventfacts.annotationCache");
    return property == null || property.isBlank() ? freshCache : Path.of(property);
  }

  private static List<Document> documents(Path directory) {
    return Corpus.read(directory).documents().stream().map(d -> Document.of(d.id(), d.text())).toList();
  }

  private static List<String> lines(FactExtractor extractor, List<Document> documents) {
    List<String> lines = new ArrayList<>();
    for (ExtractionResult result : extractor.extractAll(documents)) {
      lines.add(JSON.writeLine(result));
    }
    return lines;
  }

  @Test
  void oneThreadAndFourThreadsWriteTheSameBytesOnEveryDevCorpus() {
    String property = System.getProperty("eventfacts.corpus");
    assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no corpora at ../shared/corpus");
    FactExtractor one = FactExtractor.builder().threads(1).annotationCache(cache()).build();
    FactExtractor four = FactExtractor.builder().threads(4).annotationCache(cache()).build();
    for (String name : DEV_CORPORA) {
      Path directory = Path.of(property).resolve(name);
      if (!Files.isDirectory(directory)) {
        continue;
      }
      List<Document> documents = documents(directory);

      List<String> first = lines(one, documents);
      List<String> second = lines(four, documents);

      assertThat(second).as("%s, 4 threads against 1", name).containsExactlyElementsOf(first);
    }
  }

  @Test
  void eightThreadsSharingOneExtractorWriteWhatOneThreadWrites() throws Exception {
    FactExtractor shared = FactExtractor.builder().threads(1).build();
    // six of the project's articles, each read by all eight threads: enough to interleave every
    // stage of CoreNLP and the readers, affordable in every test run
    List<Document> documents = documents(Path.of("articles")).subList(0, 6);
    List<String> expected = lines(shared, documents);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        runs.add(
            threads.submit(
                () -> {
                  String[] written = new String[documents.size()];
                  for (int i : order) {
                    written[i] = JSON.writeLine(shared.tryExtract(documents.get(i)));
                  }
                  return List.of(written);
                }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).containsExactlyElementsOf(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
