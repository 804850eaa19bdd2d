package org.eventfacts.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import org.eventfacts.FactExtractor;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.place.Gazetteer;

/**
 * Where start-up goes, from the JVM's start to the facts of one article: every model loaded one
 * after the other on one thread (so that each step's CPU time is its own, whatever else the
 * machine runs), then the article read twice, cold and warm. On two cores the extractor loads the
 * parser beside the tagger and NER, so its wall time is at best about half the loading's sum.
 *
 * <pre>
 * java -Xmx2g -XX:+UseSerialGC -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.StartupProfile ../shared/corpus/seed/kazakhstan-stern.txt
 * </pre>
 *
 * <p>CoreNLP keeps the annotators it builds in a JVM-wide pool, so each pipeline built with one
 * annotator more than the one before loads only that annotator. NER reads its models from their
 * fast-loading copies and the parser, eventfacts' {@link org.eventfacts.pipeline.ParseAnnotator},
 * its weights from their binary copy (both written by the first run; {@code
 * -Deventfacts.modelCache=none} times the models themselves). The parser computes hidden-layer
 * products on first use rather than while loading.
 */
public final class StartupProfile {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private StartupProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: StartupProfile ARTICLE.txt");
      System.exit(2);
    }
    double toMain = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
    System.out.printf(
        Locale.ROOT,
        "JVM start to main: %.2f s wall, %.2f s CPU of the process%n",
        toMain,
        OS.getProcessCpuTime() / 1e9);
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    // NER's models from their fast-loading copies, as the extractor loads them
    Properties base = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE)).loadingProperties();
    String[] steps = {"tokenize,ssplit", "pos", "lemma", "ner"};
    String annotators = "";
    for (String step : steps) {
      annotators = annotators.isEmpty() ? step : annotators + "," + step;
      Properties properties = new Properties();
      properties.putAll(base);
      properties.setProperty("annotators", annotators);
      String pipeline = annotators;
      time("load " + step, () -> new StanfordCoreNLP(properties, false), pipeline);
    }
    Properties withParser = new Properties();
    withParser.putAll(base);
    withParser.setProperty("annotators", Annotator.DEPPARSE.coreNlpName());
    time("load parser (english_UD, read by eventfacts' ParseAnnotator)",
        () -> new StanfordCoreNLP(withParser, false), "");
    time("load gazetteer", () -> {
      Gazetteer.geoNames().load();
      return null;
    }, "");
    // one thread chosen: the article is read on this thread alone, so its CPU time is this thread's
    FactExtractor extractor = FactExtractor.builder().threads(1).build();
    time("warm-up of the extractor (pipeline from the pool)", () -> {
      extractor.warmUp();
      return null;
    }, "");
    DocumentFacts first = time("first article (cold)", () -> extractor.extract("a", text), "");
    time("same article again (warm)", () -> extractor.extract("a", text), "");
    System.out.printf(
        Locale.ROOT,
        "total: %.2f s since the JVM started, %.2f s CPU of the process; %d facts%n",
        ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
        OS.getProcessCpuTime() / 1e9,
        first.casualties().size() + first.arrests().size() + first.quotes().size());
  }

  private static <T> T time(String step, Supplier<T> work, String detail) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long process = OS.getProcessCpuTime();
    long wall = System.nanoTime();
    T result = work.get();
    System.out.printf(
        Locale.ROOT,
        "%-62s %6.2f s CPU of this thread, %6.2f s of the process, %6.2f s wall%s%n",
        step,
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
        (OS.getProcessCpuTime() - process) / 1e9,
        (System.nanoTime() - wall) / 1e9,
        detail.isEmpty() ? "" : " (" + detail + ")");
    return result;
  }
}
