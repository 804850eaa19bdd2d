package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeScoreTest {

  @Test
  void recallIsOneWhenNothingWasExpected() {
    assertThat(TypeScore.empty(FactType.ARREST).recall()).isEqualTo(1.0);
  }

  @Test
  void precisionAndF1AreEmptyWithoutAnExhaustiveDocument() {
    TypeScore score = new TypeScore(FactType.QUOTE, 4, 2, 0, 0, 0, Map.of());

    assertThat(score.precision()).isEmpty();
    assertThat(score.f1()).isEmpty();
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    TypeScore score = new TypeScore(FactType.CASUALTY, 4, 2, 1, 2, 2, Map.of());

    assertThat(score.f1()).hasValue(2 * 1.0 * 0.5 / 1.5);
  }

  @Test
  void f1IsZeroWhenNothingIsRight() {
    TypeScore score = new TypeScore(FactType.CASUALTY, 4, 0, 1, 3, 0, Map.of());

    assertThat(score.f1()).hasValue(0.0);
  }

  @Test
  void sumAddsCountsAndSlotTallies() {
    TypeScore first =
        new TypeScore(FactType.CASUALTY, 2, 1, 1, 3, 1, Map.of(Slot.VICTIMS, new SlotTally(1, 1)));
    TypeScore second =
        new TypeScore(
            FactType.CASUALTY,
            3,
            3,
            0,
            0,
            0,
            Map.of(Slot.VICTIMS, new SlotTally(1, 3), Slot.SOURCE, new SlotTally(2, 2)));

    TypeScore sum = first.plus(second);

    assertThat(sum).isEqualTo(
        new TypeScore(
            FactType.CASUALTY,
            5,
            4,
            1,
            3,
            1,
            Map.of(Slot.VICTIMS, new SlotTally(2, 4), Slot.SOURCE, new SlotTally(2, 2))));
  }

  @Test
  void rejectsPredictionsCountedWithoutAnExhaustiveDocument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TypeScore(FactType.ACTOR, 1, 1, 0, 2, 1, Map.of()));
  }
}
