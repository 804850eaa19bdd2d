package org.eventfacts;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eventfacts.pipeline.Deadline;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work on one document on a worker thread, so that the caller can stop waiting. The work
 * is given a {@link Deadline} of the worker's CPU time and checks it between stages and batches of
 * sentences. The caller watches too: once the worker has spent its budget and {@link #GRACE} more
 * (work that does not check, such as a fact reader), or after {@link #WALL_FACTOR} times the limit
 * in wall-clock time (work that waits rather than computes), it interrupts the worker and gives
 * up on it {@link #GRACE} later. An abandoned worker's result is dropped; it holds nothing shared
 * that others wait for, and it ends at its next check.
 *
 * <p>Worker threads are daemons, created as needed and ended after a few idle seconds, so an
 * extractor that is no longer used holds no thread.
 *
 * <pre>{@code
 * TimeLimitedRun run = new TimeLimitedRun();
 * DocumentFacts facts = run.within(Duration.ofSeconds(15), deadline -> read(document, deadline), "doc-1");
 * }</pre>
 */
final class TimeLimitedRun {

  private static final Logger log = LoggerFactory.getLogger(TimeLimitedRun.class);

  /** How long a worker has to stop after its deadline before it is interrupted, then abandoned. */
  static final Duration GRACE = Duration.ofSeconds(2);

  /** How many times the time limit the caller waits in wall-clock time, whatever the CPU time. */
  static final int WALL_FACTOR = 20;

  private static final Duration POLL = Duration.ofMillis(100);
  private static final AtomicInteger NUMBER = new AtomicInteger();

  private final ThreadPoolExecutor workers =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          5,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          runnable -> {
            Thread thread = new Thread(runnable, "eventfacts-document-" + NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  /**
   * The result of {@code work}, run with a deadline of {@code limit} of CPU time.
   *
   * @throws ExtractionException of kind {@link ErrorKind#TIMEOUT} at the limit, or the work's own
   */
  <T> T within(Duration limit, Function<Deadline, T> work, String id) {
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<Deadline> deadline = new AtomicReference<>();
    FutureTask<T> task =
        new FutureTask<>(
            () -> {
              try {
                Deadline own = Deadline.afterCpu(limit);
                deadline.set(own);
                return work.apply(own);
              } finally {
                stopped.countDown();
              }
            });
    workers.execute(task);
    long wallEnd = System.nanoTime() + limit.multipliedBy(WALL_FACTOR).toNanos();
    long cpuEnd = limit.plus(GRACE).toNanos();
    try {
      while (true) {
        try {
          return task.get(POLL.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          Deadline started = deadline.get();
          boolean overCpu = started != null && started.spent().toNanos() > cpuEnd;
          if (overCpu || System.nanoTime() - wallEnd > 0) {
            task.cancel(true);
            awaitStop(stopped, id);
            throw timeout(id, limit);
          }
        }
      }
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(
          ErrorKind.INTERNAL, "interrupted while reading document '" + id + "'", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause(), id, limit);
    }
  }

  private static void awaitStop(CountDownLatch stopped, String id) {
    try {
      if (!stopped.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("document '{}' did not stop within {} of its time limit; abandoning its thread", id, GRACE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ExtractionException timeout(String id, Duration limit) {
    return new ExtractionException(
        ErrorKind.TIMEOUT,
        String.format(
            "document '%s' took longer than its time limit of %.1f s of CPU time; raise"
                + " FactExtractor.Builder.timeLimit",
            id, limit.toMillis() / 1000.0),
        null);
  }

  private static RuntimeException rethrown(@Nullable Throwable cause, String id, Duration limit) {
    if (cause instanceof Deadline.Exceeded) {
      return timeout(id, limit);
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new ExtractionException(ErrorKind.INTERNAL, "document '" + id + "': " + cause, cause);
  }
}
