package org.eventfacts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eventfacts.FactExtractor;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.fact.Span;
import org.eventfacts.pipeline.AnnotationCache;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.eventfacts.time.DateReader;
import org.eventfacts.time.DatedHappening;
import org.jspecify.annotations.Nullable;

/**
 * What SUTime (CoreNLP's temporal tagger, given the publication date as {@code docDate}) costs
 * against eventfacts' own {@link DateReader}, on the sentences that hold facts (a casualty or an
 * arrest) of a corpus whose gold gives each document's incident day and whose {@code
 * <id>.meta.json} gives its publication date (gva-dev).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.DateReaderComparison \
 *     [--cache DIR] [--rounds N] ../shared/corpus/gva-dev
 * </pre>
 *
 * <p>Both readers get the same sentences, already tokenized (and tagged) by eventfacts' own
 * pipeline, so the time is the reader's alone: SUTime's {@code annotateSingleSentence} on the
 * sentence's tokens, against {@code DateReader.read} on its text. Times are the CPU time of the one
 * thread that reads, summed over {@code rounds} passes after one warm-up pass; SUTime's rule
 * loading is timed on its own.
 *
 * <p>Accuracy is judged the same way for both, on the documents whose gold states a day: a date
 * counts when it is a day not after publication; "found" is the share of documents where the gold
 * day is among a reader's dates of the fact-holding sentences; "chosen" takes, in text order, the
 * first date that modifies a word of the incident, else the first whose word says nothing ({@link
 * DatedHappening}), else the publication date, and is right when it is the gold day. The
 * incident-date choice eventfacts makes ({@code events[0].date}, scored by {@code evaluate}) reads
 * more sentences than these; this compares the two readers on equal terms.
 */
public final class DateReaderComparison {

  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  private DateReaderComparison() {}

  /** A document's fact-holding sentences, with its publication date and gold incident day. */
  private record Sample(
      String id,
      List<ParsedSentence> sentences,
      List<CoreMap> annotated,
      LocalDate published,
      LocalDate gold) {}

  /** A date a reader found: its day and its span in the document. */
  private record Found(LocalDate day, Span span) {}

