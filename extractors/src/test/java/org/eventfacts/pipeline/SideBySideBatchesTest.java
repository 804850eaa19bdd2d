package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SideBySideBatchesTest {

  @Test
  void keepsAShortTextInOneBatch() {
    assertThat(SideBySideBatches.batchTokens(SideBySideBatches.MIN_SPLIT_TOKENS - 1, 2_000, true))
        .isEqualTo(2_000);
  }

  @Test
  void halvesAnArticleThatMayRunInHalves() {
    assertThat(SideBySideBatches.batchTokens(801, 2_000, true)).isEqualTo(401);
  }

  @Test
  void keepsTheLimitWhenTheTextMayNotRunInHalves() {
    assertThat(SideBySideBatches.batchTokens(801, 2_000, false)).isEqualTo(2_000);
  }

  @Test
  void neverMakesABatchLongerThanTheLimit() {
    assertThat(SideBySideBatches.batchTokens(9_000, 2_000, true)).isEqualTo(2_000);
  }

  @Test
  void runsTheTwoHalvesOfATextReadAloneOnTwoThreads() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1);
    CountDownLatch bothStarted = new CountDownLatch(2);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> sizesAsked = new ArrayList<>();

    SideBySideBatches.annotate(
        batch -> {
          threads.add(Thread.currentThread());
          bothStarted.countDown();
          await(bothStarted); // each half waits for the other: they run side by side
        },
        text(4, 100),
        2_000,
        tokens -> {
          sizesAsked.add(tokens);
          return List.of(text(2, 100), text(2, 100));
        },
        Deadline.NONE,
        SideBySideBatches.Mode.HALVES_WHEN_ALONE);

    assertThat(sizesAsked).containsExactly(200);
    assertThat(threads).hasSize(2).contains(Thread.currentThread());
  }

  @Test
  void keepsEveryBatchOnTheCallersThreadWhenTheCallerChoseItsThreads() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> sizesAsked = new ArrayList<>();

    SideBySideBatches.annotate(
        batch -> threads.add(Thread.currentThread()),
        text(4, 100),
        2_000,
        tokens -> {
          sizesAsked.add(tokens);
          return List.of(text(2, 100), text(2, 100));
        },
        Deadline.NONE,
        SideBySideBatches.Mode.ON_THE_CALLERS_THREAD);

    assertThat(sizesAsked).containsExactly(2_000);
    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void countsThePoolHalfsCpuTimeAgainstTheDocumentsBudget() {
    // Four batches of 100 ms of CPU each under a budget of 150 ms. Counting only the caller's
    // thread, each thread would find its own 100 ms under budget and run its second batch: all
    // four would run. Counting both threads, the 200 ms of the first two stop the rest.
    Deadline deadline = Deadline.afterCpu(Duration.ofMillis(150));
    AtomicInteger ran = new AtomicInteger();
    Consumer<Annotation> spendsCpu =
        batch -> {
          CpuWork.spend(Duration.ofMillis(100));
          ran.incrementAndGet();
        };

    assertThatThrownBy(
            () ->
                SideBySideBatches.annotate(
                    spendsCpu,
                    text(8, 100),
                    2_000,
                    tokens -> List.of(text(2, 100), text(2, 100), text(2, 100), text(2, 100)),
                    deadline,
                    SideBySideBatches.Mode.HALVES_WHEN_ALONE))
        .isInstanceOf(Deadline.Exceeded.class);
    assertThat(ran.get()).isLessThan(4);
  }

  /** A text of {@code sentences} sentences of {@code tokens} tokens each. */
  private static Annotation text(int sentences, int tokens) {
    Annotation annotation = new Annotation("");
    List<CoreMap> all = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      CoreMap sentence = new ArrayCoreMap();
      List<CoreLabel> words = new ArrayList<>();
      for (int j = 0; j < tokens; j++) {
        words.add(new CoreLabel());
      }
      sentence.set(CoreAnnotations.TokensAnnotation.class, words);
      all.add(sentence);
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, all);
    return annotation;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other half started").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
