package org.eventfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CountTest {

  @Test
  void readsMoreThanAThousandAsLowerBound() {
    Count count = Count.qualified("more than a thousand", 1000, Qualifier.MORE_THAN);

    assertThat(count.value()).isEqualTo(1000L);
    assertThat(count.min()).isEqualTo(1000L);
    assertThat(count.max()).isNull();
  }

  @Test
  void readsAlmostAsUpperBound() {
    Count count = Count.qualified("almost 750", 750, Qualifier.ALMOST);

    assertThat(count.max()).isEqualTo(750L);
    assertThat(count.min()).isNull();
    assertThat(count.allows(749)).isTrue();
    assertThat(count.allows(751)).isFalse();
  }

  @Test
  void exactCountAllowsOnlyItsValue() {
    Count count = Count.exact("26", 26);

    assertThat(count.allows(26)).isTrue();
    assertThat(count.allows(25)).isFalse();
  }

  @Test
  void vagueCountHasARangeButNoValue() {
    Count dozens = Count.vague("dozens", 24, 99L);

    assertThat(dozens.value()).isNull();
    assertThat(dozens.qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(dozens.allows(30)).isTrue();
  }

  @Test
  void aboutLeavesBothEndsOpen() {
    Count count = Count.qualified("about 40", 40, Qualifier.ABOUT);

    assertThat(count.min()).isNull();
    assertThat(count.max()).isNull();
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.exact("-3", -3))
        .withMessageContaining("must not be negative");
  }

  @Test
  void rejectsARangeThatContradictsTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Count("12", 12L, 20L, 30L, Qualifier.EXACT))
        .withMessageContaining("below its minimum");
  }

  @Test
  void rejectsAStatedNumberWithoutValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Count("26", null, 26L, 26L, Qualifier.EXACT))
        .withMessageContaining("only a VAGUE count");
  }
}
