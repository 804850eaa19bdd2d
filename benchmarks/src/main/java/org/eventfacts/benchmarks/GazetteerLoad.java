package org.eventfacts.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.place.Gazetteer;

/**
 * What the GeoNames gazetteer adds to loading: run each mode in a fresh JVM (the models and the
 * gazetteer load once per JVM).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.GazetteerLoad alone
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.GazetteerLoad models
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.GazetteerLoad models+gazetteer
 * </pre>
 *
 * <ul>
 *   <li>{@code alone}: the gazetteer loaded in the calling thread, nothing else: its wall and CPU
 *       time, the heap it keeps (used heap after a full collection, before and after), and the
 *       time of a lookup.
 *   <li>{@code models}: the CoreNLP models of the default extractor, without the gazetteer.
 *   <li>{@code models+gazetteer}: what {@code FactExtractor.warmUp()} does: the gazetteer on a
 *       thread of its own while the models load, both waited for; it also prints when the models
 *       and when the gazetteer were ready, so that a gazetteer still loading after the models
 *       shows.
 * </ul>
 *
 * The two model modes print the wall time and the CPU time of the whole process.
 */
public final class GazetteerLoad {

  private static final List<String> NAMES =
      List.of("Chicago", "Paris", "Fort Worth", "Almaty", "Springfield", "Queens", "Nowhereville");

  private GazetteerLoad() {}

  public static void main(String[] args) {
    String mode = args.length == 1 ? args[0] : "";
    switch (mode) {
      case "alone" -> alone();
      case "models" -> models(false);
      case "models+gazetteer" -> models(true);
      default -> {
        System.err.println("usage: GazetteerLoad alone|models|models+gazetteer");
        System.exit(2);
      }
    }
  }

  private static void alone() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterCollection(memory);
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long processCpu = os.getProcessCpuTime();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.geoNames();
    gazetteer.load();
    double loadWall = (System.nanoTime() - wall) / 1e9;
    double loadCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double loadProcessCpu = (os.getProcessCpuTime() - processCpu) / 1e9;
    long after = usedAfterCollection(memory);
    int rounds = 200_000;
    int found = 0;
    for (int i = 0; i < rounds / 10; i++) { // warm-up
      found += gazetteer.named(NAMES.get(i % NAMES.size())).size();
    }
    long lookupStart = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      found += gazetteer.named(NAMES.get(i % NAMES.size())).size();
    }
    double lookup = (System.nanoTime() - lookupStart) / 1e3 / rounds;
    System.out.printf(
        Locale.ROOT,
        "gazetteer alone: load %.2f s wall, %.2f s CPU of the loading thread, %.2f s CPU of the"
            + " process (JIT compiler and GC threads too); heap kept %.0f MB; a lookup %.2f µs"
            + " (%d names found)%n",
        loadWall,
        loadCpu,
        loadProcessCpu,
        (after - before) / 1e6,
        lookup,
        found);
  }

  private static void models(boolean withGazetteer) {
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    long[] gazetteerReady = {0};
    Thread watcher =
        new Thread(
            () -> {
              Gazetteer.geoNames().load(); // waits for the background load
              gazetteerReady[0] = System.nanoTime();
            });
    // What FactExtractor.warmUp() does for the default extractor, step by step.
    if (withGazetteer) {
      Gazetteer.geoNames().loadInBackground();
      watcher.start();
    }
    Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE)).warmUp();
    double models = (System.nanoTime() - wall) / 1e9;
    if (withGazetteer) {
      Gazetteer.geoNames().load(); // waits for the background load, if it is still running
      try {
        watcher.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %.2f s wall (models ready at %.2f s%s), %.2f s CPU of the process (JVM start not"
            + " counted)%n",
        withGazetteer ? "models+gazetteer" : "models",
        (System.nanoTime() - wall) / 1e9,
        models,
        withGazetteer
            ? String.format(Locale.ROOT, ", gazetteer at %.2f s", (gazetteerReady[0] - wall) / 1e9)
            : "",
        (os.getProcessCpuTime() - cpu) / 1e9);
  }

  private static long usedAfterCollection(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
