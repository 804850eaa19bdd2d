package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Pairs expectations with the predictions that match them so that as many expectations as
 * possible are matched, and among all matchings of that size, one whose pairs agree on the most
 * slots. So recall is never lost to a greedy choice (when expectation A could take prediction 1
 * or 2 and B only 1, A gets 2), and a prediction goes to the expectation it describes best
 * (a "26 killed" that fits both a gold "dozens killed" and a gold "26 armed men killed"
 * goes to the latter when it names the criminals).
 *
 * <p>Solved as an assignment problem with the Hungarian algorithm, in {@code O(n² m)} for {@code
 * n} expectations and {@code m} predictions: every matching pair weighs a large constant plus its
 * slot agreement, the constant larger than any total agreement, so that size comes first.
 */
final class MaximumMatching {

  /** Marks a pair that does not match. */
  static final int NO_MATCH = -1;

  private MaximumMatching() {}

  /**
   * For each expectation, the index of the prediction it is matched with, or -1.
   *
   * @param agreement for each expectation and prediction, {@link #NO_MATCH} when the prediction
   *     does not match the expectation, else the number of slots on which they agree
   */
  static int[] assign(int[][] agreement) {
    int expectations = agreement.length;
    int predictions = expectations == 0 ? 0 : agreement[0].length;
    int most = 0;
    for (int[] row : agreement) {
      checkArgument(row.length == predictions, "agreement must be a rectangular matrix");
      for (int value : row) {
        checkArgument(value >= NO_MATCH, "agreement %s is neither a count nor NO_MATCH", value);
        most = Math.max(most, value);
      }
    }
    long size = (long) (most + 1) * Math.min(expectations, predictions) + 1;
    boolean transpose = expectations > predictions;
    int rows = transpose ? predictions : expectations;
    int columns = transpose ? expectations : predictions;
    long[][] cost = new long[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int value = transpose ? agreement[c][r] : agreement[r][c];
        cost[r][c] = value == NO_MATCH ? 0 : -(size + value);
      }
    }
    int[] columnOfRow = minimumCostAssignment(cost, columns);
    int[] assignment = new int[expectations];
    Arrays.fill(assignment, NO_MATCH);
    for (int r = 0; r < rows; r++) {
      int c = columnOfRow[r];
      int expectation = transpose ? c : r;
      int prediction = transpose ? r : c;
      if (agreement[expectation][prediction] != NO_MATCH) {
        assignment[expectation] = prediction;
      }
    }
    return assignment;
  }

  /**
   * The Hungarian algorithm with potentials: assigns every row a distinct column, at least as
   * many columns as rows, minimising the total cost. Returns the column of each row.
   */
  private static int[] minimumCostAssignment(long[][] cost, int columns) {
    int rows = cost.length;
    long[] rowPotential = new long[rows + 1];
    long[] columnPotential = new long[columns + 1];
    int[] rowOfColumn = new int[columns + 1]; // 1-based rows; 0 = free
    int[] previous = new int[columns + 1];
    for (int row = 1; row <= rows; row++) {
      rowOfColumn[0] = row;
      int column = 0;
      long[] slack = new long[columns + 1];
      Arrays.fill(slack, Long.MAX_VALUE);
      boolean[] used = new boolean[columns + 1];
      do {
        used[column] = true;
        int current = rowOfColumn[column];
        long delta = Long.MAX_VALUE;
        int next = 0;
        for (int c = 1; c <= columns; c++) {
          if (!used[c]) {
            long reduced = cost[current - 1][c - 1] - rowPotential[current] - columnPotential[c];
            if (reduced < slack[c]) {
              slack[c] = reduced;
              previous[c] = column;
            }
            if (slack[c] < delta) {
              delta = slack[c];
              next = c;
            }
          }
        }
        for (int c = 0; c <= columns; c++) {
          if (used[c]) {
            rowPotential[rowOfColumn[c]] += delta;
            columnPotential[c] -= delta;
          } else {
            slack[c] -= delta;
          }
        }
        column = next;
      } while (rowOfColumn[column] != 0);
      do {
        int before = previous[column];
        rowOfColumn[column] = rowOfColumn[before];
        column = before;
      } while (column != 0);
    }
    int[] columnOfRow = new int[rows];
    for (int c = 1; c <= columns; c++) {
      if (rowOfColumn[c] != 0) {
        columnOfRow[rowOfColumn[c] - 1] = c - 1;
      }
    }
    return columnOfRow;
  }
}
