package org.eventfacts.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Tells on standard error how far a long run is: documents done, rate and time left; a bar
 * redrawn in place on a terminal, a plain line every {@link #LINE_INTERVAL} otherwise (a log, a
 * CI job). Nothing is shown for a run shorter than the first interval. Never writes to standard
 * output, which holds the records.
 *
 * <pre>{@code
 * [##########..........]  120/240 documents  3.1/s  about 39 s left
 * eventfacts: 120/240 documents, 3.1/s, about 39 s left
 * }</pre>
 *
 * <p>Thread-safe: {@link #done()} is called by the run, the redraw by a timer thread.
 */
final class Progress implements AutoCloseable {

  /** How progress is shown. */
  enum Style {
    /** A bar on a terminal, lines otherwise. */
    AUTO,
    BAR,
    LINES,
    NONE
  }

  static final Duration BAR_DELAY = Duration.ofSeconds(1);
  static final Duration BAR_INTERVAL = Duration.ofMillis(500);
  static final Duration LINE_INTERVAL = Duration.ofSeconds(10);
  private static final int BAR_WIDTH = 20;

  private final PrintStream err;
  private final boolean bar;
  private final int total;
  private final LongSupplier nanoTime;
  private final long start;
  private final ScheduledExecutorService timer;
  private int done;
  private boolean drawn;

  private Progress(PrintStream err, boolean bar, int total, LongSupplier nanoTime) {
    this.err = err;
    this.bar = bar;
    this.total = total;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "eventfacts-progress");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Shows the progress of {@code total} documents on {@code err} in {@code style}. */
  static Progress start(Style style, PrintStream err, int total) {
    if (style == Style.NONE) {
      return new Progress(err, false, total, System::nanoTime);
    }
    boolean bar = style == Style.BAR || (style == Style.AUTO && Terminal.isStandardError());
    Progress progress = new Progress(err, bar, total, System::nanoTime);
    Duration first = bar ? BAR_DELAY : LINE_INTERVAL;
    Duration every = bar ? BAR_INTERVAL : LINE_INTERVAL;
    progress.timer.scheduleAtFixedRate(
        progress::show, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return progress;
  }

  /** Counts one document done. */
  synchronized void done() {
    done++;
  }

  /** Writes a line of its own (a failed document), keeping the bar below it. */
  synchronized void note(String line) {
    clearBar();
    err.println(line);
    if (drawn) {
      err.print(status());
      err.flush();
    }
  }

  /** Stops the timer and clears the bar. */
  @Override
  public synchronized void close() {
    timer.shutdownNow();
    clearBar();
    drawn = false;
  }

  private synchronized void show() {
    if (bar) {
      err.print('\r' + status());
      drawn = true;
    } else {
      err.println("eventfacts: " + status().replace("  ", ", "));
    }
    err.flush();
  }

  private void clearBar() {
    if (bar && drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** The status text: bar (on a terminal), counts, rate and time left. */
  String status() {
    double seconds = (nanoTime.getAsLong() - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder status = new StringBuilder();
    if (bar) {
      int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
      status.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("]  ");
    }
    status.append(done).append('/').append(total).append(" documents  ");
    status.append(String.format("%.1f/s", rate));
    if (rate > 0 && done < total) {
      status.append("  about ").append(duration((total - done) / rate)).append(" left");
    }
    return status.toString();
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format("%d min %02d s", s / 60, s % 60);
    }
    return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  /** For tests: a progress that shows nothing by itself, read with {@link #status()}. */
  static Progress manual(PrintStream err, boolean bar, int total, LongSupplier nanoTime) {
    return new Progress(err, bar, total, nanoTime);
  }
}
