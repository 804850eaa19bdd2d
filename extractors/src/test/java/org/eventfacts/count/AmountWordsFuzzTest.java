package org.eventfacts.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import java.util.OptionalLong;
import java.util.Random;
import org.eventfacts.count.QuantityWords.Amount;
import org.eventfacts.fact.Count;
import org.eventfacts.input.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The pure layer of count reading on any words: no exception, and every amount read is one a
 * {@link Count} can hold (whole, not negative, a range in order), also once multiplied by a
 * multiplier word. The layer that picks the tokens of a number needs CoreNLP's tokens and parse
 * and is not fuzzed here; the whole-extractor run ({@code GeneratedInputRun}) covers it.
 */
class AmountWordsFuzzTest {

  private static final ImmutableList<Long> MULTIPLIERS =
      ImmutableList.copyOf(QuantityWords.MULTIPLIERS.values());

  static void check(String words, int multiplierChoice) {
    OptionalLong spelled = AmountWords.spelled(words);
    OptionalLong whole = AmountWords.spelledWhole(words);
    OptionalLong normalized = AmountWords.normalized(words);
    OptionalLong digits = AmountWords.digits(words);
    Amount vague = AmountWords.vague(words);
    long multiplier = MULTIPLIERS.get(Math.floorMod(multiplierChoice, MULTIPLIERS.size()));
    for (OptionalLong value : new OptionalLong[] {spelled, whole, normalized, digits}) {
      if (value.isPresent()) {
        assertThat(value.getAsLong()).isNotNegative();
        Count.exact("x", value.getAsLong());
        Count.exact("x", AmountWords.scaled(value.getAsLong(), multiplier));
      }
    }
    if (vague != null) {
      Count.vague("x", vague.min(), vague.max());
    }
  }

  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void readsAnyWords(FuzzedDataProvider data) {
    int multiplierChoice = data.consumeInt();
    check(data.consumeRemainingAsString(), multiplierChoice);
  }

  @Test
  void holdsForTwentyThousandRandomInputs() {
    Random random = new Random(29);
    for (int i = 0; i < 20_000; i++) {
      check(RandomText.of(random, 30), random.nextInt());
    }
  }

  @Test
  void scalesANumberTooLargeForALongToTheLargestLongRatherThanANegativeOne() {
    long sixteenDigits = AmountWords.spelled("5555555555555555").getAsLong();

    assertThat(AmountWords.scaled(sixteenDigits, 1_000_000_000L)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void readsTheUsualShapesOfANumber() {
    assertThat(AmountWords.spelled("twenty-one")).hasValue(21);
    assertThat(AmountWords.normalized(">=40.0")).hasValue(40);
    assertThat(AmountWords.digits("1,200")).hasValue(1200);
    assertThat(AmountWords.vague("dozens")).isEqualTo(new Amount(24, 99L));
    assertThat(AmountWords.scaled(3, 1_000_000)).isEqualTo(3_000_000);
  }
}
