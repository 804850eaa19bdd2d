package org.eventfacts.evaluation.merge;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * How well a merge grouped documents, counted over pairs of documents: a pair is in the gold when
 * both documents report the same registry incident, and predicted when the merge put both
 * documents' main events (each document's first event) into one incident.
 *
 * <pre>{@code
 * PairwiseScore score = MergeEvaluation.score(gold, reports, result.incidents());
 * score.precision()   // correct / predicted pairs
 * score.recall()      // correct / gold pairs
 * score.misses()      // gold pairs the merge kept apart
 * }</pre>
 *
 * @param documents the documents scored (those the gold names)
 * @param goldPairs pairs of documents of one gold incident
 * @param predictedPairs pairs the merge put in one incident
 * @param correctPairs predicted pairs that are gold pairs
 * @param misses the gold pairs not predicted, in id order
 * @param falseMerges the predicted pairs not in the gold, in id order
 */
public record PairwiseScore(
    int documents,
    int goldPairs,
    int predictedPairs,
    int correctPairs,
    List<DocumentPair> misses,
    List<DocumentPair> falseMerges) {

  public PairwiseScore {
    checkArgument(correctPairs <= goldPairs && correctPairs <= predictedPairs, "more correct pairs than pairs");
    misses = ImmutableList.copyOf(misses);
    falseMerges = ImmutableList.copyOf(falseMerges);
    checkArgument(misses.size() == goldPairs - correctPairs, "one miss per gold pair not predicted");
    checkArgument(falseMerges.size() == predictedPairs - correctPairs, "one false merge per wrong pair");
  }

  /** Correct pairs over predicted pairs; 1 when nothing was merged. */
  public double precision() {
    return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
  }

  /** Correct pairs over gold pairs; 1 when the gold has none. */
  public double recall() {
    return goldPairs == 0 ? 1 : (double) correctPairs / goldPairs;
  }

  /** A plain-text table of the counts, then the misses and false merges one per line. */
  public String toTable() {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "| documents | gold pairs | merged pairs | correct | precision | recall |%n"));
    table.append(String.format(Locale.ROOT, "|---|---|---|---|---|---|%n"));
    table.append(
        String.format(
            Locale.ROOT,
            "| %d | %d | %d | %d | %.3f | %.3f |%n",
            documents, goldPairs, predictedPairs, correctPairs, precision(), recall()));
    table.append(String.format(Locale.ROOT, "misses (%d):%n", misses.size()));
    misses.forEach(pair -> table.append("  ").append(pair).append(System.lineSeparator()));
    table.append(String.format(Locale.ROOT, "false merges (%d):%n", falseMerges.size()));
    falseMerges.forEach(pair -> table.append("  ").append(pair).append(System.lineSeparator()));
    return table.toString();
  }
}
