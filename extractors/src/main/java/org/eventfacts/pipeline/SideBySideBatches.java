package org.eventfacts.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the tagger, NER and parser over a text's batches of sentences, and over a text that is the
 * only one being annotated in the JVM, in two halves side by side: one on the caller's thread,
 * one on the common fork-join pool. Each batch is an annotation of its own whose sentences no
 * other batch holds, and every annotator reads one sentence at a time, so how a text is cut into
 * batches, and the order they run in, change nothing they produce (the JSONL of gva-dev is byte
 * for byte the same).
 *
 * <p>The first article after start-up, or a service's one request, would otherwise leave the
 * other core idle: on the seed article the document's thread spent 0.7 s of CPU and the pool's
 * 0.45 s where one thread spent 1.1 to 1.5 s. While other texts are being annotated (a batch run
 * with several threads), every core already has work, and the batches run one after the other
 * on the caller's thread as before. A caller that chose its number of threads ({@link
 * Mode#ON_THE_CALLERS_THREAD}: {@code extract --threads 1}, a Spark task) keeps every batch on
 * its own thread.
 *
 * <p>The pool's half is a {@linkplain Deadline#shareOnThisThread() share} of the document's
 * work: its CPU time counts against the same {@link Deadline} as the caller's, so that the two
 * halves together stay within the document's budget.
 */
final class SideBySideBatches {

  /** Where a text's batches may run. */
  enum Mode {
    /** In two halves side by side when the text is the only one being annotated in the JVM. */
    HALVES_WHEN_ALONE,
    /** One after the other on the caller's thread, always. */
    ON_THE_CALLERS_THREAD
  }

  /** Texts of fewer tokens than this are not halved: handing half over costs more than it saves. */
  static final int MIN_SPLIT_TOKENS = 200;

  private static final boolean OTHER_CORES = Runtime.getRuntime().availableProcessors() > 1;

  /** Texts in {@link #annotate} now, across every pipeline of the JVM. */
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

  private SideBySideBatches() {}

  /**
   * Annotates {@code annotation}'s sentences with {@code annotator} in the batches {@code
   * batchesOf} makes of a given size, at most {@code limit} tokens each, checking {@code
   * deadline} before each batch.
   *
   * @throws Deadline.Exceeded if the deadline passed
   */
  static void annotate(
      Consumer<Annotation> annotator,
      Annotation annotation,
      int limit,
      IntFunction<List<Annotation>> batchesOf,
      Deadline deadline,
      Mode mode) {
    IN_FLIGHT.incrementAndGet();
    try {
      boolean halves = mode == Mode.HALVES_WHEN_ALONE && IN_FLIGHT.get() == 1 && OTHER_CORES;
      List<Annotation> batches = batchesOf.apply(batchTokens(tokens(annotation), limit, halves));
      if (!halves || batches.size() < 2) {
        for (Annotation batch : batches) {
          deadline.check();
          annotator.accept(batch);
        }
        return;
      }
      batches.parallelStream()
          .forEach(
              batch -> {
                try (Deadline.Share share = deadline.shareOnThisThread()) {
                  deadline.check();
                  annotator.accept(batch);
                }
              });
    } finally {
      IN_FLIGHT.decrementAndGet();
    }
  }

  /**
   * How many tokens a batch of a text of {@code textTokens} tokens holds: at most {@code limit},
   * and about half the text when it may run in {@code halves} and has {@link #MIN_SPLIT_TOKENS} or
   * more, so that it runs as two batches side by side.
   */
  static int batchTokens(int textTokens, int limit, boolean halves) {
    if (!halves || textTokens < MIN_SPLIT_TOKENS) {
      return limit;
    }
    return Math.min(limit, (textTokens + 1) / 2);
  }

  private static int tokens(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    int tokens = 0;
    if (sentences != null) {
      for (CoreMap sentence : sentences) {
        tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    return tokens;
  }
}
