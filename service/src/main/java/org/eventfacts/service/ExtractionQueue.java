package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's extraction workers and the bounded queue in front of them. A request is admitted
 * only while fewer than {@code workers + queue} extractions are running or waiting; past that it
 * is refused at once ({@link Problem#BUSY}, 503) rather than left to pile up. A request that gives
 * up waiting (its time limit passed) cancels its job; a job that was already running keeps its
 * place until CoreNLP returns, so the bound holds for the work really in progress.
 */
final class ExtractionQueue implements AutoCloseable {

  private final int workers;
  private final int queue;
  private final Semaphore admitted;
  private final ThreadPoolExecutor executor;

  ExtractionQueue(int workers, int queue) {
    checkArgument(workers >= 1, "workers must be at least 1, got %s", workers);
    checkArgument(queue >= 0, "queue must not be negative, got %s", queue);
    this.workers = workers;
    this.queue = queue;
    this.admitted = new Semaphore(workers + queue);
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), // bounded by the semaphore
            runnable -> {
              Thread thread = new Thread(runnable, "eventfacts-worker-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs {@code work} on a worker.
   *
   * @throws ApiException ({@link Problem#BUSY}) when every worker is busy and the queue is full
   */
  <T> Job<T> submit(Callable<T> work) {
    if (!admitted.tryAcquire()) {
      throw new ApiException(
          Problem.BUSY,
          String.format(
              "all %d workers are busy and %d requests are waiting; try again shortly",
              workers, queue));
    }
    Job<T> job = new Job<>(work, admitted);
    try {
      executor.execute(job);
    } catch (RejectedExecutionException e) {
      job.cancel(false);
      throw new ApiException(Problem.BUSY, "the server is shutting down");
    }
    return job;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /**
   * One admitted extraction: gives its place back when its work ends (before its result can be
   * seen), or when it is cancelled unstarted.
   */
  static final class Job<T> extends FutureTask<T> {

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Semaphore admitted;

    private Job(Callable<T> work, Semaphore admitted) {
      super(work);
      this.admitted = admitted;
    }

    @Override
    public void run() {
      started.set(true);
      try {
        super.run();
      } finally {
        release();
      }
    }

    /*
     * The place is given back before the result is published, not after: a caller woken by the
     * result may answer its client, who may send the next request at once, and that request must
     * find the place free. (Given back in run() alone, a worker descheduled between publishing and
     * giving back made an idle server answer 503.)
     */
    @Override
    protected void set(T result) {
      release();
      super.set(result);
    }

    @Override
    protected void setException(Throwable failure) {
      release();
      super.setException(failure);
    }

    @Override
    protected void done() {
      if (!started.get()) {
        release();
      }
    }

    private void release() {
      if (released.compareAndSet(false, true)) {
        admitted.release();
      }
    }

    /**
     * The job's result, waiting at most until {@code deadline} ({@link System#nanoTime()}).
     *
     * @throws TimeoutException when the deadline passes first; the job is then cancelled
     */
    T awaitUntil(long deadline) throws TimeoutException {
      try {
        return get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        cancel(true);
        throw e;
      } catch (InterruptedException e) {
        cancel(true);
        Thread.currentThread().interrupt();
        throw new ApiException(Problem.INTERNAL, "interrupted while waiting for the extraction");
      } catch (ExecutionException e) {
        throw new ApiException(Problem.INTERNAL, "the extraction failed: " + e.getCause());
      }
    }
  }

  /** A human reading of a time limit: "30 s", "250 ms". */
  static String describe(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
