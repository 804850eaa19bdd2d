package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The transition system and the model reader, on small models written here. */
class TransitionParserTest {

  private static final List<String> WORDS = List.of("-UNKNOWN-", "-NULL-", "-ROOT-", "dogs", "bark");
  private static final List<String> TAGS = List.of("-UNKNOWN-", "-NULL-", "-ROOT-", "NNS", "VBP");
  private static final List<String> LABELS = List.of("-NULL-", "root", "nsubj", "obj");
  private static final int EMBEDDING = 2;
  private static final int HIDDEN = 3;
  private static final int FEATURES = 48;

  @Test
  void readsTheSizesNamesAndLabelsOfATextModel() throws IOException {
    ParserWeights weights = weights((row, column) -> 0f, (unit, transition) -> 0f);

    assertThat(weights.words).isEqualTo(5);
    assertThat(weights.transitions).isEqualTo(7);
    assertThat(weights.arcLabels).containsExactly("root", "nsubj", "obj");
    assertThat(weights.wordId("bark")).isEqualTo(4);
    assertThat(weights.wordId("meow")).isEqualTo(weights.wordId("-UNKNOWN-"));
    assertThat(weights.tagId("VBP")).isEqualTo(5 + 4);
    assertThat(weights.labelId("obj")).isEqualTo(5 + 5 + 3);
  }

  @Test
  void withEqualScoresTakesTheFirstTransitionThatApplies() throws IOException {
    // All scores 0: the first legal transition in the model's order wins, which is a left arc
    // with the first label that is not root, until only the root arc is left.
    TransitionParser parser = parser(weights((row, column) -> 0f, (unit, transition) -> 0f));

    TransitionParser.Arcs arcs = parser.parse(new int[] {3, 4, 3}, new int[] {8, 9, 8});

    assertThat(arcs.heads()).containsExactly(-1, 2, 3, 0);
    assertThat(arcs.labels()).containsExactly(0, 1, 1, 0);
  }

  @Test
  void attachesTheOnlyWordOfASentenceToTheRoot() throws IOException {
    TransitionParser parser = parser(weights((row, column) -> 0.5f, (unit, transition) -> 1f));

    TransitionParser.Arcs arcs = parser.parse(new int[] {4}, new int[] {9});

    assertThat(arcs.heads()).containsExactly(-1, 0);
    assertThat(arcs.labels()).containsExactly(0, 0);
  }

