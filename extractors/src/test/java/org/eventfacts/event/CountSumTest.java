package org.eventfacts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class CountSumTest {

  @Test
  void addsExactFiguresAndShowsWhatTheSumIsMadeOf() {
    Count sum = CountSum.of(List.of(Count.exact("26", 26), Count.exact("18", 18)));

    assertThat(sum.text()).isEqualTo("26 + 18");
    assertThat(sum.value()).isEqualTo(44L);
    assertThat(sum.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(sum.min()).isEqualTo(44L);
    assertThat(sum.max()).isEqualTo(44L);
  }

  @Test
  void addsRangesAsRanges() {
    Count sum =
        CountSum.of(
            List.of(
                Count.qualified("more than 1,000", 1000, Qualifier.MORE_THAN),
                Count.qualified("almost 750", 750, Qualifier.ALMOST)));

    assertThat(sum.value()).isEqualTo(1750L);
    assertThat(sum.min()).isEqualTo(1000L);
    assertThat(sum.max()).isNull();
    assertThat(sum.qualifier()).isEqualTo(Qualifier.ABOUT);
  }

  @Test
  void keepsALowerBoundWhenEveryFigureIsOne() {
    Count sum =
        CountSum.of(
            List.of(Count.qualified("at least 12", 12, Qualifier.AT_LEAST), Count.exact("3", 3)));

    assertThat(sum.value()).isEqualTo(15L);
    assertThat(sum.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(sum.min()).isEqualTo(15L);
  }
}
