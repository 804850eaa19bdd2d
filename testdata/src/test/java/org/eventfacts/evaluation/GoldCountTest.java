package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class GoldCountTest {

  @Test
  void statedNumberMatchesTheSameValue() {
    GoldCount gold = GoldCount.stated(26, Qualifier.EXACT);

    assertThat(gold.admits(Count.exact("26", 26))).isTrue();
  }

  @Test
  void statedNumberMatchesRegardlessOfItsQualifier() {
    GoldCount gold = GoldCount.stated(1000, Qualifier.MORE_THAN);

    assertThat(gold.admits(Count.qualified("about 1,000", 1000, Qualifier.ABOUT))).isTrue();
  }

  @Test
  void statedNumberDoesNotMatchAnotherValue() {
    GoldCount gold = GoldCount.stated(26, Qualifier.EXACT);

    assertThat(gold.admits(Count.exact("25", 25))).isFalse();
  }

  @Test
  void statedNumberInsideTheGoldRangeMatches() {
    GoldCount dozens = GoldCount.range(12, 99L);

    assertThat(dozens.admits(Count.exact("40", 40))).isTrue();
  }

  @Test
  void exactValueOutsideTheGoldRangeDoesNotMatch() {
    GoldCount dozens = GoldCount.range(12, 99L);

    assertThat(dozens.admits(Count.exact("120", 120))).isFalse();
    assertThat(dozens.admits(Count.exact("11", 11))).isFalse();
  }

  @Test
  void vaguePredictionWithinTheGoldRangeMatches() {
    GoldCount dozens = GoldCount.range(12, 99L);

    assertThat(dozens.admits(Count.vague("dozens", 24, 99L))).isTrue();
  }

  @Test
  void vaguePredictionReachingPastTheGoldRangeDoesNotMatch() {
    GoldCount dozens = GoldCount.range(12, 99L);

    assertThat(dozens.admits(Count.vague("scores", 40, 199L))).isFalse();
  }

  @Test
  void vaguePredictionNeverMatchesAStatedGoldValue() {
    GoldCount gold = GoldCount.stated(24, Qualifier.EXACT);

    assertThat(gold.admits(Count.vague("two dozen or so", 24, 24L))).isFalse();
  }

  @Test
  void openEndedVaguePredictionDoesNotMatchABoundedGoldRange() {
    GoldCount hundreds = GoldCount.range(200, 999L);

    assertThat(hundreds.admits(Count.vague("hundreds", 200, null))).isFalse();
  }

  @Test
  void openEndedVaguePredictionMatchesAnOpenEndedGoldRange() {
    GoldCount several = GoldCount.range(2, null);

    assertThat(several.admits(Count.vague("several", 3, null))).isTrue();
  }

  @Test
  void goldRangeWithoutMaxAdmitsAnyLargerStatedNumber() {
    GoldCount thousands = GoldCount.range(1000, null);

    assertThat(thousands.admits(Count.exact("5,000", 5000))).isTrue();
    assertThat(thousands.admits(Count.exact("999", 999))).isFalse();
  }

  @Test
  void rejectsACountWithBothValueAndMin() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GoldCount(5L, 1L, null, null))
        .withMessageContaining("either a value or a min");
  }

  @Test
  void rejectsAVagueStatedValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GoldCount.stated(5, Qualifier.VAGUE))
        .withMessageContaining("cannot be VAGUE");
  }

  @Test
  void summarisesValueAndRange() {
    assertThat(GoldCount.stated(26, Qualifier.EXACT).summary()).isEqualTo("26 EXACT");
    assertThat(GoldCount.range(12, 99L).summary()).isEqualTo("12..99 VAGUE");
    assertThat(GoldCount.range(2, null).summary()).isEqualTo("2.. VAGUE");
  }
}
