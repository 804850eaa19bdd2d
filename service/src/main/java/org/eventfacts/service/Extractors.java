package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.jspecify.annotations.Nullable;

/**
 * What a server reads documents with: the extractor for the fact types it serves, and, for a
 * request that asks for fewer ({@code ?facts=CASUALTY,ARREST}), an extractor for just those, so
 * that the answer equals the command line's {@code extract --facts CASUALTY,ARREST}. Each
 * selection's extractor is built once, on first use, and shared by every request; all of them
 * share one CoreNLP pipeline (one per JVM), so the models load once.
 *
 * <pre>{@code
 * Extractors extractors =
 *     Extractors.of(EnumSet.allOf(FactType.class), facts -> EventFacts.builder().facts(facts).build());
 * }</pre>
 */
public final class Extractors {

  private final ImmutableSet<FactType> served;
  private final BiFunction<Document, ImmutableSet<FactType>, ExtractionResult> reader;
  private final Runnable warmUp;

  private Extractors(
      Set<FactType> served,
      BiFunction<Document, ImmutableSet<FactType>, ExtractionResult> reader,
      Runnable warmUp) {
    checkArgument(!served.isEmpty(), "a server needs at least one fact type to serve");
    this.served = Sets.immutableEnumSet(served);
    this.reader = reader;
    this.warmUp = warmUp;
  }

  /**
   * Extractors for {@code served} and its subsets, each built by {@code recipe} from the set of
   * fact types it reads.
   */
  public static Extractors of(
      Set<FactType> served, Function<? super Set<FactType>, FactExtractor> recipe) {
    checkNotNull(recipe, "recipe");
    ConcurrentMap<Set<FactType>, FactExtractor> built = new ConcurrentHashMap<>();
    Function<Set<FactType>, FactExtractor> extractor =
        facts -> built.computeIfAbsent(facts, chosen -> checkNotNull(recipe.apply(chosen)));
    ImmutableSet<FactType> all = Sets.immutableEnumSet(served);
    return new Extractors(
        all,
        (document, facts) -> extractor.apply(facts).tryExtract(document),
        () -> extractor.apply(all).warmUp());
  }

  /** For tests: documents read by {@code reader} instead of an extractor. */
  static Extractors reading(
      Set<FactType> served, BiFunction<Document, ImmutableSet<FactType>, ExtractionResult> reader) {
    return new Extractors(served, reader, () -> {});
  }

  /** The fact types a request gets when it does not choose. */
  public ImmutableSet<FactType> served() {
    return served;
  }

  /** Loads the models now, so that the first request is not slow. */
  public void warmUp() {
    warmUp.run();
  }

  /**
   * The fact types a {@code facts} query parameter asks for: a comma-separated list of {@link
   * FactType} names in any case, or all served types when absent or blank.
   *
   * @throws ApiException (400) for an unknown type or one the server does not serve
   */
  ImmutableSet<FactType> select(@Nullable String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return served;
    }
    EnumSet<FactType> chosen = EnumSet.noneOf(FactType.class);
    for (String name : Splitter.on(',').trimResults().omitEmptyStrings().split(parameter)) {
      FactType type;
      try {
        type = FactType.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            Problem.BAD_REQUEST, "unknown fact type '" + name + "'; this server reads " + served);
      }
      if (!served.contains(type)) {
        throw new ApiException(
            Problem.BAD_REQUEST, "this server does not read " + type + "; it reads " + served);
      }
      chosen.add(type);
    }
    return chosen.isEmpty() ? served : Sets.immutableEnumSet(chosen);
  }

  /** The facts of {@code document} of the chosen types, or its error; never throws for content. */
  ExtractionResult read(Document document, ImmutableSet<FactType> facts) {
    return reader.apply(document, facts);
  }
}
