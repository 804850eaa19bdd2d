package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;

/**
 * How one document's predictions scored against its gold: the counts per type, and for
 * diagnostics the expectations missed and the predictions that the gold contradicts.
 *
 * <pre>{@code
 * DocumentScore score = Scorer.score(gold, facts);
 * score.type(FactType.CASUALTY).recall()
 * score.misses()          // what the extractor did not find
 * score.falsePositives()  // what it found that the gold does not list (exhaustive types only)
 * score.slotErrors()      // what it found with a slot wrong (the wrong speaker, no charge)
 * }</pre>
 *
 * @param id the document's id
 * @param types the score of every {@link FactType}
 * @param misses the expectations no prediction matched, by type, in gold order
 * @param falsePositives the predictions of exhaustive types that match no expectation, by type,
 *     in text order
 * @param slotErrors the slots matched predictions have wrong, by type, in gold order
 */
public record DocumentScore(
    String id,
    Map<FactType, TypeScore> types,
    List<Miss> misses,
    List<FalsePositive> falsePositives,
    List<SlotError> slotErrors) {

  public DocumentScore {
    checkArgument(id != null, "a document score needs an id");
    types = Maps.immutableEnumMap(types);
    checkArgument(
        types.size() == FactType.values().length, "a document score needs every type: %s", types);
    misses = ImmutableList.copyOf(misses);
    falsePositives = ImmutableList.copyOf(falsePositives);
    slotErrors = ImmutableList.copyOf(slotErrors);
  }

  /** The score of one type. */
  public TypeScore type(FactType type) {
    TypeScore score = types.get(type);
    if (score == null) {
      throw new AssertionError("every type is scored, yet " + type + " is missing");
    }
    return score;
  }
}
