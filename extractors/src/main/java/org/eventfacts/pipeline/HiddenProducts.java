package org.eventfacts.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The hidden layer's contribution of one feature (an embedded word, tag or label at one of the 48
 * feature positions): a 1,000-by-50 product, computed on first use and kept, so that a parse adds
 * 48 kept vectors per transition instead of multiplying. Safe for many threads: two threads that
 * meet the same new feature both compute it and either result is kept (they are equal).
 *
 * <p>The numbers are those CoreNLP's parser adds, to the last bit: each product sums the 50 terms
 * (each a float product) in order in double precision; the features CoreNLP precomputes when it
 * loads the model keep the double sum, the others are rounded to float as CoreNLP's cache of
 * recent products keeps them. So a parse here is CoreNLP's parse, whatever has been kept.
 *
 * <p>Memory is bounded: once {@link #BUDGET_BYTES} of products are kept, new features are computed
 * each time they occur and not kept. The frequent features of news text come first, so the bound
 * is met by rare words, whose products are cheap to recompute now and then.
 */
final class HiddenProducts {

  /** At most this much memory of kept products: the 20,000 CoreNLP precomputes, and as much again. */
  static final long BUDGET_BYTES = 320L << 20;

  private final ParserWeights weights;
  private final AtomicReferenceArray<Object> kept;
  /** Where each feature position's slots begin in {@link #kept}. */
  private final int[] slotStart;
  /** The first embedding row each feature position reads (words, tags or labels). */
  private final int[] firstRow;
  private final AtomicLong bytes = new AtomicLong();
  private final long budget;

  HiddenProducts(ParserWeights weights) {
    this(weights, BUDGET_BYTES);
  }

  HiddenProducts(ParserWeights weights, long budget) {
    this.weights = weights;
    this.budget = budget;
    this.slotStart = new int[weights.features];
    this.firstRow = new int[weights.features];
    int slots = 0;
    for (int position = 0; position < weights.features; position++) {
      FeatureKind kind = FeatureKind.at(position);
      slotStart[position] = slots;
      firstRow[position] = kind.firstRow(weights);
      slots += kind.rows(weights);
    }
    this.kept = new AtomicReferenceArray<>(slots);
  }

  /** Adds feature {@code row} at {@code position} to the hidden layer's sums. */
  void addTo(double[] sums, int position, int row) {
    int slot = slotStart[position] + row - firstRow[position];
    Object product = kept.get(slot);
    if (product == null) {
      product = compute(position, row);
      long size = product instanceof double[] ? 8L * weights.hidden : 4L * weights.hidden;
      if (bytes.addAndGet(size) <= budget) {
        kept.set(slot, product);
      } else {
        bytes.addAndGet(-size);
      }
    }
    if (product instanceof double[] exact) {
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] += exact[unit];
      }
    } else {
      float[] rounded = (float[]) product;
      for (int unit = 0; unit < sums.length; unit++) {
        sums[unit] += rounded[unit];
      }
    }
  }

  /** How many bytes of products are kept now. */
  long keptBytes() {
    return bytes.get();
  }

  private Object compute(int position, int row) {
    int hidden = weights.hidden;
    int embedding = weights.embedding;
    double[] sums = new double[hidden];
    float[] columns = weights.hiddenWeights;
    for (int k = 0; k < embedding; k++) {
      float value = weights.embeddings[row * embedding + k];
      int column = (position * embedding + k) * hidden;
      for (int unit = 0; unit < hidden; unit++) {
        sums[unit] += columns[column + unit] * value;
      }
    }
    if (weights.precomputed.get(row * weights.features + position)) {
      return sums;
    }
    float[] rounded = new float[hidden];
    for (int unit = 0; unit < hidden; unit++) {
      rounded[unit] = (float) sums[unit];
    }
    return rounded;
  }

  /** What the 48 feature positions embed: 18 words, 18 tags, 12 arc labels. */
  enum FeatureKind {
    WORD,
    TAG,
    LABEL;

    static FeatureKind at(int position) {
      return position < 18 ? WORD : position < 36 ? TAG : LABEL;
    }

    int firstRow(ParserWeights weights) {
      return switch (this) {
        case WORD -> 0;
        case TAG -> weights.words;
        case LABEL -> weights.words + weights.tags;
      };
    }

    int rows(ParserWeights weights) {
      return switch (this) {
        case WORD -> weights.words;
        case TAG -> weights.tags;
        case LABEL -> weights.labels;
      };
    }
  }
}
