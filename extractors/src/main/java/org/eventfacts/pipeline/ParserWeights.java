package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a Chen and Manning transition classifier as CoreNLP's {@code nndep} parser stores
 * them in its text model: an embedding of 50 numbers for every word, tag and arc label, a hidden
 * layer of 1,000 units over 48 embedded features with a cube activation, and a score for each
 * arc-standard transition. Immutable once read; shared by every thread.
 *
 * <p>The text model lists, after a header of sizes, the embeddings (one row per word, tag and
 * label, in that order, each led by its name), the hidden layer's weights one input column per
 * line, its biases, the output weights one hidden unit per line, and the features whose hidden
 * layer products CoreNLP computes when it loads the model (the most frequent first). The arrays
 * here keep that layout, which is also the order the forward pass reads them in.
 */
final class ParserWeights {

  /** How many of the listed features CoreNLP precomputes by default ({@code numPreComputed}). */
  static final int PRECOMPUTED = 20_000;

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  final int words;
  final int tags;
  final int labels;
  final int embedding;
  final int hidden;
  final int features;
  /** Rows of {@code words + tags + labels} embeddings, {@code embedding} numbers each. */
  final float[] embeddings;
  /** Hidden-layer weights by input column: {@code [column * hidden + unit]}. */
  final float[] hiddenWeights;
  final float[] hiddenBias;
  /**
   * Output weights, widened once, in blocks of {@link #BLOCK} transitions: {@code [(block * hidden
   * + unit) * BLOCK + lane]} is the weight of hidden unit {@code unit} for transition {@code block *
   * BLOCK + lane} (0 past the last transition).
   */
  final double[] outputWeights;

  /** How many transitions' scores the output layer sums side by side. */
  static final int BLOCK = 8;
  final int transitions;
  /** The arc labels the transitions attach, the root's first (the model's label list less its null). */
  final List<String> arcLabels;
  /** Whether CoreNLP precomputes the product of feature {@code row * features + position}. */
  final BitSet precomputed;

  /** The names of the embedding rows: words, tags, then labels. */
  final List<String> names;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  private final Map<String, Integer> labelIds;

  ParserWeights(Parts reader) {
    this.words = reader.words;
    this.tags = reader.tags;
    this.labels = reader.labels;
    this.embedding = reader.embedding;
    this.hidden = reader.hidden;
    this.features = reader.features;
    this.embeddings = reader.embeddings;
    this.hiddenWeights = reader.hiddenWeights;
    this.hiddenBias = reader.hiddenBias;
    this.outputWeights = reader.outputWeights;
    this.transitions = reader.transitions;
    this.arcLabels = List.copyOf(reader.names.subList(words + tags + 1, words + tags + labels));
    this.precomputed = reader.precomputed;
    this.names = List.copyOf(reader.names);
    this.wordIds = ids(reader.names, 0, words);
    this.tagIds = ids(reader.names, words, tags);
    this.labelIds = ids(reader.names, words + tags, labels);
  }

  /** Reads the gzipped text model at {@code resource} on the class path. */
  static ParserWeights fromClassPath(String resource) {
    InputStream stream = ParserWeights.class.getClassLoader().getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("parser model " + resource + " is not on the class path");
    }
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(stream, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  static ParserWeights read(BufferedReader in) throws IOException {
    return new ParserWeights(Parts.fromText(in));
  }

  /** The embedding row of a word, or of the unknown word. */
  int wordId(String word) {
    Integer id = word == null ? null : wordIds.get(word);
    return id != null ? id : wordIds.get(UNKNOWN);
  }

  /** The embedding row of a part-of-speech tag, or of the unknown tag. */
  int tagId(String tag) {
    Integer id = tag == null ? null : tagIds.get(tag);
    return id != null ? id : tagIds.get(UNKNOWN);
  }

  /** The embedding row of an arc label, or of the null label. */
  int labelId(String label) {
    return labelIds.get(label);
  }

  private static Map<String, Integer> ids(List<String> names, int from, int count) {
    Map<String, Integer> ids = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      // A name listed twice takes its last row, as CoreNLP's own loading does.
      ids.put(names.get(from + i), from + i);
    }
    return ids;
  }

  /** The parts of a model as they are read, from the text model or its binary copy. */
  static final class Parts {
    int words;
    int tags;
    int labels;
    int embedding;
    int hidden;
    int features;
    int transitions;
    List<String> names = new java.util.ArrayList<>();
    float[] embeddings;
    float[] hiddenWeights;
    float[] hiddenBias;
    double[] outputWeights;
    BitSet precomputed = new BitSet();

    /** Reads the text model line by line. */
    static Parts fromText(BufferedReader in) throws IOException {
      Parts parts = new Parts();
      parts.readText(in);
      return parts;
    }

    private void readText(BufferedReader in) throws IOException {
      words = header(in, "dict");
      tags = header(in, "pos");
      labels = header(in, "label");
      embedding = header(in, "embeddingSize");
      hidden = header(in, "hiddenSize");
      features = header(in, "numTokens");
      int listed = header(in, "preComputed");
      transitions = 2 * (labels - 1) + 1;
      int rows = words + tags + labels;
      embeddings = new float[rows * embedding];
      for (int row = 0; row < rows; row++) {
        String line = line(in);
        int space = line.indexOf(' ');
        names.add(line.substring(0, space));
        parse(line, space + 1, embeddings, row * embedding, embedding);
      }
      hiddenWeights = new float[features * embedding * hidden];
      for (int column = 0; column < features * embedding; column++) {
        parse(line(in), 0, hiddenWeights, column * hidden, hidden);
      }
      hiddenBias = new float[hidden];
      parse(line(in), 0, hiddenBias, 0, hidden);
      float[] output = new float[hidden * transitions];
      for (int unit = 0; unit < hidden; unit++) {
        parse(line(in), 0, output, unit * transitions, transitions);
      }
      int blocks = (transitions + BLOCK - 1) / BLOCK;
      outputWeights = new double[blocks * hidden * BLOCK];
      for (int unit = 0; unit < hidden; unit++) {
        for (int t = 0; t < transitions; t++) {
          outputWeights[((t / BLOCK) * hidden + unit) * BLOCK + t % BLOCK] = output[unit * transitions + t];
        }
      }
      int read = 0;
      String line;
      while (read < Math.min(listed, PRECOMPUTED) && (line = in.readLine()) != null) {
        for (String id : line.trim().split(" +")) {
          if (!id.isEmpty() && read < Math.min(listed, PRECOMPUTED)) {
            precomputed.set(Integer.parseInt(id));
            read++;
          }
        }
      }
    }

    private static int header(BufferedReader in, String key) throws IOException {
      String line = line(in);
      checkState(line.startsWith(key + "="), "parser model: expected %s= but read %s", key, line);
      return Integer.parseInt(line.substring(key.length() + 1).trim());
    }

    private static String line(BufferedReader in) throws IOException {
      String line = in.readLine();
      checkState(line != null, "parser model ends early");
      return line;
    }

    /** Parses {@code count} space-separated numbers of {@code line} from {@code start}. */
    private static void parse(String line, int start, float[] into, int at, int count) {
      int position = start;
      for (int i = 0; i < count; i++) {
        while (position < line.length() && line.charAt(position) == ' ') {
          position++;
        }
        int end = line.indexOf(' ', position);
        if (end < 0) {
          end = line.length();
        }
        checkState(end > position, "parser model: a row has fewer than %s numbers", count);
        into[at + i] = Float.parseFloat(line.substring(position, end));
        position = end;
      }
    }
  }
}
