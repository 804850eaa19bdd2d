package org.eventfacts.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eventfacts.Document;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.place.Gazetteer;
import org.eventfacts.text.TextLanguage;
import org.jspecify.annotations.Nullable;

/**
 * The cost of each stage of one eventfacts run over a directory of {@code .txt} articles: every
 * CoreNLP annotator eventfacts runs (tokenize and ssplit after eventfacts' own shaping of the
 * text, pos, lemma, ner, depparse), each of the NER annotator's CRF models alone, and each step of
 * the extraction layer as {@link org.eventfacts.FactExtractor} and the CLI's {@code extract} run
 * it ({@link ExtractionLayer}: the language check, the view, attribution, each fact reader,
 * actor reading and linking, events with their dates and places, JSON). One thread; each stage
 * is timed in the CPU time of that thread, so the profile holds its shape on a machine where
 * other work runs (wall time would not).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.StageProfile DIR [JSONL]
 * </pre>
 *
 * <p>The NER models alone are timed on the side (numeric classifiers off), to show what each of
 * the three CRF passes costs, and so is CoreNLP's own {@code depparse} annotator (the {@code
 * depparse} row is eventfacts' {@link org.eventfacts.pipeline.ParseAnnotator}, which gives the
 * same parses); the {@code ner} row is the annotator as eventfacts runs it (its
 * models, numeric classifiers, entity mentions). The first document of a run is left out
 * of the figures (it pays for lazy initialisation). Given a second argument, the profile writes
 * there the JSON lines it read, which are {@code extract}'s for the same files: a check that
 * the stages timed are the run's.
 */
public final class StageProfile {

  private static final String LANGUAGE = "language check (TextLanguage)";
  private static final String SHAPING = "shaping + tokenize + ssplit";
  private static final String DEPPARSE = "depparse";

  private static final String[] NER_MODELS = {
    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
    "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
    "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
  };

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final StageClock clock = new StageClock();

  private StageProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 && args.length != 2) {
      System.err.println("usage: StageProfile DIR [JSONL]");
      System.exit(2);
    }
    List<Document> documents = ArticleFiles.in(Path.of(args[0]));
    new StageProfile().run(documents, args.length == 2 ? Path.of(args[1]) : null);
  }

  private void run(List<Document> documents, @Nullable Path out) throws IOException {
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));
    // eventfacts' own stages before CoreNLP (ProseText, then tokenize and ssplit, then long and
    // capital sentences), as the real pipeline runs them, with no annotator after them
    Pipeline shaping = Pipeline.of(EnumSet.of(Annotator.SSPLIT));
    Properties base = pipeline.properties();
    long loadStart = System.nanoTime();
    StanfordCoreNLP full = new StanfordCoreNLP(base);
    shaping.warmUp();
    double load = (System.nanoTime() - loadStart) / 1e9;
    List<StanfordCoreNLP> nerAlone = new ArrayList<>();
    for (String model : NER_MODELS) {
      Properties properties = new Properties();
      properties.putAll(base);
      properties.setProperty("annotators", "ner");
      properties.setProperty("ner.model", model);
      properties.setProperty("ner.applyNumericClassifiers", "false");
      properties.setProperty("ner.buildEntityMentions", "false");
      nerAlone.add(new StanfordCoreNLP(properties, false));
    }
    // CoreNLP's own parser, timed on the side: the parses are the same, the cost is not.
    edu.stanford.nlp.pipeline.DependencyParseAnnotator coreNlpParser =
        new edu.stanford.nlp.pipeline.DependencyParseAnnotator(new Properties());
    long gazetteerStart = cpu.getCurrentThreadCpuTime();
    Gazetteer.geoNames().load();
    double gazetteerLoad = (cpu.getCurrentThreadCpuTime() - gazetteerStart) / 1e9;
    ExtractionLayer layer = new ExtractionLayer();
    List<String> lines = new ArrayList<>();
    long tokens = 0;
    for (int i = 0; i < documents.size(); i++) {
      clock.counting(i > 0);
      Document input = documents.get(i);
      // FactExtractor skips a text that does not look English before annotating it
      clock.run(LANGUAGE, () -> TextLanguage.of(input.text()));
      CoreDocument document = clock.run(SHAPING, () -> shaping.annotate(input.text()));
      Annotation annotation = document.annotation();
      clock.run("pos", () -> annotate(full, "pos", annotation));
      clock.run("lemma", () -> annotate(full, "lemma", annotation));
      for (int m = 0; m < NER_MODELS.length; m++) {
        StanfordCoreNLP alone = nerAlone.get(m);
        clock.run("  (ner model alone: " + shortName(NER_MODELS[m]) + ")", () -> {
          alone.annotate(annotation);
          return null;
        });
      }
      clock.run("ner (as eventfacts runs it)", () -> annotate(full, "ner", annotation));
      clock.run("  (CoreNLP's depparse annotator, all five graphs)", () -> {
        coreNlpParser.annotate(annotation);
        return null;
      });
      clock.run(DEPPARSE, () -> annotate(full, Annotator.DEPPARSE.coreNlpName(), annotation));
      document.wrapAnnotations();
      if (clock.counting()) {
        tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      lines.add(layer.read(document, input, clock));
    }
    print(documents.size() - 1, tokens, load);
    System.out.printf(Locale.ROOT, "%ngazetteer load: %.2f s of CPU (beside the models, on first use)%n", gazetteerLoad);
    if (out != null) {
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
  }

  private static Void annotate(StanfordCoreNLP pipeline, String annotator, Annotation annotation) {
    StanfordCoreNLP.getExistingAnnotator(annotator).annotate(annotation);
    return null;
  }

  private void print(int documents, long tokens, double load) {
    long annotators = 0;
    long readers = 0;
    boolean afterParse = false;
    for (Map.Entry<String, Long> stage : clock.nanos().entrySet()) {
      if (stage.getKey().startsWith("  ")) {
        continue;
      }
      // the language check runs before the annotators but is no annotator: it counts with the
      // extraction layer, eventfacts' own reading of the text
      if (afterParse || stage.getKey().equals(LANGUAGE)) {
        readers += stage.getValue();
      } else {
        annotators += stage.getValue();
      }
      afterParse |= stage.getKey().equals(DEPPARSE);
    }
    long total = annotators + readers;
    System.out.printf(
        Locale.ROOT,
        "%d documents (the first left out), %d tokens, models loaded in %.1f s%n%n",
        documents,
        tokens,
        load);
    System.out.println("| stage | CPU s | ms per 1,000 tokens | share |");
    System.out.println("|---|---|---|---|");
    for (Map.Entry<String, Long> stage : clock.nanos().entrySet()) {
      double seconds = stage.getValue() / 1e9;
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.1f | %s |%n",
          stage.getKey().trim(),
          seconds,
          seconds * 1e6 / tokens,
          stage.getKey().startsWith("  ")
              ? "(side run)"
              : String.format(Locale.ROOT, "%.1f%%", 100.0 * stage.getValue() / total));
    }
    System.out.printf(
        Locale.ROOT,
        "| CoreNLP annotators | %.2f | %.1f | %.1f%% |%n| extraction layer | %.2f | %.1f | %.1f%% |%n",
        annotators / 1e9,
        annotators / 1e3 / tokens,
        100.0 * annotators / total,
        readers / 1e9,
        readers / 1e3 / tokens,
        100.0 * readers / total);
  }

  private static String shortName(String model) {
    String file = model.substring(model.lastIndexOf('/') + 1);
    return file.substring(0, file.indexOf(".distsim"));
  }
}
