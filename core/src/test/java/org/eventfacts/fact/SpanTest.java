package org.eventfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void isHalfOpen() {
    Span span = new Span(2, 5);

    assertThat(span.contains(2)).isTrue();
    assertThat(span.contains(5)).isFalse();
    assertThat(span.length()).isEqualTo(3);
  }

  @Test
  void coversTheTextBetweenItsOffsets() {
    assertThat(new Span(4, 8).coveredText("The dead were counted")).isEqualTo("dead");
  }

  @Test
  void measuresTheOverlapOfTwoSpans() {
    assertThat(new Span(0, 10).overlap(new Span(5, 20))).isEqualTo(5);
    assertThat(new Span(0, 5).intersects(new Span(5, 9))).isFalse();
  }

  @Test
  void rejectsAnEndBeforeItsStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Span(5, 4))
        .withMessageContaining("must not be after its end");
  }

  @Test
  void refusesToCoverPastTheEndOfTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Span(0, 50).coveredText("short"))
        .withMessageContaining("runs past the end");
  }

  @Test
  void ordersByStartThenEnd() {
    assertThat(new Span(1, 3)).isLessThan(new Span(1, 4)).isLessThan(new Span(2, 3));
  }
}
