package org.eventfacts.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eventfacts.FactExtractor;

/**
 * Times a whole run over a directory of {@code .txt} articles, in one JVM, with either eventfacts
 * or CoreNLP's full pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote, all with
 * default settings), on the same number of threads. Prints the model-load time, the time for all
 * documents, and tokens per second at steady state (every document after the first of each
 * thread).
 *
 * <pre>
 * java -Xmx8g -jar benchmarks/target/eventfacts-benchmarks.jar eventfacts DIR [THREADS]
 * java -Xmx8g -jar benchmarks/target/eventfacts-benchmarks.jar corenlp-full DIR [THREADS]
 * </pre>
 */
public final class PipelineBenchmark {

  private PipelineBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PipelineBenchmark eventfacts|corenlp-full DIR [THREADS]");
      System.exit(2);
    }
    String mode = args[0];
    List<String> texts = read(Path.of(args[1]));
    List<Integer> tokenCounts = countTokens(texts); // the same count for both modes, not timed
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    Annotator annotator = switch (mode) {
      case "eventfacts" -> eventfacts(threads);
      case "corenlp-full" -> coreNlpFull();
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
    double load = seconds(start);
    AtomicLong tokens = new AtomicLong();
    AtomicLong steadyTokens = new AtomicLong();
    AtomicLong steadyNanos = new AtomicLong();
    long runStart = System.nanoTime();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    ThreadLocal<Boolean> warm = ThreadLocal.withInitial(() -> false);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      long count = tokenCounts.get(i);
      futures.add(
          executor.submit(
              () -> {
                long docStart = System.nanoTime();
                annotator.annotate(text);
                long nanos = System.nanoTime() - docStart;
                tokens.addAndGet(count);
                if (warm.get()) {
                  steadyTokens.addAndGet(count);
                  steadyNanos.addAndGet(nanos);
                }
                warm.set(true);
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    executor.shutdown();
    double run = seconds(runStart);
    double steadyPerThread = steadyTokens.get() / (steadyNanos.get() / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%s: %d documents, %d tokens, %d threads%n  model load %.1f s%n  documents %.1f s%n"
            + "  total %.1f s%n  steady state %.0f tokens/s (%.0f per thread)%n",
        mode,
        texts.size(),
        tokens.get(),
        threads,
        load,
        run,
        load + run,
        steadyPerThread * threads,
        steadyPerThread);
  }

  /** Annotates a text (and, for eventfacts, reads its facts). */
  private interface Annotator {
    void annotate(String text);
  }

  private static Annotator eventfacts(int threads) {
    FactExtractor extractor = FactExtractor.builder().threads(threads).build();
    extractor.warmUp();
    return text -> extractor.extract("benchmark", text);
  }

  private static Annotator coreNlpFull() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    return text -> pipeline.annotate(new CoreDocument(text));
  }

  private static List<Integer> countTokens(List<String> texts) {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
    List<Integer> counts = new ArrayList<>();
    for (String text : texts) {
      CoreDocument document = new CoreDocument(text);
      tokenizer.annotate(document);
      counts.add(document.annotation().get(CoreAnnotations.TokensAnnotation.class).size());
    }
    return counts;
  }

  private static List<String> read(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
