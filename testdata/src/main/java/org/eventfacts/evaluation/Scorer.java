package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.DocumentFacts;

/**
 * Scores one document's predicted facts against its gold, by the rules of the corpus README.
 *
 * <pre>{@code
 * GoldDocument gold = GoldDocument.read(Path.of("kazakhstan-stern.gold.json"));
 * DocumentScore score = Scorer.score(gold, EventFacts.extract(text));
 * score.type(FactType.QUOTE).recall()
 * }</pre>
 *
 * <p>For each type, each expectation is matched by at most one prediction, chosen as a maximum
 * matching so that no recall is lost to a greedy choice; among matchings of that size, one whose
 * pairs agree on the most slots. A prediction that matches an
 * expectation already matched by another still counts as correct, so a fact stated twice and
 * predicted twice is not a false positive. Slots are scored on the matched pairs only. See
 * {@link GoldCount#admits} for how counts match, including vague ones.
 */
public final class Scorer {

  private Scorer() {}

  /** Scores {@code predicted} against {@code gold}; spans are read in {@code predicted.text()}. */
  public static DocumentScore score(GoldDocument gold, DocumentFacts predicted) {
    checkNotNull(gold, "gold");
    checkNotNull(predicted, "predicted");
    List<MatchCriteria<?, ?>> criteria =
        ImmutableList.of(
            new CasualtyCriteria(predicted),
            new ArrestCriteria(predicted),
            new QuoteCriteria(predicted, FactType.QUOTE),
            new QuoteCriteria(predicted, FactType.INDIRECT),
            new ActorCriteria(predicted),
            new EventCriteria(predicted, gold));
    Map<FactType, TypeScore> types = new EnumMap<>(FactType.class);
    ImmutableList.Builder<Miss> misses = ImmutableList.builder();
    ImmutableList.Builder<FalsePositive> wrong = ImmutableList.builder();
    ImmutableList.Builder<SlotError> slotErrors = ImmutableList.builder();
    for (MatchCriteria<?, ?> typeCriteria : criteria) {
      TypeScorer.Result result = TypeScorer.score(typeCriteria, gold, predicted.text());
      types.put(typeCriteria.type(), result.score());
      misses.addAll(result.misses());
      wrong.addAll(result.wrong());
      slotErrors.addAll(result.slotErrors());
    }
    return new DocumentScore(gold.id(), types, misses.build(), wrong.build(), slotErrors.build());
  }
}