  public static void main(String[] args) throws Exception {
    Path cache = null;
    int rounds = 5;
    Path corpus = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> corpus = Path.of(args[i]);
      }
    }
    if (corpus == null) {
      System.err.println("usage: DateReaderComparison [--cache DIR] [--rounds N] CORPUS_DIR");
      System.exit(2);
    }
    new DateReaderComparison().run(corpus, cache, rounds);
  }

  private void run(Path corpus, @Nullable Path cache, int rounds) throws IOException {
    List<Sample> samples = samples(corpus, cache);
    int sentences = samples.stream().mapToInt(s -> s.sentences().size()).sum();

    long loadStart = cpu.getCurrentThreadCpuTime();
    long loadWall = System.nanoTime();
    TimeAnnotator suTime = new TimeAnnotator("sutime", new Properties(), true);
    double suTimeLoadCpu = (cpu.getCurrentThreadCpuTime() - loadStart) / 1e9;
    double suTimeLoadWall = (System.nanoTime() - loadWall) / 1e9;

    Function<Sample, List<List<Found>>> own = sample -> readAll(sample, this::own);
    Function<Sample, List<List<Found>>> sutime =
        sample -> {
          List<List<Found>> all = new ArrayList<>();
          for (CoreMap sentence : sample.annotated()) {
            all.add(suTime(suTime, sample, sentence));
          }
          return all;
        };

    double ownCpu = time(samples, own, rounds);
    double suTimeCpu = time(samples, sutime, rounds);

    System.out.printf(
        Locale.ROOT,
        "%d documents with a gold day, %d fact-holding sentences, %d rounds after one warm-up%n%n",
        samples.size(),
        sentences,
        rounds);
    System.out.println("| reader | CPU per round | per sentence | dates read | gold day found | gold day chosen |");
    System.out.println("|---|---|---|---|---|---|");
    row("eventfacts DateReader", samples, own, ownCpu, rounds, sentences);
    row("SUTime (docDate = published)", samples, sutime, suTimeCpu, rounds, sentences);
    System.out.printf(
        Locale.ROOT,
        "%nSUTime rule loading: %.2f s CPU (%.2f s wall); SUTime takes %.0f times the CPU of DateReader%n",
        suTimeLoadCpu,
        suTimeLoadWall,
        suTimeCpu / ownCpu);
  }

  private interface SentenceReader {
    List<Found> read(Sample sample, ParsedSentence sentence);
  }

  private static List<List<Found>> readAll(Sample sample, SentenceReader reader) {
    List<List<Found>> all = new ArrayList<>();
    for (ParsedSentence sentence : sample.sentences()) {
      all.add(reader.read(sample, sentence));
    }
    return all;
  }

  private List<Found> own(Sample sample, ParsedSentence sentence) {
    List<Found> found = new ArrayList<>();
    for (EventDate date :
        DateReader.read(sentence.text(), sentence.span().start(), sample.published())) {
      if (date.precision() == DatePrecision.DAY && date.span() != null) {
        found.add(new Found(date.firstDay(), date.span()));
      }
    }
    return found;
  }

  private static List<Found> suTime(TimeAnnotator suTime, Sample sample, CoreMap sentence) {
    List<Found> found = new ArrayList<>();
    List<CoreMap> timexes =
        suTime.annotateSingleSentence(
            sentence, sample.published().toString(), new edu.stanford.nlp.time.SUTime.TimeIndex());
    for (CoreMap timex : timexes) {
      Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
      String iso = value == null ? null : value.value();
      if (iso != null && DAY.matcher(iso).matches()) {
        try {
          LocalDate day = LocalDate.parse(iso.substring(0, 10));
          found.add(
              new Found(
                  day,
                  new Span(
                      timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                      timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
        } catch (java.time.DateTimeException e) {
          // not a calendar day ("2015-02-30"): no date
        }
      }
    }
    return found;
  }

  /** CPU seconds of {@code rounds} passes over every sample, after one warm-up pass. */
  private double time(List<Sample> samples, Function<Sample, List<List<Found>>> reader, int rounds) {
    samples.forEach(reader::apply);
    long start = cpu.getCurrentThreadCpuTime();
    for (int round = 0; round < rounds; round++) {
      samples.forEach(reader::apply);
    }
    return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
  }

  private static void row(
      String name,
      List<Sample> samples,
      Function<Sample, List<List<Found>>> reader,
      double cpuSeconds,
      int rounds,
      int sentences) {
    int dates = 0;
    int found = 0;
    int chosen = 0;
    for (Sample sample : samples) {
      List<List<Found>> perSentence = reader.apply(sample);
      boolean has = false;
      for (List<Found> inSentence : perSentence) {
        dates += inSentence.size();
        has |= inSentence.stream().anyMatch(f -> f.day().equals(sample.gold()));
      }
      found += has ? 1 : 0;
      chosen += sample.gold().equals(choose(sample, perSentence)) ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f s | %.1f µs | %d | %d/%d = %.3f | %d/%d = %.3f |%n",
        name,
        cpuSeconds / rounds,
        cpuSeconds / rounds / sentences * 1e6,
        dates,
        found,
        samples.size(),
        (double) found / samples.size(),
        chosen,
        samples.size(),
        (double) chosen / samples.size());
  }

  /** The first date of the incident, else the first date of something unknown, else publication. */
  private static LocalDate choose(Sample sample, List<List<Found>> perSentence) {
    for (DatedHappening wanted : List.of(DatedHappening.INCIDENT, DatedHappening.UNKNOWN)) {
      for (int i = 0; i < perSentence.size(); i++) {
        ParsedSentence sentence = sample.sentences().get(i);
        for (Found date : perSentence.get(i)) {
          if (!date.day().isAfter(sample.published())
              && DatedHappening.of(sentence, date.span()) == wanted) {
            return date.day();
          }
        }
      }
    }
    return sample.published();
  }

  private static List<Sample> samples(Path corpus, @Nullable Path cache) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));
    AnnotationCache annotations = cache == null ? null : AnnotationCache.in(cache);
    FactExtractor extractor = FactExtractor.builder().build();
    List<Sample> samples = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> files = Files.list(corpus)) {
      texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : texts) {
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      Path meta = corpus.resolve(id + ".meta.json");
      Path gold = corpus.resolve(id + ".gold.json");
      if (!Files.isRegularFile(meta) || !Files.isRegularFile(gold)) {
        continue;
      }
      LocalDate published = LocalDate.parse(json.readTree(meta.toFile()).path("published").asText());
      LocalDate day = null;
      for (JsonNode expected : json.readTree(gold.toFile()).path("expect")) {
        if (expected.path("type").asText().equals("event") && expected.hasNonNull("date")) {
          day = LocalDate.parse(expected.get("date").asText());
        }
      }
      if (day == null) {
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      var annotated = annotations == null ? pipeline.annotate(text) : annotations.annotate(pipeline, text);
      ParsedText parsed = ParsedText.of(annotated);
      DocumentFacts facts = extractor.extract(id, annotated);
      TreeSet<Integer> holding = new TreeSet<>();
      List<IncidentFact> all = new ArrayList<>(facts.casualties());
      all.addAll(facts.arrests());
      for (IncidentFact fact : all) {
        holding.add(fact.evidence().sentence());
      }
      // ParsedText keeps the sentences that have tokens, in order: the same indices here.
      List<CoreMap> maps =
          annotated.annotation().get(CoreAnnotations.SentencesAnnotation.class).stream()
              .filter(m -> !m.get(CoreAnnotations.TokensAnnotation.class).isEmpty())
              .toList();
      List<ParsedSentence> sentences = new ArrayList<>();
      List<CoreMap> annotatedSentences = new ArrayList<>();
      for (int index : holding) {
        sentences.add(parsed.sentences().get(index));
        annotatedSentences.add(maps.get(index));
      }
      samples.add(new Sample(id, sentences, annotatedSentences, published, day));
    }
    return samples;
  }
}