  @Test
  void followsTheHighestScoringTransition() throws IOException {
    // Every hidden unit is positive; right arcs (transitions 3 to 5) outscore left arcs, obj most.
    TransitionParser parser =
        parser(weights((row, column) -> 0.1f, (unit, transition) -> transition == 5 ? 2f : transition >= 3 ? 1f : 0f));

    TransitionParser.Arcs arcs = parser.parse(new int[] {3, 4, 3}, new int[] {8, 9, 8});

    // shift, shift, R(obj): 2 under 1; shift, R(obj): 3 under 1; then R(root).
    assertThat(arcs.heads()).containsExactly(-1, 0, 1, 1);
    assertThat(arcs.labels()).containsExactly(0, 0, 2, 2);
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() throws IOException {
    TransitionParser parser = parser(weights((row, column) -> 0f, (unit, transition) -> 0f));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> parser.parse(new int[] {3, 4}, new int[] {8, 9}))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void keepsEachFeaturesProductOnceAndNoMoreThanItsBudget() throws IOException {
    ParserWeights weights = weights((row, column) -> 0.25f, (unit, transition) -> 0f);
    HiddenProducts roomy = new HiddenProducts(weights);
    HiddenProducts tight = new HiddenProducts(weights, 4L * HIDDEN + 1);
    double[] sums = new double[HIDDEN];
    double[] tightSums = new double[HIDDEN];

    for (int row : new int[] {3, 4, 3}) {
      roomy.addTo(sums, 0, row);
      tight.addTo(tightSums, 0, row);
    }

    // Row 3 at position 0 is precomputed (kept in double precision), row 4 is not.
    assertThat(roomy.keptBytes()).isEqualTo(8L * HIDDEN + 4L * HIDDEN);
    assertThat(tight.keptBytes()).isEqualTo(4L * HIDDEN);
    assertThat(tightSums).containsExactly(sums);
  }

  @Test
  void sumsAFeaturesTermsInOrderAndKeepsPrecomputedOnesInDoublePrecision() throws IOException {
    // Feature row 3 at position 0 is listed as precomputed (id 3 * 48 + 0), row 4 is not.
    ParserWeights weights = weights((row, column) -> 0.1f * (row + 1) + 0.01f * column, (unit, transition) -> 0f);
    HiddenProducts products = new HiddenProducts(weights);
    double[] precomputed = new double[HIDDEN];
    double[] rounded = new double[HIDDEN];

    products.addTo(precomputed, 0, 3);
    products.addTo(rounded, 0, 4);

    for (int unit = 0; unit < HIDDEN; unit++) {
      double expected3 = 0;
      double expected4 = 0;
      for (int k = 0; k < EMBEDDING; k++) {
        float weight = weights.hiddenWeights[k * HIDDEN + unit];
        expected3 += weight * weights.embeddings[3 * EMBEDDING + k];
        expected4 += weight * weights.embeddings[4 * EMBEDDING + k];
      }
      assertThat(precomputed[unit]).isEqualTo(expected3);
      assertThat(rounded[unit]).isEqualTo((double) (float) expected4);
    }
  }

  @Test
  void readsBackFromItsBinaryCopyTheWeightsItRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
      throws IOException {
    ParserWeights weights = weights((row, column) -> 0.01f * row - 0.02f * column, (unit, transition) -> 0.5f * unit - transition);
    java.nio.file.Path copy = directory.resolve("model.bin");

    ParserWeightsFile.write(weights, copy);
    ParserWeights read = ParserWeightsFile.read(copy).orElseThrow();

    assertThat(read.names).isEqualTo(weights.names);
    assertThat(read.embeddings).containsExactly(weights.embeddings);
    assertThat(read.hiddenWeights).containsExactly(weights.hiddenWeights);
    assertThat(read.hiddenBias).containsExactly(weights.hiddenBias);
    assertThat(read.outputWeights).containsExactly(weights.outputWeights);
    assertThat(read.precomputed).isEqualTo(weights.precomputed);
    assertThat(read.arcLabels).isEqualTo(weights.arcLabels);
    assertThat(parser(read).parse(new int[] {3, 4, 3}, new int[] {8, 9, 8}))
        .usingRecursiveComparison()
        .isEqualTo(parser(weights).parse(new int[] {3, 4, 3}, new int[] {8, 9, 8}));
  }

  @Test
  void ignoresABinaryCopyItCannotRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
      throws IOException {
    java.nio.file.Path copy = directory.resolve("model.bin");
    java.nio.file.Files.write(copy, new byte[] {1, 2, 3});

    assertThat(ParserWeightsFile.read(copy)).isEmpty();
    assertThat(ParserWeightsFile.read(directory.resolve("missing.bin"))).isEmpty();
  }

  private static TransitionParser parser(ParserWeights weights) {
    return new TransitionParser(weights, new HiddenProducts(weights));
  }

  private interface Value {
    float at(int row, int column);
  }

  /**
   * A model in CoreNLP's text format whose embeddings and hidden-layer weights are {@code
   * input(row, column)} and whose output weights are {@code output(unit, transition)}; the hidden
   * layer's biases are 0, and one feature (row 3 at position 0) is listed as precomputed.
   */
  private static ParserWeights weights(Value input, Value output) throws IOException {
    int labels = LABELS.size();
    int transitions = 2 * (labels - 1) + 1;
    List<String> lines = new ArrayList<>();
    lines.add("dict=" + WORDS.size());
    lines.add("pos=" + TAGS.size());
    lines.add("label=" + labels);
    lines.add("embeddingSize=" + EMBEDDING);
    lines.add("hiddenSize=" + HIDDEN);
    lines.add("numTokens=" + FEATURES);
    lines.add("preComputed=1");
    List<String> names = new ArrayList<>(WORDS);
    names.addAll(TAGS);
    names.addAll(LABELS);
    for (int row = 0; row < names.size(); row++) {
      StringBuilder line = new StringBuilder(names.get(row));
      for (int k = 0; k < EMBEDDING; k++) {
        line.append(' ').append(number(input.at(row, k)));
      }
      lines.add(line.toString());
    }
    for (int column = 0; column < FEATURES * EMBEDDING; column++) {
      int c = column;
      lines.add(row(HIDDEN, unit -> input.at(unit, c)));
    }
    lines.add(row(HIDDEN, unit -> 0f));
    for (int unit = 0; unit < HIDDEN; unit++) {
      int u = unit;
      lines.add(row(transitions, transition -> output.at(u, transition)));
    }
    lines.add(String.valueOf(3 * FEATURES));
    return ParserWeights.read(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")));
  }

  private static String row(int count, java.util.function.IntFunction<Float> value) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(number(value.apply(i)));
    }
    return String.join(" ", numbers);
  }

  private static String number(float value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
