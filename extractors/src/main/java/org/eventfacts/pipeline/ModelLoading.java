package org.eventfacts.pipeline;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a CoreNLP pipeline with its heavy models loaded side by side rather than one after the
 * other. CoreNLP keeps every annotator it builds in a JVM-wide pool keyed by the annotator's
 * properties, and eventfacts' parser ({@link ParseAnnotator}) keeps its model once per JVM, so a
 * pipeline of the parser alone, built on another thread while this one builds the tagger, leaves
 * the parser's model loaded, and the full pipeline built last takes it from there. The parser
 * and NER each load on a thread of their own, the tagger on the caller's: on two cores the load
 * takes about the longest of the three or half their sum, whichever is more, rather than the
 * tagger's and NER's together beside the parser.
 *
 * <p>NER and the tagger read their models from fast-loading copies where copies are kept ({@link
 * CrfModelCopies}, {@link TaggerModelCopies}): the {@code ner.model} and {@code pos.model}
 * properties CoreNLP is given name the copies' files (the pipeline's {@linkplain
 * Pipeline#signature() signature} keeps the models' own names, since the annotations do not
 * change).
 */
final class ModelLoading {

  /** Annotators loaded on a thread of their own, each with what it needs that is cheap. */
  private static final List<String> ON_THEIR_OWN = List.of(Annotator.DEPPARSE.coreNlpName(), "ner");

  private static final Logger log = LoggerFactory.getLogger(ModelLoading.class);

  private static final String NER_MODELS = "ner.model";
  private static final String POS_MODEL = "pos.model";

  private ModelLoading() {}

  static StanfordCoreNLP inParallel(Properties properties) {
    List<String> annotators =
        Arrays.asList(properties.getProperty("annotators", "").split("\\s*,\\s*"));
    List<CompletableFuture<Properties>> side = new ArrayList<>();
    List<String> rest = new ArrayList<>(annotators);
    // Held until the full pipeline is built: the pool keeps annotators through soft references.
    List<StanfordCoreNLP> held = Collections.synchronizedList(new ArrayList<>());
    for (String annotator : ON_THEIR_OWN) {
      if (annotators.contains(annotator)) {
        rest.remove(annotator);
        Properties alone = new Properties();
        alone.putAll(properties);
        alone.setProperty("annotators", annotator);
        // enforceRequirements false: it is built without the annotators before it. A thread of
        // its own rather than the common pool, which has a single thread on two cores.
        CompletableFuture<Properties> loaded = new CompletableFuture<>();
        Thread thread =
            new Thread(
                () -> {
                  try {
                    String models = alone.getProperty(NER_MODELS);
                    if (annotator.equals("ner") && models != null) {
                      held.add(fromCopies(alone, NER_MODELS, CrfModelCopies.inPlaceOf(models), one -> new StanfordCoreNLP(one, false)));
                    } else {
                      held.add(new StanfordCoreNLP(alone, false));
                    }
                    loaded.complete(alone);
                  } catch (Throwable e) {
                    loaded.completeExceptionally(e);
                  }
                },
                "eventfacts-" + annotator);
        thread.setDaemon(true);
        thread.start();
        side.add(loaded);
      }
    }
    if (side.isEmpty()) {
      return new StanfordCoreNLP(properties);
    }
    Properties first = new Properties();
    first.putAll(properties);
    first.setProperty("annotators", String.join(",", rest));
    StanfordCoreNLP early;
    if (rest.contains("pos")) {
      String model = properties.getProperty(POS_MODEL, TaggerModelCopies.DEFAULT_MODEL);
      first.setProperty(POS_MODEL, model);
      early = fromCopies(first, POS_MODEL, TaggerModelCopies.inPlaceOf(model), StanfordCoreNLP::new);
      properties.setProperty(POS_MODEL, first.getProperty(POS_MODEL));
    } else {
      early = new StanfordCoreNLP(first);
    }
    for (CompletableFuture<Properties> future : side) {
      try {
        // the full pipeline finds the annotator in CoreNLP's pool only under the same properties
        Properties used = future.join();
        if ("ner".equals(used.getProperty("annotators")) && used.containsKey(NER_MODELS)) {
          properties.setProperty(NER_MODELS, used.getProperty(NER_MODELS));
        }
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    reachabilityFence(early, held);
    return pipeline;
  }

  /**
   * A pipeline of {@code properties} with {@code key} naming the models' fast-loading copies; if
   * CoreNLP cannot read them (a copy damaged after it was written), with the models themselves,
   * with a warning: a bad copy costs the copies' speed, never the pipeline. {@code properties}
   * ends up holding the models the pipeline was built with.
   */
  static StanfordCoreNLP fromCopies(
      Properties properties, String key, String copies, Function<Properties, StanfordCoreNLP> build) {
    String models = properties.getProperty(key);
    if (models == null || copies.equals(models)) {
      return build.apply(properties);
    }
    properties.setProperty(key, copies);
    try {
      return build.apply(properties);
    } catch (RuntimeException e) {
      log.warn("cannot read the models' fast-loading copies {} ({}); reading the models themselves", copies, e.toString());
      properties.setProperty(key, models);
      return build.apply(properties);
    }
  }

  private static void reachabilityFence(Object... objects) {
    java.lang.ref.Reference.reachabilityFence(objects);
  }
}
