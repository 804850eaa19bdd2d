package org.eventfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EventDateTest {

  private static final Span WORDS = new Span(10, 19);

  @Test
  void readsTheBoundsOfADay() {
    EventDate date = EventDate.day("on Friday", LocalDate.of(2024, 3, 8), WORDS);

    assertThat(date.value()).isEqualTo("2024-03-08");
    assertThat(date.firstDay()).isEqualTo(date.lastDay()).isEqualTo(LocalDate.of(2024, 3, 8));
  }

  @Test
  void writesARangeOfDaysWithASlash() {
    EventDate date =
        EventDate.range(
            "earlier this week",
            LocalDate.of(2024, 3, 4),
            LocalDate.of(2024, 3, 6),
            DatePrecision.WEEK,
            WORDS);

    assertThat(date.value()).isEqualTo("2024-03-04/2024-03-06");
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 3, 6));
  }

  @Test
  void readsAMonthAsItsFirstAndLastDay() {
    EventDate date = EventDate.month("in February", YearMonth.of(2024, 2), WORDS);

    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void marksThePublicationDateAsInferred() {
    EventDate date = EventDate.inferredFrom(LocalDate.of(2024, 3, 9));

    assertThat(date.inferred()).isTrue();
    assertThat(date.span()).isNull();
  }

  @Test
  void rejectsARangeThatEndsBeforeItStarts() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new EventDate("x", "2024-03-09/2024-03-01", DatePrecision.DAY, WORDS, false));
  }

  @Test
  void rejectsAValueThatIsNotIso8601() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EventDate("x", "March 9", DatePrecision.DAY, WORDS, false));
  }
}
