package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void passesOnceItsCpuBudgetIsSpent() {
    Deadline deadline = Deadline.afterCpu(Duration.ofMillis(20));
    long sum = 0;
    long start = System.nanoTime();
    while (!deadline.passed() && System.nanoTime() - start < 10_000_000_000L) {
      sum += Long.numberOfTrailingZeros(sum + start); // spend CPU
    }

    assertThat(deadline.passed()).isTrue();
    assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class);
  }

  @Test
  void doesNotPassWhileTheThreadWaits() throws InterruptedException {
    Deadline deadline = Deadline.afterCpu(Duration.ofMillis(50));

    Thread.sleep(200);

    assertThat(deadline.passed()).isFalse();
  }

  @Test
  void stopsAnInterruptedThreadEvenWithoutALimit() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(Deadline.NONE::check).isInstanceOf(Deadline.Exceeded.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void countsTheCpuTimeOfAShareOnAnotherThread() throws Exception {
    Deadline deadline = Deadline.afterCpu(Duration.ofMillis(100));

    Thread helper =
        new Thread(
            () -> {
              try (Deadline.Share share = deadline.shareOnThisThread()) {
                CpuWork.spend(Duration.ofMillis(150));
              }
            });
    helper.start();
    helper.join();

    assertThat(deadline.spent()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(deadline.passed()).isTrue();
  }

  @Test
  void countsAShareWhileItIsStillRunning() {
    Deadline deadline = Deadline.afterCpu(Duration.ofMillis(50));

    boolean stoppedInTime =
        CompletableFuture.supplyAsync(
                () -> {
                  try (Deadline.Share share = deadline.shareOnThisThread()) {
                    for (int i = 0; i < 1_000; i++) { // at most 10 s
                      if (deadline.passed()) {
                        return true;
                      }
                      CpuWork.spend(Duration.ofMillis(10));
                    }
                    return false;
                  }
                },
                runnable -> new Thread(runnable).start())
            .join();

    assertThat(stoppedInTime).isTrue();
  }

  @Test
  void countsTheDocumentsOwnThreadOnceWhenItTakesAShare() {
    Deadline deadline = Deadline.afterCpu(Duration.ofSeconds(10));

    try (Deadline.Share share = deadline.shareOnThisThread()) {
      CpuWork.spend(Duration.ofMillis(100));
    }

    assertThat(deadline.spent()).isLessThan(Duration.ofMillis(190));
  }

  @Test
  void stopsAShareOnAnotherThreadOnceTheDocumentsThreadIsInterrupted() {
    Deadline deadline = Deadline.afterCpu(Duration.ofSeconds(10));
    AtomicBoolean stopped = new AtomicBoolean();
    Thread.currentThread().interrupt();
    try {
      Thread helper =
          new Thread(
              () -> {
                try (Deadline.Share share = deadline.shareOnThisThread()) {
                  deadline.check();
                } catch (Deadline.Exceeded e) {
                  stopped.set(true);
                }
              });
      helper.start();
      joinUninterruptibly(helper);
    } finally {
      Thread.interrupted();
    }

    assertThat(stopped).isTrue();
  }

  /** Waits for {@code thread} without clearing this thread's interrupt. */
  private static void joinUninterruptibly(Thread thread) {
    while (thread.isAlive()) {
      Thread.onSpinWait();
    }
  }
}
