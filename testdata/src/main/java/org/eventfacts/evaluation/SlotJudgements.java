package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/** Collects, slot by slot, whether a matched prediction agrees with the gold. */
final class SlotJudgements {

  private final Map<Slot, Boolean> judged = new EnumMap<>(Slot.class);

  /** A name or phrase slot: right when the two share a content word; skipped without gold. */
  SlotJudgements words(Slot slot, @Nullable String gold, @Nullable String predicted) {
    if (gold != null) {
      judged.put(slot, ContentWords.shareAny(gold, predicted));
    }
    return this;
  }

  /** A closed-vocabulary slot: right when the two are equal; skipped without gold. */
  SlotJudgements equal(Slot slot, @Nullable Object gold, @Nullable Object predicted) {
    if (gold != null) {
      judged.put(slot, Objects.equals(gold, predicted));
    }
    return this;
  }

  /** A total: right when the predicted count matches the gold number as casualties match. */
  SlotJudgements count(Slot slot, @Nullable Long gold, @Nullable Count predicted) {
    if (gold != null) {
      judged.put(slot, predicted != null && GoldCount.stated(gold, null).admits(predicted));
    }
    return this;
  }

  /** A slot judged by the caller. */
  SlotJudgements judge(Slot slot, boolean right) {
    judged.put(slot, right);
    return this;
  }

  ImmutableMap<Slot, Boolean> build() {
    return Maps.immutableEnumMap(judged);
  }
}
