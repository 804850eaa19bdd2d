package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scores one type of one document: pairs expectations with predictions as a {@linkplain
 * MaximumMatching maximum matching} (of the largest matchings, one whose pairs agree on the most
 * slots), then counts recall, precision and slot accuracy.
 */
final class TypeScorer {

  /** The score of one type of one document, with its misses and false positives. */
  record Result(
      TypeScore score,
      ImmutableList<Miss> misses,
      ImmutableList<FalsePositive> wrong,
      ImmutableList<SlotError> slotErrors) {}

  private TypeScorer() {}

  static <E extends Expectation, P> Result score(
      MatchCriteria<E, P> criteria, GoldDocument gold, String text) {
    ImmutableList<E> expectations = criteria.expectations(gold);
    ImmutableList<P> predictions = criteria.predictions();
    boolean[] matchesSome = new boolean[predictions.size()];
    int[][] agreement = new int[expectations.size()][predictions.size()];
    for (int e = 0; e < expectations.size(); e++) {
      for (int p = 0; p < predictions.size(); p++) {
        agreement[e][p] = MaximumMatching.NO_MATCH;
        if (criteria.matches(expectations.get(e), predictions.get(p))) {
          agreement[e][p] = agreement(criteria.slots(expectations.get(e), predictions.get(p)));
          matchesSome[p] = true;
        }
      }
    }
    int[] assignment = MaximumMatching.assign(agreement);

    int matched = 0;
    Map<Slot, SlotTally> slots = new EnumMap<>(Slot.class);
    ImmutableList.Builder<Miss> misses = ImmutableList.builder();
    ImmutableList.Builder<SlotError> slotErrors = ImmutableList.builder();
    for (int e = 0; e < expectations.size(); e++) {
      if (assignment[e] < 0) {
        misses.add(Miss.of(expectations.get(e), text));
        continue;
      }
      matched++;
      E expected = expectations.get(e);
      P predicted = predictions.get(assignment[e]);
      criteria
          .slots(expected, predicted)
          .forEach(
              (slot, right) -> {
                slots.merge(slot, new SlotTally(right ? 1 : 0, 1), SlotTally::plus);
                if (!right) {
                  slotErrors.add(new SlotError(slot, expected, criteria.describe(predicted)));
                }
              });
    }

    boolean exhaustive = gold.isExhaustive(criteria.type());
    int correct = 0;
    ImmutableList.Builder<FalsePositive> wrong = ImmutableList.builder();
    if (exhaustive) {
      for (int p = 0; p < predictions.size(); p++) {
        if (matchesSome[p]) {
          correct++;
        } else {
          wrong.add(criteria.describe(predictions.get(p)));
        }
      }
    }
    TypeScore score =
        new TypeScore(
            criteria.type(),
            expectations.size(),
            matched,
            exhaustive ? 1 : 0,
            exhaustive ? predictions.size() : 0,
            correct,
            slots);
    return new Result(score, misses.build(), wrong.build(), slotErrors.build());
  }

  private static int agreement(ImmutableMap<Slot, Boolean> slots) {
    return (int) slots.values().stream().filter(Boolean::booleanValue).count();
  }
}
