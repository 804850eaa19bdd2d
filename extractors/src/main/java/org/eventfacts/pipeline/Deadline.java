package org.eventfacts.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When the work on one document must stop: after a budget of the CPU time of the thread that
 * does it. The annotation checks it between stages and between batches of sentences, so that a
 * document past its budget stops within one batch; a thread interrupt stops it the same way.
 *
 * <p>CPU time rather than wall-clock time, so that a busy machine (other jobs, other documents on
 * other threads) does not time out documents that would finish in their budget on their own
 * core: on a 2-core machine shared by several jobs, a 4,800-token article took 35 to 50 s of wall
 * time for a few seconds of CPU. Where the JVM cannot measure thread CPU time, wall-clock time is
 * used.
 *
 * <pre>{@code
 * Deadline deadline = Deadline.afterCpu(Duration.ofSeconds(15));   // on the working thread
 * pipeline.annotate(text, deadline);   // throws Deadline.Exceeded once 15 s of CPU are spent
 * }</pre>
 */
public final class Deadline {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** No time limit; interrupts are still honoured. */
  public static final Deadline NONE = new Deadline(null, Long.MAX_VALUE, 0);

  private final @Nullable Thread thread;
  private final long budget;
  private final long start;

  private Deadline(@Nullable Thread thread, long budget, long start) {
    this.thread = thread;
    this.budget = budget;
    this.start = start;
  }

  /** A deadline after {@code limit} of the current thread's CPU time from now. */
  public static Deadline afterCpu(Duration limit) {
    long budget = limit.toNanos();
    if (cpuTimeMeasured()) {
      return new Deadline(Thread.currentThread(), budget, THREADS.getCurrentThreadCpuTime());
    }
    return new Deadline(null, budget, System.nanoTime());
  }

  private static boolean cpuTimeMeasured() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** How much of the budget has been spent. */
  public Duration spent() {
    if (budget == Long.MAX_VALUE) {
      return Duration.ZERO;
    }
    long now;
    if (thread == null) {
      now = System.nanoTime();
    } else if (thread == Thread.currentThread()) {
      now = THREADS.getCurrentThreadCpuTime();
    } else {
      now = THREADS.getThreadCpuTime(thread.getId());
    }
    return Duration.ofNanos(Math.max(0, now - start));
  }

  /** Whether the budget is spent. */
  public boolean passed() {
    return budget != Long.MAX_VALUE && spent().toNanos() >= budget;
  }

  /**
   * Throws if the budget is spent or the thread was interrupted.
   *
   * @throws Exceeded if so
   */
  public void check() {
    if (Thread.currentThread().isInterrupted() || passed()) {
      throw new Exceeded();
    }
  }

  /** The work on a document ran past its deadline, or its thread was interrupted. */
  public static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("time limit reached", null, false, false);
    }
  }
}
