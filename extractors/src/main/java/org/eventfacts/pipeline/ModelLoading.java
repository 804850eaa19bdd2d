package org.eventfacts.pipeline;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds a CoreNLP pipeline with its heavy models loaded side by side rather than one after the
 * other. CoreNLP keeps every annotator it builds in a JVM-wide pool keyed by the annotator's
 * properties, and eventfacts' parser ({@link ParseAnnotator}) keeps its model once per JVM, so a
 * pipeline of the parser alone, built on another thread while this one builds the tagger and the
 * NER models, leaves the parser's model loaded, and the full pipeline built last takes everything
 * from there. On two cores this brings the load from the sum of the two to about the
 * longer of them.
 */
final class ModelLoading {

  /** Annotators loaded on a thread of their own, each with what it needs that is cheap. */
  private static final List<String> ON_THEIR_OWN = List.of(Annotator.DEPPARSE.coreNlpName());

  private ModelLoading() {}

  static StanfordCoreNLP inParallel(Properties properties) {
    List<String> annotators =
        Arrays.asList(properties.getProperty("annotators", "").split("\\s*,\\s*"));
    List<CompletableFuture<StanfordCoreNLP>> side = new ArrayList<>();
    List<String> rest = new ArrayList<>(annotators);
    for (String annotator : ON_THEIR_OWN) {
      if (annotators.contains(annotator)) {
        rest.remove(annotator);
        Properties alone = new Properties();
        alone.putAll(properties);
        alone.setProperty("annotators", annotator);
        // enforceRequirements false: the parser is built without the annotators before it.
        side.add(CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(alone, false)));
      }
    }
    if (side.isEmpty()) {
      return new StanfordCoreNLP(properties);
    }
    Properties first = new Properties();
    first.putAll(properties);
    first.setProperty("annotators", String.join(",", rest));
    // Held until the full pipeline is built: the pool keeps annotators through soft references.
    StanfordCoreNLP early = new StanfordCoreNLP(first);
    List<StanfordCoreNLP> loaded = new ArrayList<>();
    for (CompletableFuture<StanfordCoreNLP> future : side) {
      try {
        loaded.add(future.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    reachabilityFence(early, loaded);
    return pipeline;
  }

  private static void reachabilityFence(Object... objects) {
    java.lang.ref.Reference.reachabilityFence(objects);
  }
}
