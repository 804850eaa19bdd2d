package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Joiner;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eventfacts.fact.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CoreNLP pipeline with a fixed set of annotators and the properties that suit news text, built
 * lazily on first use and then shared, one per JVM for each set of annotators and {@link Limits}:
 * {@link #annotate} is safe to call from many threads.
 *
 * <p>The choices, measured on this project's machine (see the README): NER without fine-grained
 * rules and without SUTime (each costs seconds per article and the facts need neither), numeric
 * classifiers on (counts need normalised numbers), sentences also broken at blank lines (headlines
 * carry no full stop), untokenizable characters dropped silently.
 *
 * <p>A text is annotated in stages, so that no input costs more than its length warrants:
 *
 * <ol>
 *   <li>{@link ProseText} blanks what is not prose (tables, links, symbols, markup, over-long
 *       runs) and plains what hides prose (emoji, other scripts' digits), keeping every offset;
 *   <li>tokenize and ssplit read the whole text;
 *   <li>{@link LongSentences} cuts over-long sentences; {@link CapitalSentences} puts sentences
 *       in capitals in sentence case;
 *   <li>the tagger, lemmatiser, NER and parser run over batches of sentences, checking the {@link
 *       Deadline} between batches.
 * </ol>
 *
 * <p>The annotation's text is the original text.
 */
public final class Pipeline {

  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  /**
   * Two of the three CRF models CoreNLP's NER runs by default: people, organisations and places
   * (3class), then miscellaneous names (4class's MISC). The third, muc.7class, adds dates, money,
   * percentages and times, which the numeric classifiers already give the readers; dropping it
   * saves one of the three passes over the text (about 6% of the run's CPU time), about a second
   * of model loading and its memory, and changed one actor of 397 dev documents (`evaluate` over
   * every dev corpus, the StageProfile benchmark; figures in README).
   */
  private static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Changes whenever the stages before CoreNLP change what CoreNLP is given. */
  private static final String SHAPING_VERSION = "prose-2";

  private record Key(ImmutableSortedSet<Annotator> annotators, Limits limits) {}

  private static final ConcurrentMap<Key, Pipeline> SHARED = new ConcurrentHashMap<>();

  private final ImmutableSortedSet<Annotator> annotators;
  private final Limits limits;
  private final Properties properties;
  private final Supplier<StanfordCoreNLP> tokenizer;
  private final Supplier<Optional<StanfordCoreNLP>> analyser;
  private final SideBySideBatches.Mode batchMode;

  private Pipeline(Key key) {
    this.annotators = key.annotators();
    this.limits = key.limits();
    this.properties = properties(annotators);
    this.tokenizer = Suppliers.memoize(() -> load(TOKENIZE_SSPLIT));
    this.analyser =
        Suppliers.memoize(
            () -> {
              Set<Annotator> rest = Sets.difference(annotators, TOKENIZE_SSPLIT);
              return rest.isEmpty() ? Optional.empty() : Optional.of(load(rest));
            });
    this.batchMode = SideBySideBatches.Mode.HALVES_WHEN_ALONE;
  }

  /** {@code shared}'s models and settings, its batches run as {@code batchMode} says. */
  private Pipeline(Pipeline shared, SideBySideBatches.Mode batchMode) {
    this.annotators = shared.annotators;
    this.limits = shared.limits;
    this.properties = shared.properties;
    this.tokenizer = shared.tokenizer;
    this.analyser = shared.analyser;
    this.batchMode = batchMode;
  }

  private static final ImmutableSortedSet<Annotator> TOKENIZE_SSPLIT =
      ImmutableSortedSet.of(Annotator.TOKENIZE, Annotator.SSPLIT);

  /**
   * The pipeline that runs the given annotators and those they depend on, with the default
   * {@link Limits}. There is one per set of annotators in a JVM, so that extractors built for the
   * same facts share their models.
   */
  public static Pipeline of(Set<Annotator> annotators) {
    return of(annotators, Limits.DEFAULT);
  }

  /** The pipeline that runs the given annotators within {@code limits}. */
  public static Pipeline of(Set<Annotator> annotators, Limits limits) {
    checkArgument(!annotators.isEmpty(), "a pipeline needs at least one annotator");
    return SHARED.computeIfAbsent(new Key(withPrerequisites(annotators), limits), Pipeline::new);
  }

  /**
   * This pipeline (the same models, the same annotations), annotating each text on the calling
   * thread alone, for a caller that chose how many threads it runs on. By default a text that is
   * the only one being annotated in the JVM is annotated in two halves side by side, one of them
   * on the common fork-join pool ({@link SideBySideBatches}), so that a lone text uses two cores.
   */
  public Pipeline onCallersThreadOnly() {
    return batchMode == SideBySideBatches.Mode.ON_THE_CALLERS_THREAD
        ? this
        : new Pipeline(this, SideBySideBatches.Mode.ON_THE_CALLERS_THREAD);
  }

  /** Whether a text annotated alone in the JVM may be annotated in two halves side by side. */
  public boolean halvesATextReadAlone() {
    return batchMode == SideBySideBatches.Mode.HALVES_WHEN_ALONE;
  }

  /** The annotators this pipeline runs, in order. */
  public ImmutableSortedSet<Annotator> annotators() {
    return annotators;
  }

  /**
   * A string that changes whenever the annotations this pipeline produces could change: its
   * properties, its limits, the stages before CoreNLP and the CoreNLP version. Used to key cached
   * annotations.
   */
  public String signature() {
    return "corenlp=" + coreNlpVersion() + ";" + new TreeMap<>(properties) + ";" + SHAPING_VERSION + limits;
  }

  /** A copy of the CoreNLP properties this pipeline runs with, for tools that time its stages. */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /**
   * A copy of the CoreNLP properties the models are loaded with: {@link #properties()} with NER's
   * and the tagger's models read from their fast-loading copies ({@link CrfModelCopies}, {@link
   * TaggerModelCopies}) where copies are kept (written now if missing), for tools that time the
   * loading.
   */
  public Properties loadingProperties() {
    Properties copy = properties();
    String models = copy.getProperty("ner.model");
    if (models != null) {
      copy.setProperty("ner.model", CrfModelCopies.inPlaceOf(models));
    }
    if (annotators.contains(Annotator.POS)) {
      copy.setProperty("pos.model", TaggerModelCopies.inPlaceOf(copy.getProperty("pos.model", TaggerModelCopies.DEFAULT_MODEL)));
    }
    return copy;
  }

  /** Annotates {@code text}, loading the models on first use. */
  public CoreDocument annotate(String text) {
    return annotate(text, Deadline.NONE);
  }

  /**
   * Annotates {@code text}, loading the models on first use, and stops once {@code deadline} has
   * passed or the thread is interrupted.
   *
   * @throws Deadline.Exceeded if it stopped
   */
  public CoreDocument annotate(String text, Deadline deadline) {
    try {
      return annotateInStages(text, deadline);
    } catch (RuntimeInterruptedException e) {
      // CoreNLP checks for interrupts between annotators
      throw new Deadline.Exceeded();
    }
  }

  /**
   * Annotates the stretch {@code region} of {@code text} in place: CoreNLP sees the text with
   * everything outside the stretch blanked, so that every offset, and the annotation's text, are
   * those of the whole text, while the annotation holds the stretch's sentences only. This is how
   * a long text is read in {@linkplain org.eventfacts.chunk.ParagraphChunks chunks}.
   *
   * @throws Deadline.Exceeded if it stopped
   */
  public CoreDocument annotate(String text, Span region, Deadline deadline) {
    checkArgument(region.end() <= text.length(), "region %s lies outside a text of %s chars", region, text.length());
    if (region.start() == 0 && region.end() == text.length()) {
      return annotate(text, deadline);
    }
    StringBuilder shown = new StringBuilder(text.length());
    shown.append(" ".repeat(region.start()));
    shown.append(text, region.start(), region.end());
    shown.append(" ".repeat(text.length() - region.end()));
    try {
      return annotateInStages(shown.toString(), text, deadline);
    } catch (RuntimeInterruptedException e) {
      throw new Deadline.Exceeded();
    }
  }

  private CoreDocument annotateInStages(String text, Deadline deadline) {
    return annotateInStages(text, text, deadline);
  }

  /** Annotates {@code shown}, which has the length of {@code text}, as the text {@code text}. */
  private CoreDocument annotateInStages(String shown, String text, Deadline deadline) {
    Annotation annotation = new Annotation(ProseText.of(shown, limits));
    tokenizer.get().annotate(annotation);
    deadline.check();
    LongSentences.split(annotation, limits.maxSentenceTokens());
    CapitalSentences.lowercase(annotation);
    Optional<StanfordCoreNLP> rest = analyser.get();
    if (rest.isPresent()) {
      SideBySideBatches.annotate(
          rest.get()::annotate,
          annotation,
          limits.batchTokens(),
          tokens -> batches(annotation, tokens),
          deadline,
          batchMode);
      deadline.check();
    }
    restoreOriginal(annotation, text);
    return new CoreDocument(annotation);
  }

  /** Loads the models now rather than on the first document. */
  public void warmUp() {
    tokenizer.get();
    analyser.get();
  }

  /** Consecutive sentences of about {@code tokens} tokens each, as annotations of their own. */
  private static List<Annotation> batches(Annotation annotation, int tokens) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Annotation> batches = new ArrayList<>();
    int start = 0;
    int size = 0;
    for (int i = 0; i < sentences.size(); i++) {
      size += sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
      if (size >= tokens || i == sentences.size() - 1) {
        batches.add(batch(text, sentences.subList(start, i + 1)));
        start = i + 1;
        size = 0;
      }
    }
    return batches;
  }

  private static Annotation batch(String text, List<CoreMap> sentences) {
    Annotation batch = new Annotation(text);
    batch.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    batch.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return batch;
  }

  /** Puts the original text back, so that the readers and the spans see what the caller gave. */
  private static void restoreOriginal(Annotation annotation, String text) {
    annotation.set(CoreAnnotations.TextAnnotation.class, text);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      Integer begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin != null && end != null) {
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      }
    }
  }

  private StanfordCoreNLP load(Set<Annotator> stage) {
    long start = System.nanoTime();
    Properties stageProperties = new Properties();
    stageProperties.putAll(properties);
    stageProperties.setProperty(
        "annotators",
        Joiner.on(',').join(stage.stream().sorted().map(Annotator::coreNlpName).iterator()));
    stageProperties.setProperty("enforceRequirements", "false");
    StanfordCoreNLP pipeline = ModelLoading.inParallel(stageProperties);
    log.info(
        "loaded CoreNLP annotators {} in {} ms",
        stageProperties.getProperty("annotators"),
        (System.nanoTime() - start) / 1_000_000);
    return pipeline;
  }

  private static ImmutableSortedSet<Annotator> withPrerequisites(Set<Annotator> requested) {
    ImmutableSortedSet.Builder<Annotator> all = ImmutableSortedSet.naturalOrder();
    for (Annotator annotator : requested) {
      // Every annotator we use needs the ones before it: depparse needs pos, ner needs lemma.
      for (Annotator earlier : Annotator.values()) {
        if (earlier.compareTo(annotator) <= 0) {
          all.add(earlier);
        }
      }
    }
    return all.build();
  }

  private static Properties properties(Set<Annotator> annotators) {
    Properties props = new Properties();
    props.setProperty(
        "annotators",
        Joiner.on(',').join(annotators.stream().map(Annotator::coreNlpName).iterator()));
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", NER_MODELS);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    if (annotators.contains(Annotator.DEPPARSE)) {
      props.setProperty("customAnnotatorClass." + ParseAnnotator.NAME, ParseAnnotator.class.getName());
      props.setProperty(ParseAnnotator.NAME + ".version", ParseAnnotator.VERSION);
    }
    return props;
  }

  private static String coreNlpVersion() {
    Package corenlp = StanfordCoreNLP.class.getPackage();
    String version = corenlp == null ? null : corenlp.getImplementationVersion();
    return version == null ? "4.5.10" : version;
  }
}
