package org.eventfacts.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.eventfacts.pipeline.AnnotationCache;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.ParseAnnotator;
import org.eventfacts.pipeline.Pipeline;

/**
 * Whether eventfacts' parser ({@link ParseAnnotator}) parses every sentence of some corpora as
 * CoreNLP's {@code depparse} annotator does: both run over the same tokens, tags and sentences
 * (eventfacts' pipeline up to NER, from the annotation cache), and their enhanced++ graphs, the
 * graph the fact readers read, are compared edge by edge. Prints the sentences that differ and
 * the CPU time of each parser on this thread.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.ParserAgreement /tmp/efcache DIR...
 * </pre>
 */
public final class ParserAgreement {

  private ParserAgreement() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ParserAgreement CACHE DIR...");
      System.exit(2);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AnnotationCache cache = AnnotationCache.in(Path.of(args[0]));
    Pipeline tagged = Pipeline.of(EnumSet.of(Annotator.NER));
    DependencyParseAnnotator coreNlp = new DependencyParseAnnotator(new Properties());
    ParseAnnotator ours = new ParseAnnotator(ParseAnnotator.NAME, new Properties());
    long sentences = 0;
    long tokens = 0;
    long differing = 0;
    long coreNlpNanos = 0;
    long ourNanos = 0;
    for (int d = 1; d < args.length; d++) {
      long corpusSentences = 0;
      long corpusDiffering = 0;
      for (Path file : texts(Path.of(args[d]))) {
        Annotation annotation =
            cache.annotate(tagged, Files.readString(file, StandardCharsets.UTF_8)).annotation();
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        long start = cpu.getCurrentThreadCpuTime();
        coreNlp.annotate(annotation);
        coreNlpNanos += cpu.getCurrentThreadCpuTime() - start;
        List<String> expected = new ArrayList<>();
        for (CoreMap sentence : all) {
          expected.add(edges(sentence));
          tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        start = cpu.getCurrentThreadCpuTime();
        ours.annotate(annotation);
        ourNanos += cpu.getCurrentThreadCpuTime() - start;
        for (int s = 0; s < all.size(); s++) {
          corpusSentences++;
          String actual = edges(all.get(s));
          if (!actual.equals(expected.get(s))) {
            corpusDiffering++;
            System.out.printf(
                Locale.ROOT, "DIFFERS %s sentence %d%n  corenlp: %s%n  ours:    %s%n", file, s, expected.get(s), actual);
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d sentences, %d differ%n", args[d], corpusSentences, corpusDiffering);
      sentences += corpusSentences;
      differing += corpusDiffering;
    }
    System.out.printf(
        Locale.ROOT,
        "all: %d sentences, %d tokens, %d differ; CPU: CoreNLP depparse %.2f s (%.3f ms/token), ours %.2f s (%.3f ms/token)%n",
        sentences,
        tokens,
        differing,
        coreNlpNanos / 1e9,
        coreNlpNanos / 1e6 / tokens,
        ourNanos / 1e9,
        ourNanos / 1e6 / tokens);
  }

  private static String edges(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    // Copy nodes are told apart by their rank among the copies of a word: CoreNLP numbers them on
    // from the copies its other graphs of the sentence made.
    java.util.Map<Integer, java.util.TreeSet<Integer>> copies = new java.util.HashMap<>();
    for (IndexedWord word : graph.vertexSet()) {
      if (word.copyCount() > 0) {
        copies.computeIfAbsent(word.index(), i -> new java.util.TreeSet<>()).add(word.copyCount());
      }
    }
    StringBuilder text = new StringBuilder();
    for (var root : graph.getRoots()) {
      text.append("root(").append(root.index()).append(") ");
    }
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      text.append(edge.getRelation().toString())
          .append('(')
          .append(node(edge.getGovernor(), copies))
          .append(',')
          .append(node(edge.getDependent(), copies))
          .append(edge.isExtra() ? ",extra" : "")
          .append(") ");
    }
    return text.toString();
  }

  private static String node(IndexedWord word, java.util.Map<Integer, java.util.TreeSet<Integer>> copies) {
    if (word.copyCount() == 0) {
      return String.valueOf(word.index());
    }
    return word.index() + "'" + (copies.get(word.index()).headSet(word.copyCount()).size() + 1);
  }

  private static List<Path> texts(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
