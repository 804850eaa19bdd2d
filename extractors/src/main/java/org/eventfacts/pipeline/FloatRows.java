package org.eventfacts.pipeline;

import java.io.Serializable;

/**
 * A CRF model's weights, written as one array of floats and the rows' lengths and read back, in
 * Java serialization, as the {@code float[][]} CoreNLP's {@code CRFClassifier} reads (through
 * {@link #readResolve()}): one bulk array instead of 350,000 small ones, each of which Java
 * serialization reads on its own. The values are CoreNLP's own conversion of its stored doubles,
 * {@code (float) weight}, so the classifier holds the same weights either way.
 *
 * <pre>{@code
 * out.writeObject(FloatRows.of(doubleWeights));   // in.readObject() returns a float[][]
 * }</pre>
 */
final class FloatRows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] lengths;
  private final float[] values;

  private FloatRows(int[] lengths, float[] values) {
    this.lengths = lengths;
    this.values = values;
  }

  /** {@code weights} as floats, each rounded as CoreNLP rounds them when it loads a model. */
  static FloatRows of(double[][] weights) {
    int[] lengths = new int[weights.length];
    int total = 0;
    for (int i = 0; i < weights.length; i++) {
      lengths[i] = weights[i].length;
      total += weights[i].length;
    }
    float[] values = new float[total];
    int next = 0;
    for (double[] row : weights) {
      for (double weight : row) {
        values[next++] = (float) weight;
      }
    }
    return new FloatRows(lengths, values);
  }

  /** The rows. */
  float[][] rows() {
    float[][] rows = new float[lengths.length][];
    int start = 0;
    for (int i = 0; i < lengths.length; i++) {
      rows[i] = new float[lengths[i]];
      System.arraycopy(values, start, rows[i], 0, lengths[i]);
      start += lengths[i];
    }
    return rows;
  }

  /** What Java serialization hands the reader in this object's place. */
  private Object readResolve() {
    return rows();
  }
}
