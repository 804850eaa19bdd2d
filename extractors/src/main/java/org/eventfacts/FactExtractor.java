package org.eventfacts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eventfacts.actor.ActorExtractor;
import org.eventfacts.actor.ActorLinker;
import org.eventfacts.arrest.ArrestExtractor;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.casualty.CasualtyExtractor;
import org.eventfacts.casualty.Suspects;
import org.eventfacts.chunk.JoinedFacts;
import org.eventfacts.chunk.ParagraphChunks;
import org.eventfacts.event.EventReader;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.pipeline.AnnotationCache;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Deadline;
import org.eventfacts.pipeline.Limits;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.place.Gazetteer;
import org.eventfacts.place.PlaceReader;
import org.eventfacts.quote.QuoteExtractor;
import org.eventfacts.text.ParsedText;
import org.eventfacts.text.TextLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Reads facts from English news text. Immutable and thread-safe: build one and share it; the
 * CoreNLP models load on the first document (or on {@link #warmUp()}) and stay loaded while the
 * extractor is reachable.
 *
 * <pre>{@code
 * FactExtractor extractor = EventFacts.builder().facts(FactType.CASUALTY, FactType.ARREST).build();
 * DocumentFacts facts = extractor.extract(new Document("report-17",
 *     "AURORA, Ill. (AP) — Two men were killed and three people were wounded in a shooting"
 *         + " on Friday night, police said.",
 *     LocalDate.of(2024, 3, 10), null));
 * Event main = facts.events().get(0);
 * main.date().value()            // "2024-03-08": Friday, read against the publication date
 * main.place().name()            // "Aurora", region "Illinois", countryCode "US"
 * main.killed().count().value()  // 2
 * }</pre>
 */
public final class FactExtractor {

  /**
   * The default time limit per {@value #TIME_LIMIT_CHARACTERS} characters of text begun: 15 s, as
   * CoreNLP's server allows a request. An ordinary article gets 15 s, a text of 250,000
   * characters 45 s.
   */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(15);

  /** How many characters one {@linkplain Builder#timeLimit(Duration) time limit} covers. */
  public static final int TIME_LIMIT_CHARACTERS = 100_000;

  private final ImmutableSet<FactType> facts;
  private final Pipeline pipeline;
  private final @Nullable AnnotationCache cache;
  private final int threads;
  private final int maxTextLength;
  private final @Nullable Duration timeLimit;
  private final int chunkLength;
  private final TimeLimitedRun timeLimitedRun = new TimeLimitedRun();
  private final boolean readsEvents;

  private FactExtractor(Builder builder) {
    this.facts = Sets.immutableEnumSet(builder.facts);
    Pipeline shared = Pipeline.of(annotatorsFor(facts), builder.limits);
    this.pipeline = builder.threadsChosen ? shared.onCallersThreadOnly() : shared;
    this.cache = builder.cacheDirectory == null ? null : AnnotationCache.in(builder.cacheDirectory);
    this.threads = builder.threads;
    this.maxTextLength = builder.maxTextLength;
    this.timeLimit = builder.timeLimit;
    this.chunkLength = builder.chunkLength;
    this.readsEvents = facts.contains(FactType.CASUALTY) || facts.contains(FactType.ARREST);
  }

  /** A builder with every fact type, one thread per core and no annotation cache. */
  public static Builder builder() {
    return new Builder();
  }

  /** The pipeline this extractor annotates with, for tests. */
  Pipeline pipeline() {
    return pipeline;
  }

  /** The fact types this extractor reads. */
  public ImmutableSet<FactType> facts() {
    return facts;
  }

  /** Loads the models now, so that the first document is not slow. */
  public void warmUp() {
    boolean events = readsEvents;
    if (events) {
      Gazetteer.geoNames().loadInBackground(); // on another core while the models load
    }
    pipeline.warmUp();
    if (events) {
      Gazetteer.geoNames().load();
    }
  }

  /** The facts of {@code text}; its id is empty. */
  public DocumentFacts extract(String text) {
    return extract("", text);
  }

  /**
   * The facts of {@code text}, under the id {@code id}. A blank text has no facts.
   *
   * @throws ExtractionException of kind {@link ErrorKind#TOO_LONG} if the text is longer than
   *     the extractor's limit, or another kind if it cannot be read
   */
  public DocumentFacts extract(String id, String text) {
    return extract(new Document(id, text, null, null));
  }

  /**
   * The facts of a document. A blank text has no facts, nor has a text that does not look English
   * ({@link TextLanguage}).
   *
   * @throws ExtractionException of kind {@link ErrorKind#TOO_LONG} if the text is longer than
   *     the extractor's {@linkplain Builder#maxTextLength(int) limit}, {@link ErrorKind#TIMEOUT}
   *     if reading it took longer than its {@linkplain Builder#timeLimit(Duration) time limit},
   *     {@link ErrorKind#RESOURCES} if it needed more memory than the JVM had, or {@link
   *     ErrorKind#INTERNAL} if the NLP pipeline or a reader failed
   */
  public DocumentFacts extract(Document document) {
    checkNotNull(document, "document");
    String id = document.id();
    String text = document.text();
    if (text.length() > maxTextLength) {
      throw new ExtractionException(
          ErrorKind.TOO_LONG,
          String.format(
              "document '%s' has %s characters, more than the limit of %s; split it or raise"
                  + " FactExtractor.Builder.maxTextLength",
              id, text.length(), maxTextLength),
          null);
    }
    if (text.isBlank() || TextLanguage.of(text) == TextLanguage.OTHER) {
      // eventfacts reads English; the record says the text is not (FactsJson writes "language")
      return DocumentFacts.empty(id, text);
    }
    if (readsEvents) {
      Gazetteer.geoNames().loadInBackground(); // once: it loads while the models load
    }
    pipeline.warmUp(); // loading the models is not the document's time
    if (timeLimit == null) {
      try {
        return extractWithin(document, Deadline.NONE);
      } catch (Deadline.Exceeded e) {
        throw new ExtractionException(ErrorKind.INTERNAL, "interrupted while reading document '" + id + "'", e);
      }
    }
    Duration limit = timeLimitFor(text);
    return timeLimitedRun.within(limit, deadline -> extractWithin(document, deadline), id);
  }

  private Duration timeLimitFor(String text) {
    long parts = Math.max(1, (text.length() + TIME_LIMIT_CHARACTERS - 1L) / TIME_LIMIT_CHARACTERS);
    return checkNotNull(timeLimit).multipliedBy(parts);
  }

  private DocumentFacts extractWithin(Document document, Deadline deadline) {
    String id = document.id();
    String text = document.text();
    if (text.length() <= chunkLength) {
      CoreDocument annotated = annotated(id, () -> cache == null
          ? pipeline.annotate(text, deadline)
          : cache.annotate(pipeline, text, deadline));
      deadline.check();
      return readFacts(id, annotated, document.published());
    }
    // A long text is read chunk by chunk, so that only one chunk's annotation is held at a time.
    JoinedFacts joined = new JoinedFacts(id, text);
    for (Span chunk : ParagraphChunks.of(text, chunkLength)) {
      CoreDocument annotated = annotated(id, () -> pipeline.annotate(text, chunk, deadline));
      deadline.check();
      ParsedText parsed = parsed(id, annotated);
      joined.add(readFacts(id, parsed, document.published()), parsed.sentences().size());
    }
    return joined.facts();
  }

  private static CoreDocument annotated(String id, Supplier<CoreDocument> annotation) {
    try {
      return annotation.get();
    } catch (Deadline.Exceeded e) {
      throw e;
    } catch (OutOfMemoryError e) {
      throw new ExtractionException(
          ErrorKind.RESOURCES, "out of memory while annotating document '" + id + "'", e);
    } catch (StackOverflowError e) {
      throw new ExtractionException(
          ErrorKind.RESOURCES, "stack overflow while annotating document '" + id + "'", e);
    } catch (RuntimeException e) {
      throw new ExtractionException(
          ErrorKind.INTERNAL, "CoreNLP failed to annotate document '" + id + "': " + e, e);
    }
  }

  private DocumentFacts readFacts(String id, CoreDocument annotated, @Nullable LocalDate published) {
    return readFacts(id, parsed(id, annotated), published);
  }

  private static ParsedText parsed(String id, CoreDocument annotated) {
    return reading(id, () -> ParsedText.of(annotated));
  }

  private DocumentFacts readFacts(String id, ParsedText text, @Nullable LocalDate published) {
    return reading(id, () -> read(id, text, published));
  }

  /** Runs one step of reading facts, turning its failures into the document's error. */
  private static <T> T reading(String id, Supplier<T> step) {
    try {
      return step.get();
    } catch (OutOfMemoryError e) {
      throw new ExtractionException(
          ErrorKind.RESOURCES, "out of memory while reading the facts of document '" + id + "'", e);
    } catch (StackOverflowError e) {
      throw new ExtractionException(
          ErrorKind.RESOURCES, "stack overflow while reading the facts of document '" + id + "'", e);
    } catch (ExtractionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ExtractionException(
          ErrorKind.INTERNAL, "failed to read the facts of document '" + id + "': " + e, e);
    }
  }

  /**
   * What becomes of one document when it is read as part of a batch: its facts, or the error
   * that stopped it. Never throws for a document's content.
   */
  public ExtractionResult tryExtract(Document document) {
    checkNotNull(document, "document");
    try {
      return ExtractionResult.of(extract(document));
    } catch (ExtractionException e) {
      return ExtractionResult.failed(document.id(), e.toError());
    } catch (RuntimeException e) {
      return ExtractionResult.failed(
          document.id(),
          new ExtractionError(ErrorKind.INTERNAL, "document '" + document.id() + "': " + e));
    } catch (OutOfMemoryError | StackOverflowError e) {
      return ExtractionResult.failed(
          document.id(),
          new ExtractionError(
              ErrorKind.RESOURCES, e + " on document '" + document.id() + "'"));
    }
  }

  /**
   * The facts of a document the caller has already annotated with CoreNLP; it needs at least the
   * annotators tokenize, ssplit, pos, lemma, ner and depparse.
   *
   * @throws IllegalArgumentException if the document lacks an annotation the extractors need
   */
  public DocumentFacts extract(String id, CoreDocument annotated) {
    checkNotNull(id, "id");
    checkNotNull(annotated, "annotated document");
    checkAnnotated(id, annotated);
    return read(id, ParsedText.of(annotated), null);
  }

  /**
   * One result per document, in input order, read on the extractor's threads: the facts, or the
   * error of a document that failed. A failing document never takes the batch with it.
   */
  public ImmutableList<ExtractionResult> extractAll(Iterable<Document> documents) {
    ImmutableList.Builder<ExtractionResult> all = ImmutableList.builder();
    extractAll(documents, all::add);
    return all.build();
  }

  /**
   * Reads every document on the extractor's threads and hands one result per document to {@code
   * sink} in input order, as soon as each and those before it are done; at most a few documents
   * per thread are held in memory at once. {@code sink} is called on the calling thread. A
   * document that fails gives an error result and the others go on.
   */
  public void extractAll(Iterable<Document> documents, Consumer<? super ExtractionResult> sink) {
    checkNotNull(documents, "documents");
    checkNotNull(sink, "sink");
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "eventfacts-extract");
              thread.setDaemon(true);
              return thread;
            });
    Deque<Future<ExtractionResult>> window = new ArrayDeque<>();
    try {
      for (Document document : documents) {
        checkNotNull(document, "null document in batch");
        window.addLast(executor.submit(() -> tryExtract(document)));
        if (window.size() >= 2 * threads) {
          sink.accept(await(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private DocumentFacts read(String id, ParsedText text, @Nullable LocalDate published) {
    AttributionReader attribution = AttributionReader.of(text);
    List<CasualtyCount> casualties =
        facts.contains(FactType.CASUALTY)
            ? CasualtyExtractor.read(text, attribution)
            : List.of();
    List<Arrest> arrests =
        facts.contains(FactType.ARREST) ? ArrestExtractor.read(text, attribution) : List.of();
    casualties = Suspects.named(casualties, arrests); // "a man suspected of killing ..." is named
    List<Quote> quotes = facts.contains(FactType.QUOTE) ? QuoteExtractor.read(text) : List.of();
    DocumentFacts read =
        withActors(text, new DocumentFacts(id, text.text(), casualties, arrests, quotes, List.of()));
    if (!facts.contains(FactType.CASUALTY) && !facts.contains(FactType.ARREST)) {
      return read;
    }
    return read.withEvents(EVENTS.read(text, read, published));
  }

  /** Groups casualties and arrests into events; the gazetteer loads on first use. */
  private static final EventReader EVENTS = EventReader.of(PlaceReader.of(Gazetteer.geoNames()));

  /**
   * Reads the actors and links every fact's slots to them. Actors are read whatever types were
   * asked for (it takes milliseconds and needs no extra annotator), so that a speaker or arrestee
   * always resolves to its canonical name; without {@link FactType#ACTOR} the result keeps only
   * the actors some slot refers to.
   */
  private DocumentFacts withActors(ParsedText text, DocumentFacts facts) {
    ActorLinker linker = ActorLinker.of(text, ActorExtractor.read(text, facts.quotes()));
    return this.facts.contains(FactType.ACTOR)
        ? linker.linkFacts(facts)
        : linker.linkFactsKeepingReferencedActors(facts);
  }

  private static ExtractionResult await(Future<ExtractionResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(ErrorKind.INTERNAL, "interrupted while extracting", e);
    } catch (ExecutionException e) {
      // tryExtract catches every failure of a document's content; this is an Error of the JVM.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new ExtractionException(ErrorKind.INTERNAL, "extraction failed: " + cause, cause);
    }
  }

  private static void checkAnnotated(String id, CoreDocument annotated) {
    List<CoreMap> sentences = annotated.annotation().get(CoreAnnotations.SentencesAnnotation.class);
    checkArgument(
        sentences != null,
        "document '%s' has no sentences; annotate it with tokenize,ssplit,pos,lemma,ner,depparse",
        id);
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      checkArgument(tokens != null && !tokens.isEmpty(), "document '%s' has a sentence without tokens", id);
      checkArgument(
          tokens.get(0).tag() != null && tokens.get(0).lemma() != null && tokens.get(0).ner() != null,
          "document '%s' lacks part-of-speech, lemma or NER annotations; annotate it with"
              + " tokenize,ssplit,pos,lemma,ner,depparse",
          id);
      checkArgument(
          sentence.containsKey(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
          "document '%s' lacks dependency parses; add the depparse annotator",
          id);
    }
  }

  private static EnumSet<Annotator> annotatorsFor(ImmutableSet<FactType> facts) {
    // Every fact reader needs numbers and names (NER) and the dependency graph.
    EnumSet<Annotator> annotators = EnumSet.noneOf(Annotator.class);
    if (!facts.isEmpty()) {
      annotators.add(Annotator.NER);
      annotators.add(Annotator.DEPPARSE);
    }
    return annotators;
  }

  /** Configures a {@link FactExtractor}. Not thread-safe; the extractor it builds is. */
  public static final class Builder {

    private EnumSet<FactType> facts = EnumSet.allOf(FactType.class);
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean threadsChosen;
    private @Nullable Path cacheDirectory;
    private int maxTextLength = Integer.MAX_VALUE;
    private @Nullable Duration timeLimit = DEFAULT_TIME_LIMIT;
    private int chunkLength = ParagraphChunks.DEFAULT_SIZE;
    private Limits limits = Limits.DEFAULT;

    private Builder() {}

    /** Reads only these fact types (and loads only the models they need). */
    public Builder facts(FactType first, FactType... rest) {
      this.facts = EnumSet.of(first, rest);
      return this;
    }

    /**
     * The number of threads {@link #extractAll(Iterable)} uses; by default one per core. Choosing
     * a number also keeps each document on the thread that reads it: by default a document read
     * while no other is being read is annotated in two halves side by side, the second on the
     * common fork-join pool, so that a lone document (the first after start-up, a service's one
     * request) uses two cores; a caller that chose its threads (a Spark task, {@code extract
     * --threads 1}) gets those threads and no more.
     */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
      this.threads = threads;
      this.threadsChosen = true;
      return this;
    }

    /**
     * Keeps CoreNLP annotations in {@code directory} and reuses them for texts seen before; for
     * evaluation loops and re-extraction after an upgrade.
     */
    public Builder annotationCache(Path directory) {
      this.cacheDirectory = checkNotNull(directory, "directory");
      return this;
    }

    /**
     * Refuses texts longer than this many characters with a {@link ErrorKind#TOO_LONG} error, for
     * callers that want a hard limit. By default there is none: a long text (a live blog, a
     * transcript) is read in {@linkplain #chunkLength(int) paragraph-aligned chunks}, and its time
     * limit grows with its length.
     */
    public Builder maxTextLength(int characters) {
      checkArgument(characters >= 1, "maxTextLength must be positive, got %s", characters);
      this.maxTextLength = characters;
      return this;
    }

    /**
     * Texts longer than this many characters are read in chunks of at most this length, cut at
     * paragraph breaks ({@link ParagraphChunks}), one after the other, so that only one chunk's
     * annotation is in memory at a time; the facts of the chunks are joined into the document's
     * ({@link JoinedFacts}: offsets are the original text's, actors of one name are one actor).
     * By default {@value ParagraphChunks#DEFAULT_SIZE} characters. Such texts bypass the {@linkplain
     * #annotationCache(Path) annotation cache}.
     */
    public Builder chunkLength(int characters) {
      checkArgument(characters >= 1_000, "chunkLength must be at least 1,000, got %s", characters);
      this.chunkLength = characters;
      return this;
    }

    /**
     * How long one document may take per {@value FactExtractor#TIME_LIMIT_CHARACTERS} characters
     * begun (default {@link FactExtractor#DEFAULT_TIME_LIMIT}, 15 s); a document past its limit
     * is stopped and gives a {@link ErrorKind#TIMEOUT} error. The models' first load is not
     * counted.
     */
    public Builder timeLimit(Duration limit) {
      checkNotNull(limit, "limit");
      checkArgument(!limit.isNegative() && !limit.isZero(), "timeLimit must be positive, got %s", limit);
      this.timeLimit = limit;
      return this;
    }

    /** Lets documents take as long as they need. */
    public Builder noTimeLimit() {
      this.timeLimit = null;
      return this;
    }

    /**
     * Blanks runs of more than this many non-space characters before CoreNLP sees them (default
     * 100): no word is that long, and the NER model's cost grows with the square of a token's
     * length.
     */
    public Builder maxTokenLength(int characters) {
      this.limits = limits.withMaxTokenLength(characters);
      return this;
    }

    /**
     * Cuts sentences of more than this many tokens into pieces before tagging and parsing
     * (default 120), at the punctuation nearest the limit.
     */
    public Builder maxSentenceTokens(int tokens) {
      this.limits = limits.withMaxSentenceTokens(tokens);
      return this;
    }

    /** The extractor. Cheap: the models load on first use. */
    public FactExtractor build() {
      return new FactExtractor(this);
    }
  }

}
