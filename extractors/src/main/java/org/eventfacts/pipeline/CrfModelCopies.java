package org.eventfacts.pipeline;

import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of CoreNLP's NER models (CRF classifiers) that load in a fraction of the time, written
 * on first use among the {@linkplain ModelCopies model copies} and given to CoreNLP in the
 * models' place.
 *
 * <p>A CRF model is a Java-serialised stream that {@code CRFClassifier.loadClassifier} reads
 * object by object. Three of those objects are most of its loading time: the feature index (a
 * {@code HashIndex} of 350,000 strings: 0.6 s of CPU for english.all.3class), the distributional
 * similarity lexicon inside the feature factory (a {@code HashMap} of 300,000 words: 0.45 s), and
 * the weights (350,000 arrays of doubles, which the classifier then rounds to floats: 0.4 s). The
 * copy is the same stream, object for object, with those three written as {@link
 * PackedFeatureIndex}, {@link PackedLexicon} and {@link FloatRows}, which serialise as a few
 * large arrays. CoreNLP reads the copy with its own code, through the same {@code ner.model}
 * property, and the classifier it builds answers every lookup as the original's does (the same
 * features at the same positions, the same words in the same classes, the same float weights),
 * so NER's output does not change.
 *
 * <pre>{@code
 * properties.setProperty("ner.model", CrfModelCopies.inPlaceOf(properties.getProperty("ner.model")));
 * }</pre>
 */
final class CrfModelCopies {

  private static final Logger log = LoggerFactory.getLogger(CrfModelCopies.class);

  /** Changes whenever the copies' content changes. */
  private static final String FORMAT = "crf-1";

  private CrfModelCopies() {}

  /**
   * The value of a {@code ner.model} property with each model that can be copied replaced by its
   * copy's path, writing the copies that are missing; a model that cannot be copied stays as it
   * is.
   */
  static String inPlaceOf(String models) {
    List<String> chosen = new ArrayList<>();
    for (String model : models.split(",")) {
      String name = model.trim();
      chosen.add(copyOf(name).map(Path::toString).orElse(name));
    }
    return String.join(",", chosen);
  }

  /** The copy of the class-path model {@code model}, written now if it is missing. */
  static Optional<Path> copyOf(String model) {
    if (!model.endsWith(".crf.ser.gz")) {
      return Optional.empty();
    }
    return ModelCopies.copyOf(model, FORMAT, ".ser", CrfModelCopies::write);
  }

  /** Reads {@code model} object by object as {@code CRFClassifier} does, writing the copy. */
  static void write(String model, Path file) throws IOException, ClassNotFoundException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "crf", ".tmp");
    try {
      try (InputStream resource = resource(model);
          ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(resource, 1 << 16), 1 << 16));
          Replacing out = new Replacing(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
        out.writeObject(in.readObject()); // label indices
        out.writeObject(in.readObject()); // class index
        Object features = in.readObject();
        if (features instanceof Index<?> index) {
          out.replace(features, PackedFeatureIndex.of(strings(index.objectsList())));
        }
        out.writeObject(features);
        SeqClassifierFlags flags = (SeqClassifierFlags) in.readObject();
        out.writeObject(flags);
        if (flags.useEmbedding) {
          out.writeObject(in.readObject());
        }
        Object factories = in.readObject();
        List<Object> all = new ArrayList<>();
        if (factories instanceof Integer count) {
          for (int i = 0; i < count; i++) {
            all.add(in.readObject());
          }
        } else {
          all.add(factories);
        }
        for (Object factory : all) {
          PackedLexicon.heldBy(factory).ifPresent(lexicon -> out.replace(lexicon, PackedLexicon.of(lexicon)));
        }
        out.writeObject(factories);
        if (factories instanceof Integer) {
          for (Object factory : all) {
            out.writeObject(factory);
          }
        }
        out.writeInt(in.readInt()); // window size
        Object weights = in.readObject();
        if (weights instanceof double[][] doubles) {
          out.replace(weights, FloatRows.of(doubles));
        }
        out.writeObject(weights);
        out.writeObject(in.readObject()); // words known in lower case
        if (flags.labelDictionaryCutoff > 0) {
          out.writeObject(in.readObject());
        }
        if (in.read() != -1) {
          throw new IOException("the model holds more than CRFClassifier reads");
        }
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      log.info("wrote a fast-loading copy of {} at {}", model, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static InputStream resource(String model) throws IOException {
    InputStream in = CrfModelCopies.class.getClassLoader().getResourceAsStream(model);
    if (in == null) {
      throw new IOException("no model " + model + " on the class path");
    }
    return in;
  }

  private static List<String> strings(List<?> objects) {
    List<String> strings = new ArrayList<>(objects.size());
    for (Object object : objects) {
      strings.add((String) object);
    }
    return strings;
  }

  /** Writes objects, each of a few chosen ones (by identity) in the form given for it. */
  private static final class Replacing extends ObjectOutputStream {

    private final Map<Object, Object> replacements = new IdentityHashMap<>();

    Replacing(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    void replace(Object original, Object replacement) {
      replacements.put(original, replacement);
    }

    @Override
    protected Object replaceObject(Object object) {
      return replacements.getOrDefault(object, object);
    }
  }
}
