package org.eventfacts.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/** Busy work for tests of CPU time limits: spends CPU time on the calling thread. */
final class CpuWork {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuWork() {}

  /** Spends {@code cpu} of the current thread's CPU time (at most 10 s of wall time). */
  static void spend(Duration cpu) {
    long end = THREADS.getCurrentThreadCpuTime() + cpu.toNanos();
    long sum = 0;
    long wallEnd = System.nanoTime() + 10_000_000_000L;
    while (THREADS.getCurrentThreadCpuTime() < end && System.nanoTime() < wallEnd) {
      sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
    }
    if (sum == 42) {
      Thread.yield(); // keeps the loop from being optimised away
    }
  }
}
