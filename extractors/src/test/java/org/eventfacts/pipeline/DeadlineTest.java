package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
}
