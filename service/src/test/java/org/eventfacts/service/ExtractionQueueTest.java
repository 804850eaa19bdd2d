package org.eventfacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The workers and the bounded queue, without HTTP in between. */
class ExtractionQueueTest {

  private static long inAMinute() {
    return System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
  }

  @Test
  void refusesAJobAtOnceWhenWorkersAndQueueAreFull() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ExtractionQueue queue = new ExtractionQueue(1, 0)) {
      ExtractionQueue.Job<String> running =
          queue.submit(
              () -> {
                started.countDown();
                release.await();
                return "done";
              });
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> queue.submit(() -> "refused"))
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BUSY));
      release.countDown();
      assertThat(running.awaitUntil(inAMinute())).isEqualTo("done");
    }
  }

  @Test
  void givesTheWorkersPlaceBackBeforeItsResultCanBeSeen() throws Exception {
    // A caller who has its result and submits again at once must find the only place free; were
    // the place given back after the result was published, a worker descheduled in between would
    // make this fail now and then (under load).
    try (ExtractionQueue queue = new ExtractionQueue(1, 0)) {
      for (int i = 0; i < 20_000; i++) {
        int value = i;
        assertThat(queue.submit(() -> value).awaitUntil(inAMinute())).isEqualTo(value);
      }
    }
  }

  @Test
  void givesThePlaceBackWhenTheWorkFails() throws Exception {
    try (ExtractionQueue queue = new ExtractionQueue(1, 0)) {
      ExtractionQueue.Job<String> failing =
          queue.submit(
              () -> {
                throw new IllegalStateException("broken");
              });
      assertThatThrownBy(() -> failing.awaitUntil(inAMinute())).isInstanceOf(ApiException.class);

      assertThat(queue.submit(() -> "next").awaitUntil(inAMinute())).isEqualTo("next");
    }
  }
}
