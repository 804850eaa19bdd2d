package org.eventfacts.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * When the work on one document must stop: after a budget of the CPU time spent on it, by the
 * thread that does it and by any thread it hands a share of the work to ({@link
 * #shareOnThisThread()}). The annotation checks it between stages and between batches of
 * sentences, so that a document past its budget stops within one batch; an interrupt of the
 * document's thread stops it the same way, on every thread that works for it.
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
 *
 * // on a pool thread doing part of the same document: its CPU time counts too
 * try (Deadline.Share share = deadline.shareOnThisThread()) {
 *   deadline.check();
 *   annotateHalf(...);
 * }
 * }</pre>
 */
public final class Deadline {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** No time limit; interrupts are still honoured. */
  public static final Deadline NONE = new Deadline(null, false, Long.MAX_VALUE, 0);

  /** A share that counts nothing: on the document's own thread, or where time is not CPU time. */
  private static final Share UNCOUNTED = () -> {};

  /** The document's thread: whose CPU time counts, and whose interrupt stops the work. */
  private final @Nullable Thread owner;

  private final boolean cpu;
  private final long budget;
  private final long start;

  /** Threads now doing a share of the work, with their CPU time when they began it. */
  private final ConcurrentMap<Thread, Long> sharing = new ConcurrentHashMap<>();

  /** CPU time of the shares that ended. */
  private final AtomicLong shared = new AtomicLong();

  private Deadline(@Nullable Thread owner, boolean cpu, long budget, long start) {
    this.owner = owner;
    this.cpu = cpu;
    this.budget = budget;
    this.start = start;
  }

  /** A deadline after {@code limit} of the current thread's CPU time from now. */
  public static Deadline afterCpu(Duration limit) {
    long budget = limit.toNanos();
    if (cpuTimeMeasured()) {
      return new Deadline(Thread.currentThread(), true, budget, THREADS.getCurrentThreadCpuTime());
    }
    return new Deadline(Thread.currentThread(), false, budget, System.nanoTime());
  }

  private static boolean cpuTimeMeasured() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Counts the current thread's CPU time against this deadline until the share is closed: for a
   * part of the document's work run on another thread (a pool's), which would otherwise spend
   * CPU time no limit sees. On the document's own thread, and for a deadline of wall-clock time
   * or none, it counts nothing more.
   */
  public Share shareOnThisThread() {
    Thread current = Thread.currentThread();
    if (!cpu || budget == Long.MAX_VALUE || current == owner) {
      return UNCOUNTED;
    }
    long begun = THREADS.getCurrentThreadCpuTime();
    if (sharing.putIfAbsent(current, begun) != null) {
      return UNCOUNTED; // a share already open on this thread counts it
    }
    return () -> {
      sharing.remove(current);
      shared.addAndGet(Math.max(0, THREADS.getCurrentThreadCpuTime() - begun));
    };
  }

  /** How much of the budget has been spent, on the document's thread and on its shares. */
  public Duration spent() {
    if (budget == Long.MAX_VALUE) {
      return Duration.ZERO;
    }
    if (!cpu) {
      return Duration.ofNanos(Math.max(0, System.nanoTime() - start));
    }
    long total = Math.max(0, cpuTime(owner) - start) + shared.get();
    for (Map.Entry<Thread, Long> share : sharing.entrySet()) {
      long now = cpuTime(share.getKey());
      if (now >= 0) {
        total += Math.max(0, now - share.getValue());
      }
    }
    return Duration.ofNanos(total);
  }

  private static long cpuTime(@Nullable Thread thread) {
    if (thread == Thread.currentThread()) {
      return THREADS.getCurrentThreadCpuTime();
    }
    return thread == null ? -1 : THREADS.getThreadCpuTime(thread.getId());
  }

  /** Whether the budget is spent. */
  public boolean passed() {
    return budget != Long.MAX_VALUE && spent().toNanos() >= budget;
  }

  /**
   * Throws if the budget is spent, or the current thread or the document's thread was
   * interrupted.
   *
   * @throws Exceeded if so
   */
  public void check() {
    if (Thread.currentThread().isInterrupted()
        || (owner != null && owner.isInterrupted())
        || passed()) {
      throw new Exceeded();
    }
  }

  /** A share of a document's work on a thread other than the document's; close it when done. */
  @FunctionalInterface
  public interface Share extends AutoCloseable {
    /** Stops counting this thread's CPU time; what it spent stays counted. */
    @Override
    void close();
  }

  /** The work on a document ran past its deadline, or its thread was interrupted. */
  public static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("time limit reached", null, false, false);
    }
  }
}
