package org.eventfacts.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * on the caller's thread as before.
 *
 * <p>The pool's half checks the same {@link Deadline}, which counts the CPU time of the caller's
 * thread: a text read alone can spend up to about twice its budget in all before it stops.
 */
final class SideBySideBatches {

  /** Texts of fewer tokens than this are not halved: handing half over costs more than it saves. */
  static final int MIN_SPLIT_TOKENS = 200;

  private static final boolean OTHER_CORES = Runtime.getRuntime().availableProcessors() > 1;

  /** Texts in {@link #annotate} now, across every pipeline of the JVM. */
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

  private SideBySideBatches() {}

  /**
   * Annotates {@code annotation}'s sentences with {@code pipeline} in the batches {@code
   * batchesOf} makes of a given size, at most {@code limit} tokens each, checking {@code
   * deadline} before each batch.
   *
   * @throws Deadline.Exceeded if the deadline passed
   */
  static void annotate(
      StanfordCoreNLP pipeline,
      Annotation annotation,
      int limit,
      IntFunction<List<Annotation>> batchesOf,
      Deadline deadline) {
    IN_FLIGHT.incrementAndGet();
    try {
      boolean alone = IN_FLIGHT.get() == 1;
      List<Annotation> batches = batchesOf.apply(batchTokens(tokens(annotation), limit, alone));
      if (!alone || batches.size() < 2 || !OTHER_CORES) {
        for (Annotation batch : batches) {
          deadline.check();
          pipeline.annotate(batch);
        }
        return;
      }
      batches.parallelStream()
          .forEach(
              batch -> {
                deadline.check();
                pipeline.annotate(batch);
              });
    } finally {
      IN_FLIGHT.decrementAndGet();
    }
  }

  /**
   * How many tokens a batch of a text of {@code textTokens} tokens holds: at most {@code limit},
   * and about half the text when it is annotated {@code alone} and has {@link #MIN_SPLIT_TOKENS}
   * or more, so that it runs as two batches side by side.
   */
  static int batchTokens(int textTokens, int limit, boolean alone) {
    if (!alone || textTokens < MIN_SPLIT_TOKENS || !OTHER_CORES) {
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
