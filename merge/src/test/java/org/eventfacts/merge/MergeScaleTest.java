package org.eventfacts.merge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge at scale: 100,000 synthetic events, read from JSON Lines on disk and written back as
 * incidents, in a JVM of 256 MB heap (this test runs in its own surefire execution with {@code
 * -Xmx256m}) and within {@link #CPU_SECONDS} seconds of CPU time on one core (CPU time, not wall
 * time, because the build machine is shared; wall time is printed); and the comparisons grow
 * linearly: ten times the events at the same density take about ten times the comparisons.
 */
class MergeScaleTest {

  static final int EVENTS = 100_000;
  static final long CPU_SECONDS = 40;

  @TempDir Path directory;

  private record Run(MergeResult result, List<SyntheticFeed.Doc> truth, long millis, long cpuMillis) {}

  private Run run(int events) throws IOException {
    Path feed = directory.resolve("feed-" + events + ".jsonl");
    List<SyntheticFeed.Doc> truth;
    try (Writer out = Files.newBufferedWriter(feed, UTF_8)) {
      truth = SyntheticFeed.write(events, 42, out);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    FactsLines lines = FactsLines.of(List.of(feed));
    MergeResult result = IncidentMerger.create().merge(lines);
    IncidentJson json = new IncidentJson(new ObjectMapper());
    try (Writer out = Files.newBufferedWriter(directory.resolve("incidents.jsonl"), UTF_8)) {
      for (Incident incident : result.incidents()) {
        out.write(json.writeLine(incident));
        out.write('\n');
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    assertThat(lines.events()).isEqualTo(events);
    return new Run(result, truth, millis, cpuMillis);
  }

  @Test
  void mergesAHundredThousandEventsInBoundedTimeAndHeapWithLinearWork() throws IOException {
    Run small = run(EVENTS / 10);
    Run large = run(EVENTS);
    Runtime runtime = Runtime.getRuntime();
    long heapMb = runtime.maxMemory() >> 20;
    double[] pr = pairwise(large);
    System.out.printf(
        "merge scale: %,d events -> %,d incidents in %,d ms CPU, %,d ms wall (heap limit %d MB),"
            + " %,d comparisons (%,d for %,d events), pairwise precision %.3f recall %.3f%n",
        EVENTS, large.result().incidents().size(), large.cpuMillis(), large.millis(), heapMb,
        large.result().comparisons(), small.result().comparisons(), EVENTS / 10, pr[0], pr[1]);

    assertThat(large.cpuMillis()).isLessThan(CPU_SECONDS * 1000);
    assertThat(heapMb).isLessThanOrEqualTo(300);
    assertThat((double) large.result().comparisons() / small.result().comparisons())
        .as("comparisons grow with the events, not their square")
        .isLessThan(13);
    assertThat(large.result().skippedBlocks()).isZero();
    assertThat(pr[0]).as("pairwise precision").isGreaterThan(0.9);
    assertThat(pr[1]).as("pairwise recall").isGreaterThan(0.8);
  }

  /** Pairwise precision and recall of documents in one incident against the feed's truth. */
  private static double[] pairwise(Run run) {
    Map<String, Integer> truth = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (SyntheticFeed.Doc doc : run.truth()) {
      truth.put(doc.id(), doc.incident());
      sizes.merge(doc.incident(), 1, Integer::sum);
    }
    long gold = 0;
    for (int size : sizes.values()) {
      gold += (long) size * (size - 1) / 2;
    }
    long predicted = 0;
    long right = 0;
    for (Incident incident : run.result().incidents()) {
      List<Member> members = incident.members();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          predicted++;
          if (truth.get(members.get(i).doc()).equals(truth.get(members.get(j).doc()))) {
            right++;
          }
        }
      }
    }
    return new double[] {(double) right / predicted, (double) right / gold};
  }
}
