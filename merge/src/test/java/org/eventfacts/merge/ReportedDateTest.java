package org.eventfacts.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.eventfacts.fact.DatePrecision;
import org.junit.jupiter.api.Test;

class ReportedDateTest {

  @Test
  void readsADayAMonthAYearAndARange() {
    assertThat(ReportedDate.parse("2024-03-08", DatePrecision.DAY, false).days()).isEqualTo(1);
    assertThat(ReportedDate.parse("2024-02", DatePrecision.MONTH, false).last())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportedDate.parse("2023", DatePrecision.YEAR, false).days()).isEqualTo(365);
    assertThat(ReportedDate.parse("2024-03-04/2024-03-06", DatePrecision.WEEK, false).days())
        .isEqualTo(3);
  }

  @Test
  void writesTheValueItWasReadFrom() {
    for (String value : new String[] {"2024-03-08", "2024-03", "2024", "2024-03-04/2024-03-06"}) {
      assertThat(ReportedDate.parse(value, DatePrecision.DAY, false).value()).isEqualTo(value);
    }
  }

  @Test
  void refusesWhatIsNotAnIsoDate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportedDate.parse("last Friday", DatePrecision.DAY, false))
        .withMessageContaining("not an ISO 8601 date");
  }
}
