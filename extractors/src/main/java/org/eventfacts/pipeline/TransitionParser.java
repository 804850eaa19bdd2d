package org.eventfacts.pipeline;

import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * Parses one sentence with arc-standard transitions chosen by the classifier in {@link
 * ParserWeights}: a stack that starts with the root, a buffer of the sentence's tokens, and at each
 * step the best-scoring transition that applies (shift; or attach the second on the stack to the
 * top, or the top to the second, with a label). The features, the transitions, their order and
 * the tie-breaking are those of CoreNLP's {@code nndep} parser, so the parse is the same; only
 * the arithmetic is arranged to run faster ({@link HiddenProducts}, and the output layer read one
 * hidden unit at a time so that the JIT compiler can use vector instructions, each score still
 * summed in CoreNLP's order).
 *
 * <p>Tokens are numbered from 1; 0 is the root. Thread-safe: each call keeps its state to itself.
 */
final class TransitionParser {

  private final ParserWeights weights;
  private final HiddenProducts products;
  private final int arcLabels;
  private final int shift;
  private final int nullWord;
  private final int rootWord;
  private final int nullTag;
  private final int rootTag;
  private final int nullLabel;
  /** The embedding row of each arc label, by the label's index among the transitions. */
  private final int[] labelRows;

  TransitionParser(ParserWeights weights, HiddenProducts products) {
    this.weights = weights;
    this.products = products;
    this.arcLabels = weights.arcLabels.size();
    this.shift = 2 * arcLabels;
    this.nullWord = weights.wordId(ParserWeights.NULL);
    this.rootWord = weights.wordId(ParserWeights.ROOT);
    this.nullTag = weights.tagId(ParserWeights.NULL);
    this.rootTag = weights.tagId(ParserWeights.ROOT);
    this.nullLabel = weights.labelId(ParserWeights.NULL);
    this.labelRows = new int[arcLabels];
    for (int label = 0; label < arcLabels; label++) {
      labelRows[label] = weights.labelId(weights.arcLabels.get(label));
    }
  }

  /** A parse: the head of each token (0 for the root) and its label's index in {@link ParserWeights#arcLabels}. */
  record Arcs(int[] heads, int[] labels) {}

  /**
   * Parses the tokens whose words and tags have the embedding rows {@code words} and {@code tags}.
   *
   * @throws RuntimeInterruptedException if the thread is interrupted meanwhile
   */
  Arcs parse(int[] words, int[] tags) {
    return new State(words, tags).run();
  }

  /** One sentence's configuration. */
  private final class State {
    private final int n;
    private final int[] words;
    private final int[] tags;
    private final int[] heads;
    private final int[] labels;
    private final int[] stack;
    private int depth;
    private int next = 1;
    private final int[] features;
    private final double[] hidden;
    private final double[] scores;

    State(int[] words, int[] tags) {
      this.n = words.length;
      this.words = words;
      this.tags = tags;
      this.heads = new int[n + 1];
      this.labels = new int[n + 1];
      java.util.Arrays.fill(heads, -1);
      java.util.Arrays.fill(labels, -1);
      this.stack = new int[n + 1];
      this.stack[depth++] = 0;
      this.features = new int[weights.features];
      this.hidden = new double[weights.hidden];
      this.scores = new double[weights.transitions];
    }

    Arcs run() {
      while (!(depth == 1 && next > n)) {
        if (Thread.interrupted()) {
          throw new RuntimeInterruptedException();
        }
        int forced = onlyTransitionThatApplies();
        if (forced >= 0) {
          apply(forced);
          continue;
        }
        extractFeatures();
        score();
        apply(best());
      }
      int[] labelOfToken = new int[n + 1];
      for (int token = 1; token <= n; token++) {
        labelOfToken[token] = labels[token];
      }
      return new Arcs(heads, labelOfToken);
    }

    private int stack(int i) {
      return i < depth ? stack[depth - 1 - i] : -1;
    }

    private int buffer(int i) {
      int token = next + i;
      return token <= n ? token : -1;
    }

    private int leftChild(int head, int count) {
      if (head < 0 || head > n) {
        return -1;
      }
      int seen = 0;
      for (int token = 1; token < head; token++) {
        if (heads[token] == head && ++seen == count) {
          return token;
        }
      }
      return -1;
    }

    private int rightChild(int head, int count) {
      if (head < 0 || head > n) {
        return -1;
      }
      int seen = 0;
      for (int token = n; token > head; token--) {
        if (heads[token] == head && ++seen == count) {
          return token;
        }
      }
      return -1;
    }

    private int word(int token) {
      return token == 0 ? rootWord : token < 0 || token > n ? nullWord : words[token - 1];
    }

    private int tag(int token) {
      return token == 0 ? rootTag : token < 0 || token > n ? nullTag : tags[token - 1];
    }

    private int label(int token) {
      return token <= 0 || token > n ? nullLabel : labelRows[labels[token]];
    }

    /** CoreNLP's 48 features: 18 words, then their 18 tags, then 12 arc labels. */
    private void extractFeatures() {
      for (int i = 0; i < 3; i++) {
        int onStack = stack(2 - i);
        features[i] = word(onStack);
        features[18 + i] = tag(onStack);
        int inBuffer = buffer(i);
        features[3 + i] = word(inBuffer);
        features[21 + i] = tag(inBuffer);
      }
      for (int i = 0; i < 2; i++) {
        int top = stack(i);
        int leftmost = leftChild(top, 1);
        int rightmost = rightChild(top, 1);
        int[] children = {
          leftmost,
          rightmost,
          leftChild(top, 2),
          rightChild(top, 2),
          leftChild(leftmost, 1),
          rightChild(rightmost, 1),
        };
        for (int c = 0; c < children.length; c++) {
          features[6 + 6 * i + c] = word(children[c]);
          features[24 + 6 * i + c] = tag(children[c]);
          features[36 + 6 * i + c] = label(children[c]);
        }
      }
    }

    private void score() {
      java.util.Arrays.fill(hidden, 0.0);
      for (int position = 0; position < features.length; position++) {
        products.addTo(hidden, position, features[position]);
      }
      float[] bias = weights.hiddenBias;
      for (int unit = 0; unit < hidden.length; unit++) {
        double sum = hidden[unit] + bias[unit];
        hidden[unit] = sum * sum * sum;
      }
      // Each score sums its hidden units in order from 0, as CoreNLP's dot product does; eight
      // scores are summed side by side in registers, so that eight additions are in flight at once.
      double[] output = weights.outputWeights;
      int units = hidden.length;
      int block = ParserWeights.BLOCK;
      for (int first = 0; first < scores.length; first += block) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int at = (first / block) * units * block;
        for (int unit = 0; unit < units; unit++, at += block) {
          double activation = hidden[unit];
          s0 += activation * output[at];
          s1 += activation * output[at + 1];
          s2 += activation * output[at + 2];
          s3 += activation * output[at + 3];
          s4 += activation * output[at + 4];
          s5 += activation * output[at + 5];
          s6 += activation * output[at + 6];
          s7 += activation * output[at + 7];
        }
        double[] sums = {s0, s1, s2, s3, s4, s5, s6, s7};
        System.arraycopy(sums, 0, scores, first, Math.min(block, scores.length - first));
      }
    }

    /**
     * The transition to take when no other applies, or -1: shift while the stack holds the root
     * and at most one word and the buffer is not empty, and attach the last word to the root once
     * the buffer is empty. The classifier, which CoreNLP consults even then, could choose nothing
     * else, so its scores are not computed.
     */
    private int onlyTransitionThatApplies() {
      if (depth <= 2 && next <= n) {
        return shift;
      }
      if (depth == 2) {
        return arcLabels; // the right arc labelled root
      }
      return -1;
    }

    /** The first best-scoring transition that applies, in the model's order of transitions. */
    private int best() {
      double bestScore = Double.NEGATIVE_INFINITY;
      int best = -1;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > bestScore && applies(t)) {
          bestScore = scores[t];
          best = t;
        }
      }
      return best;
    }

    private boolean applies(int transition) {
      if (transition == shift) {
        return next <= n;
      }
      boolean left = transition < arcLabels;
      int label = left ? transition : transition - arcLabels;
      int head = left ? stack(0) : stack(1);
      if (head < 0 || (head == 0) != (label == 0)) {
        return false;
      }
      return left ? depth > 2 : depth > 2 || (depth == 2 && next > n);
    }

    private void apply(int transition) {
      if (transition == shift) {
        stack[depth++] = next++;
        return;
      }
      int top = stack[depth - 1];
      int second = stack[depth - 2];
      if (transition < arcLabels) {
        heads[second] = top;
        labels[second] = transition;
        stack[depth - 2] = top;
      } else {
        heads[top] = second;
        labels[top] = transition - arcLabels;
      }
      depth--;
    }
  }
}
