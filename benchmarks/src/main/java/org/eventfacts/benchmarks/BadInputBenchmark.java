package org.eventfacts.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.badinput.BadInput;
import org.eventfacts.badinput.BadInputs;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.input.TextDecoder;

/**
 * Time and heap per bad-input class with two threads, as the README's reliability table gives
 * them: one class after the other in this JVM (give it {@code -Xmx2g}), or with {@code --fork}
 * each class in a JVM of its own with a 2 GB heap.
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.BadInputBenchmark [--fork] [--max-length N] [--chunk-length N] [CLASS...]
 * }</pre>
 *
 * <p>{@code --chunk-length} sets {@link FactExtractor.Builder#chunkLength(int)}; a length above the
 * text's reads it whole, as eventfacts did before it read long texts in chunks.
 *
 * <p>The extractor is loaded and warmed up on a sentence first; before each class the heap
 * pools' peaks are reset after a collection, then the class's input is decoded and read as {@code
 * extract} does. Time is wall-clock and CPU time of the whole JVM (all threads); peak heap is the
 * sum of the heap pools' peak use, the loaded models and garbage not yet collected included, so
 * it overstates what the input itself needs (the pools peak at different times, so the sum can
 * exceed {@code -Xmx}); peak live heap is the most heap in use just after any collection during
 * the class, closer to what the
 * input needs: a heap smaller than it would have run out.
 */
public final class BadInputBenchmark {

  private static int chunkLength = org.eventfacts.chunk.ParagraphChunks.DEFAULT_SIZE;

  private BadInputBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("--one")) {
      chunkLength = Integer.parseInt(args[5]);
      one(args[1], Integer.parseInt(args[3]));
      return;
    }
    int maxLength = Integer.MAX_VALUE;
    boolean fork = false;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--max-length")) {
        maxLength = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--chunk-length")) {
        chunkLength = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--fork")) {
        fork = true;
      } else {
        names.add(args[i]);
      }
    }
    if (names.isEmpty()) {
      BadInputs.all().forEach(input -> names.add(input.name()));
    }
    System.out.println("| class | record | wall | CPU | peak heap | peak live heap | counts read |");
    System.out.println("|---|---|---:|---:|---:|---:|---|");
    if (fork) {
      for (String name : names) {
        System.out.println(child(name, maxLength));
      }
      return;
    }
    FactExtractor extractor = warmExtractor(maxLength);
    for (String name : names) {
      System.out.println(row(extractor, BadInputs.byName(name)));
    }
  }

  private static FactExtractor warmExtractor(int maxLength) {
    FactExtractor extractor = FactExtractor.builder().threads(2).maxTextLength(maxLength).chunkLength(chunkLength).build();
    extractor.extract("warm-up", "Two people were hurt.");
    return extractor;
  }

  private static String child(String name, int maxLength) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
        BadInputBenchmark.class.getName(), "--one", name, "--max-length", String.valueOf(maxLength),
        "--chunk-length", String.valueOf(chunkLength)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String row = "| " + name + " | (no result: the JVM failed) | | | | |";
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("| ")) {
          row = line;
        }
      }
    }
    process.waitFor();
    return row;
  }

  private static void one(String name, int maxLength) {
    System.out.println(row(warmExtractor(maxLength), BadInputs.byName(name)));
  }

  /** The most heap found in use just after a collection since the last reset, in bytes. */
  private static final java.util.concurrent.atomic.AtomicLong PEAK_LIVE = new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();

  static {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        HEAP_POOLS.add(pool.getName());
      }
    }
    for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((javax.management.NotificationEmitter) collector).addNotificationListener(
          (notification, handback) -> {
            if (!notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
              return;
            }
            com.sun.management.GarbageCollectionNotificationInfo info =
                com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) notification.getUserData());
            long live = 0;
            for (java.util.Map.Entry<String, java.lang.management.MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (HEAP_POOLS.contains(pool.getKey())) {
                live += pool.getValue().getUsed();
              }
            }
            PEAK_LIVE.accumulateAndGet(live, Math::max);
          },
          null,
          null);
    }
  }

  private static String row(FactExtractor extractor, BadInput input) {
    String name = input.name();
    System.gc();
    PEAK_LIVE.set(0);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    ExtractionResult result = read(extractor, input);
    long wallNanos = System.nanoTime() - wall;
    long cpuNanos = os.getProcessCpuTime() - cpu;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    StringBuilder counts = new StringBuilder();
    if (!result.failed()) {
      for (CasualtyCount casualty : result.facts().casualties()) {
        counts.append(counts.length() > 0 ? ", " : "").append(casualty.count().value()).append(' ').append(casualty.outcome().name().toLowerCase());
      }
    }
    return String.format(
        "| %s | %s | %.1f s | %.1f s | %d MB | %d MB | %s |",
        name,
        result.failed() ? result.error().kind().name() : "facts",
        Duration.ofNanos(wallNanos).toMillis() / 1000.0,
        Duration.ofNanos(cpuNanos).toMillis() / 1000.0,
        peak >> 20,
        PEAK_LIVE.get() >> 20,
        counts.length() == 0 ? "-" : counts);
  }

  private static ExtractionResult read(FactExtractor extractor, BadInput input) {
    TextDecoder.Decoded decoded = TextDecoder.strict().decode(input.bytes());
    if (decoded instanceof TextDecoder.Decoded.Failure failure) {
      return ExtractionResult.failed(input.name(), new ExtractionError(ErrorKind.DECODE, failure.message()));
    }
    return extractor.tryExtract(Document.of(input.name(), ((TextDecoder.Decoded.Text) decoded).text()));
  }
}
