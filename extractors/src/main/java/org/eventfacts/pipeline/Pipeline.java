package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Joiner;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedSet;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CoreNLP pipeline with a fixed set of annotators and the properties that suit news text, built
 * lazily on first use and then shared, one per JVM for each set of annotators: {@link #annotate}
 * is safe to call from many threads.
 *
 * <p>The choices, measured on this project's machine (see the README): NER without fine-grained
 * rules and without SUTime (each costs seconds per article and the facts need neither), numeric
 * classifiers on (counts need normalised numbers), sentences also broken at blank lines (headlines
 * carry no full stop), untokenizable characters dropped silently.
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

  private static final ConcurrentMap<ImmutableSortedSet<Annotator>, Pipeline> SHARED =
      new ConcurrentHashMap<>();

  private final ImmutableSortedSet<Annotator> annotators;
  private final Properties properties;
  private final Supplier<StanfordCoreNLP> coreNlp;

  private Pipeline(ImmutableSortedSet<Annotator> annotators) {
    this.annotators = annotators;
    this.properties = properties(annotators);
    this.coreNlp = Suppliers.memoize(this::load);
  }

  /**
   * The pipeline that runs the given annotators and those they depend on. There is one per set of
   * annotators in a JVM, so that extractors built for the same facts share their models.
   */
  public static Pipeline of(Set<Annotator> annotators) {
    checkArgument(!annotators.isEmpty(), "a pipeline needs at least one annotator");
    return SHARED.computeIfAbsent(withPrerequisites(annotators), Pipeline::new);
  }

  /** The annotators this pipeline runs, in order. */
  public ImmutableSortedSet<Annotator> annotators() {
    return annotators;
  }

  /**
   * A string that changes whenever the annotations this pipeline produces could change: its
   * properties and the CoreNLP version. Used to key cached annotations.
   */
  public String signature() {
    return "corenlp=" + coreNlpVersion() + ";" + new TreeMap<>(properties);
  }

  /** A copy of the CoreNLP properties this pipeline runs with, for tools that time its stages. */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** Annotates {@code text}, loading the models on first use. */
  public CoreDocument annotate(String text) {
    CoreDocument document = new CoreDocument(text);
    coreNlp.get().annotate(document);
    return document;
  }

  /** Loads the models now rather than on the first document. */
  public void warmUp() {
    coreNlp.get();
  }

  private StanfordCoreNLP load() {
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = ModelLoading.inParallel(properties);
    log.info(
        "loaded CoreNLP annotators {} in {} ms",
        properties.getProperty("annotators"),
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
    return props;
  }

  private static String coreNlpVersion() {
    Package corenlp = StanfordCoreNLP.class.getPackage();
    String version = corenlp == null ? null : corenlp.getImplementationVersion();
    return version == null ? "4.5.10" : version;
  }
}
