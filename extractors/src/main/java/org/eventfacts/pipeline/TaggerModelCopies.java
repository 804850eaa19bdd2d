package org.eventfacts.pipeline;

import edu.stanford.nlp.tagger.maxent.Dictionary;
import edu.stanford.nlp.tagger.maxent.TTags;
import edu.stanford.nlp.tagger.maxent.TaggerConfig;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of CoreNLP's part-of-speech tagger model (a {@code MaxentTagger}'s) that loads in about
 * half the time, written on first use among the {@linkplain ModelCopies model copies} and given to
 * CoreNLP in the model's place.
 *
 * <p>The model is a stream of parts that {@code MaxentTagger} reads one after the other: its
 * configuration, the dictionary, the tag set, then its feature extractors as Java-serialised
 * objects, then the weights. Reading the extractors is more than half of the load (0.35 of 0.6 s
 * of CPU): one of them carries the distributional similarity lexicon, a {@code HashMap} of
 * 300,000 words. The copy is the model byte for byte, except that the extractors are written
 * again with that lexicon as a {@link PackedLexicon}, which deserialises in bulk and answers
 * every word as the map does; CoreNLP reads the copy with its own code, so the tags do not change.
 *
 * <pre>{@code
 * properties.setProperty("pos.model", TaggerModelCopies.inPlaceOf(TaggerModelCopies.DEFAULT_MODEL));
 * }</pre>
 */
final class TaggerModelCopies {

  private static final Logger log = LoggerFactory.getLogger(TaggerModelCopies.class);

  /** The tagger CoreNLP's {@code pos} annotator loads unless told otherwise. */
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  /** Changes whenever the copies' content changes. */
  private static final String FORMAT = "tagger-1";

  private TaggerModelCopies() {}

  /** The copy's path of the class-path model {@code model} (written now if missing), or the model. */
  static String inPlaceOf(String model) {
    if (!model.endsWith(".tagger")) {
      return model;
    }
    return ModelCopies.copyOf(model, FORMAT, ".tagger", TaggerModelCopies::write)
        .map(Path::toString)
        .orElse(model);
  }

  /** Reads {@code model} part by part as {@code MaxentTagger} does, writing the copy. */
  static void write(String model, Path file) throws IOException, ClassNotFoundException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "tagger", ".tmp");
    try {
      long extractorsStart;
      long extractorsEnd;
      Object extractors;
      Object rareExtractors;
      try (Counting counted = new Counting(open(model));
          DataInputStream in = new DataInputStream(counted)) {
        TaggerConfig.readConfig(in);
        in.readInt(); // features
        in.readInt(); // tags
        new DictionaryReader().readFrom(in);
        new TagsReader().readFrom(in);
        extractorsStart = counted.position;
        ObjectInputStream objects = new ObjectInputStream(in);
        extractors = objects.readObject();
        rareExtractors = objects.readObject();
        extractorsEnd = counted.position;
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
          InputStream original = open(model)) {
        copy(original, out, extractorsStart);
        Replacing objects = new Replacing(out);
        objects.writeObject(extractors);
        objects.writeObject(rareExtractors);
        objects.flush();
        original.skipNBytes(extractorsEnd - extractorsStart);
        original.transferTo(out);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      log.info("wrote a fast-loading copy of {} at {}", model, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static InputStream open(String model) throws IOException {
    InputStream in = TaggerModelCopies.class.getClassLoader().getResourceAsStream(model);
    if (in == null) {
      throw new IOException("no model " + model + " on the class path");
    }
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    return model.endsWith(".gz") ? new GZIPInputStream(buffered, 1 << 16) : buffered;
  }

  private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = bytes;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("the model ended early");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    long position;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int read = super.read();
      if (read >= 0) {
        position++;
      }
      return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        position += read;
      }
      return read;
    }

    @Override
    public long skip(long bytes) throws IOException {
      long skipped = super.skip(bytes);
      position += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** CoreNLP's dictionary reader, which is {@code protected}. */
  private static final class DictionaryReader extends Dictionary {
    void readFrom(DataInputStream in) {
      read(in);
    }
  }

  /** CoreNLP's tag set reader, which is {@code protected}. */
  private static final class TagsReader extends TTags {
    void readFrom(DataInputStream in) {
      read(in);
    }
  }

  /** Writes objects with every distributional similarity lexicon as a {@link PackedLexicon}. */
  private static final class Replacing extends ObjectOutputStream {

    private final Map<Object, Object> packed = new IdentityHashMap<>();

    Replacing(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object object) {
      if (object instanceof Map<?, ?> || !object.getClass().getName().equals("edu.stanford.nlp.tagger.maxent.Distsim")) {
        return packed.getOrDefault(object, object);
      }
      PackedLexicon.heldBy(object).ifPresent(lexicon -> packed.put(lexicon, PackedLexicon.of(lexicon)));
      return object;
    }
  }
}
