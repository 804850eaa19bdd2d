package org.eventfacts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eventfacts.actor.ActorExtractor;
import org.eventfacts.actor.ActorLinker;
import org.eventfacts.arrest.ArrestExtractor;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.casualty.CasualtyExtractor;
import org.eventfacts.event.EventReader;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.json.FactsJson;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.place.Gazetteer;
import org.eventfacts.place.PlaceReader;
import org.eventfacts.quote.QuoteExtractor;
import org.eventfacts.text.ParsedText;

/**
 * The cost of each stage of one eventfacts run over a directory of {@code .txt} articles: every
 * CoreNLP annotator eventfacts runs (tokenize and ssplit, pos, lemma, ner, depparse), each of the
 * NER annotator's CRF models alone, and each fact reader, actor linking and JSON writing. One
 * thread; each stage is timed in the CPU time of that thread, so the profile holds its shape on a
 * machine where other work runs (wall time would not).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.StageProfile DIR
 * </pre>
 *
 * <p>The NER models alone are timed on the side (numeric classifiers off), to show what each of
 * the three CRF passes costs, and so is CoreNLP's own {@code depparse} annotator (the {@code
 * depparse} row is eventfacts' {@link org.eventfacts.pipeline.ParseAnnotator}, which gives the
 * same parses); the {@code ner} row is the annotator as eventfacts runs it (its
 * models, numeric classifiers, entity mentions). The first document of a run is left out
 * of the figures (it pays for lazy initialisation).
 */
public final class StageProfile {

  private static final String[] NER_MODELS = {
    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
    "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
    "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
  };

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private boolean counting;

  private StageProfile() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: StageProfile DIR");
      System.exit(2);
    }
    List<Input> texts = read(Path.of(args[0]));
    new StageProfile().run(texts);
  }

  private void run(List<Input> texts) {
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));
    Properties base = pipeline.properties();
    long loadStart = System.nanoTime();
    StanfordCoreNLP full = new StanfordCoreNLP(base);
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
    FactsJson json = new FactsJson(new ObjectMapper());
    long gazetteerStart = cpu.getCurrentThreadCpuTime();
    Gazetteer.geoNames().load();
    double gazetteerLoad = (cpu.getCurrentThreadCpuTime() - gazetteerStart) / 1e9;
    EventReader events = EventReader.of(PlaceReader.of(Gazetteer.geoNames()));
    long tokens = 0;
    for (int i = 0; i < texts.size(); i++) {
      counting = i > 0;
      Input input = texts.get(i);
      CoreDocument document = new CoreDocument(input.text());
      Annotation annotation = document.annotation();
      time("tokenize+ssplit", () -> annotate(full, "tokenize", annotation));
      time("pos", () -> annotate(full, "pos", annotation));
      time("lemma", () -> annotate(full, "lemma", annotation));
      for (int m = 0; m < NER_MODELS.length; m++) {
        StanfordCoreNLP alone = nerAlone.get(m);
        time("  (ner model alone: " + shortName(NER_MODELS[m]) + ")", () -> {
          alone.annotate(annotation);
          return null;
        });
      }
      time("ner (as eventfacts runs it)", () -> annotate(full, "ner", annotation));
      time("  (CoreNLP's depparse annotator, all five graphs)", () -> {
        coreNlpParser.annotate(annotation);
        return null;
      });
      time("depparse", () -> annotate(full, Annotator.DEPPARSE.coreNlpName(), annotation));
      document.wrapAnnotations();
      if (counting) {
        tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      ParsedText text = time("view (ParsedText)", () -> ParsedText.of(document));
      AttributionReader attribution = time("attribution", () -> AttributionReader.of(text));
      List<CasualtyCount> casualties =
          time("casualty reader", () -> CasualtyExtractor.read(text, attribution));
      List<Arrest> arrests = time("arrest reader", () -> ArrestExtractor.read(text, attribution));
      List<Quote> quotes = time("quote reader", () -> QuoteExtractor.read(text));
      List<Actor> actors = time("actor reader", () -> ActorExtractor.read(text, quotes));
      DocumentFacts facts =
          time(
              "actor linking",
              () ->
                  ActorLinker.of(text, actors)
                      .linkFacts(
                          new DocumentFacts(
                              "", text.text(), casualties, arrests, quotes, List.of())));
      DocumentFacts withEvents =
          time(
              "event reader (dates, places, totals)",
              () -> facts.withEvents(events.read(text, facts, input.published())));
      time("JSON", () -> json.write(withEvents).toString());
    }
    print(texts.size() - 1, tokens, load);
    System.out.printf(Locale.ROOT, "%ngazetteer load: %.2f s of CPU (beside the models, on first use)%n", gazetteerLoad);
  }

  private static Void annotate(StanfordCoreNLP pipeline, String annotator, Annotation annotation) {
    StanfordCoreNLP.getExistingAnnotator(annotator).annotate(annotation);
    return null;
  }

  private <T> T time(String stage, Supplier<T> work) {
    long start = cpu.getCurrentThreadCpuTime();
    T result = work.get();
    if (counting) {
      nanos.merge(stage, cpu.getCurrentThreadCpuTime() - start, Long::sum);
    }
    return result;
  }

  private void print(int documents, long tokens, double load) {
    long annotators = 0;
    long readers = 0;
    boolean afterParse = false;
    for (Map.Entry<String, Long> stage : nanos.entrySet()) {
      if (stage.getKey().startsWith("  ")) {
        continue;
      }
      if (afterParse) {
        readers += stage.getValue();
      } else {
        annotators += stage.getValue();
      }
      afterParse |= stage.getKey().equals("depparse");
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
    for (Map.Entry<String, Long> stage : nanos.entrySet()) {
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

  /** A text and the publication date of its {@code <id>.meta.json} sidecar, if any. */
  private record Input(String text, LocalDate published) {}

  private static List<Input> read(Path directory) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(directory)) {
      List<Input> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name.substring(0, name.length() - 4) + ".meta.json");
        LocalDate published = null;
        if (Files.isRegularFile(sidecar)) {
          String date = mapper.readTree(sidecar.toFile()).path("published").asText("");
          published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        }
        texts.add(new Input(Files.readString(file, StandardCharsets.UTF_8), published));
      }
      return texts;
    }
  }
}
