package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The counts of one fact type, for one document or summed over many: how many expectations were
 * matched, how many predictions were right where the gold is exhaustive, and the slot tallies.
 *
 * <pre>{@code
 * TypeScore casualties = report.total(FactType.CASUALTY);
 * casualties.recall()      // matched / expected
 * casualties.precision()   // correct / predicted, empty unless some document was exhaustive
 * casualties.slots().get(Slot.VICTIMS).accuracy()
 * }</pre>
 *
 * @param type the fact type
 * @param expected the gold expectations
 * @param matched the expectations matched by a prediction (each by at most one)
 * @param exhaustiveDocuments the documents whose gold is exhaustive for this type; only their
 *     predictions are counted
 * @param predicted the predictions in those documents
 * @param correct those predictions that match some expectation (two predictions of the same fact
 *     are both correct)
 * @param slots for each slot the gold gave on a matched pair, how often the prediction had it
 *     right
 */
public record TypeScore(
    FactType type,
    int expected,
    int matched,
    int exhaustiveDocuments,
    int predicted,
    int correct,
    Map<Slot, SlotTally> slots) {

  public TypeScore {
    checkNotNull(type, "type");
    checkArgument(
        0 <= matched && matched <= expected, "matched %s of %s expected", matched, expected);
    checkArgument(
        0 <= correct && correct <= predicted, "correct %s of %s predicted", correct, predicted);
    checkArgument(
        exhaustiveDocuments > 0 || predicted == 0,
        "predictions are counted only where the gold is exhaustive");
    slots = Maps.immutableEnumMap(slots);
  }

  /** Nothing expected, nothing predicted. */
  public static TypeScore empty(FactType type) {
    return new TypeScore(type, 0, 0, 0, 0, 0, Map.of());
  }

  /** Whether precision is counted: some document's gold is exhaustive for this type. */
  public boolean hasPrecision() {
    return exhaustiveDocuments > 0;
  }

  /** Matched over expected; 1 when nothing was expected. */
  public double recall() {
    return expected == 0 ? 1.0 : (double) matched / expected;
  }

  /**
   * Correct over predicted where the gold is exhaustive, 1 when nothing was predicted there
   * (nothing wrong was said); empty when no document's gold is exhaustive for this type.
   */
  public OptionalDouble precision() {
    if (!hasPrecision()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(predicted == 0 ? 1.0 : (double) correct / predicted);
  }

  /** The harmonic mean of precision and recall, 0 when both are 0; empty without precision. */
  public OptionalDouble f1() {
    if (!hasPrecision()) {
      return OptionalDouble.empty();
    }
    double precision = precision().orElseThrow();
    double recall = recall();
    return OptionalDouble.of(
        precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall));
  }

  /** The two scores summed; both must be of the same type. */
  public TypeScore plus(TypeScore other) {
    checkArgument(type == other.type, "cannot add a %s score to a %s score", other.type, type);
    Map<Slot, SlotTally> summed = new EnumMap<>(Slot.class);
    summed.putAll(slots);
    other.slots.forEach((slot, tally) -> summed.merge(slot, tally, SlotTally::plus));
    return new TypeScore(
        type,
        expected + other.expected,
        matched + other.matched,
        exhaustiveDocuments + other.exhaustiveDocuments,
        predicted + other.predicted,
        correct + other.correct,
        summed);
  }
}
