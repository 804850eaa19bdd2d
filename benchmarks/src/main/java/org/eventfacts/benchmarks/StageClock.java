package org.eventfacts.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times named stages in the CPU time of the thread that runs them, adding up each stage's time
 * over the runs while it is {@linkplain #counting(boolean) counting} (a warm-up run is left out).
 * Stages keep the order in which they first ran.
 *
 * <pre>{@code
 * StageClock clock = new StageClock();
 * clock.counting(true);
 * CoreDocument document = clock.run("tokenize", () -> pipeline.annotate(text));
 * clock.nanos();   // {tokenize=1830000}
 * }</pre>
 */
final class StageClock implements ExtractionLayer.Stages {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private boolean counting;

  /** Whether the stages run from now on count. */
  void counting(boolean counting) {
    this.counting = counting;
  }

  /** Whether the stages run now count. */
  boolean counting() {
    return counting;
  }

  @Override
  public <T> T run(String stage, Supplier<T> work) {
    long start = CPU.getCurrentThreadCpuTime();
    T result = work.get();
    if (counting) {
      nanos.merge(stage, CPU.getCurrentThreadCpuTime() - start, Long::sum);
    }
    return result;
  }

  /** The CPU time counted for each stage, in nanoseconds, in the order the stages first ran. */
  Map<String, Long> nanos() {
    return Collections.unmodifiableMap(nanos);
  }
}
