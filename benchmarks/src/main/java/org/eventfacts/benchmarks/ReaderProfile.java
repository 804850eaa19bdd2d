package org.eventfacts.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventfacts.Document;
import org.eventfacts.pipeline.AnnotationCache;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;

/**
 * The cost of each step of the extraction layer (everything after CoreNLP's annotators, {@link
 * ExtractionLayer}) over articles whose annotations are in an annotation cache, read again and
 * again so that the figures settle: for working on the readers' speed without paying for
 * CoreNLP. The first round warms the JIT and is left out. Prints the CPU time of this thread per
 * step, and a digest of the JSON lines, the same in every round, to compare runs before and after
 * a change (the models load only for an article missing from the cache).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.ReaderProfile /tmp/efcache ROUNDS DIR...
 * </pre>
 */
public final class ReaderProfile {

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final StageClock clock = new StageClock();

  private ReaderProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ReaderProfile CACHE ROUNDS DIR...");
      System.exit(2);
    }
    AnnotationCache cache = AnnotationCache.in(Path.of(args[0]));
    int rounds = Integer.parseInt(args[1]);
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));
    List<Document> documents = new ArrayList<>();
    List<CoreDocument> annotated = new ArrayList<>();
    long tokens = 0;
    for (int i = 2; i < args.length; i++) {
      for (Document document : ArticleFiles.in(Path.of(args[i]))) {
        CoreDocument annotation = cache.annotate(pipeline, document.text());
        documents.add(document);
        annotated.add(annotation);
        tokens += annotation.annotation().get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    new ReaderProfile().run(documents, annotated, rounds, tokens);
  }

  private void run(List<Document> documents, List<CoreDocument> annotated, int rounds, long tokens)
      throws Exception {
    ExtractionLayer layer = new ExtractionLayer();
    String digest = null;
    long fastest = Long.MAX_VALUE;
    for (int round = 0; round <= rounds; round++) {
      long roundStart = cpu.getCurrentThreadCpuTime();
      clock.counting(round > 0);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < documents.size(); i++) {
        String line = layer.read(annotated.get(i), documents.get(i), clock);
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      String roundDigest = HexFormat.of().formatHex(sha.digest());
      if (digest != null && !digest.equals(roundDigest)) {
        throw new IllegalStateException("round " + round + " wrote other JSON than round 0");
      }
      digest = roundDigest;
      if (round > 0) {
        fastest = Math.min(fastest, cpu.getCurrentThreadCpuTime() - roundStart);
      }
    }
    long total = clock.nanos().values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d tokens, %d rounds after one to warm up%n%n",
        documents.size(),
        tokens,
        rounds);
    System.out.println("| stage | ms per 1,000 tokens | share of the layer |");
    System.out.println("|---|---|---|");
    for (Map.Entry<String, Long> stage : clock.nanos().entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.1f%% |%n",
          stage.getKey(),
          stage.getValue() / 1e3 / tokens / rounds,
          100.0 * stage.getValue() / total);
    }
    System.out.printf(
        Locale.ROOT,
        "| extraction layer | %.2f | 100%% |%n%nfastest round: %.2f ms per 1,000 tokens (with the digest)%nJSON digest %s%n",
        total / 1e3 / tokens / rounds,
        fastest / 1e3 / tokens,
        digest);
  }
}
