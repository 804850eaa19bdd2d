package org.eventfacts.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Span;
import org.junit.jupiter.api.Test;

class DateReaderTest {

  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

  private static EventDate only(String text, LocalDate published) {
    assertThat(DateReader.read(text, published)).hasSize(1);
    return DateReader.read(text, published).get(0);
  }

  @Test
  void resolvesAWeekdayToTheLatestSuchDayBeforePublication() {
    EventDate date = only("Two men were shot on Friday night in the park.", SUNDAY);

    assertThat(date.value()).isEqualTo("2024-03-08");
    assertThat(date.text()).isEqualTo("on Friday night");
    assertThat(date.span()).isEqualTo(new Span(18, 33));
  }

  @Test
  void readsTheWeekdayOfPublicationAsThatDay() {
    assertThat(only("The fire broke out about 1 a.m. Sunday.", SUNDAY).value()).isEqualTo("2024-03-10");
  }

  @Test
  void readsLastWeekdayAsTheWeekBeforeWhenItIsThePublicationDay() {
    assertThat(only("He was last seen last Sunday.", SUNDAY).value()).isEqualTo("2024-03-03");
  }

  @Test
  void readsThursdayMorningAsThursday() {
    assertThat(only("Police were called Thursday morning.", SUNDAY).value()).isEqualTo("2024-03-07");
  }

  @Test
  void readsLastNightAndYesterdayAsTheDayBefore() {
    assertThat(only("A house burned down last night.", SUNDAY).value()).isEqualTo("2024-03-09");
    assertThat(only("Three were hurt yesterday.", SUNDAY).value()).isEqualTo("2024-03-09");
  }

  @Test
  void readsEarlierThisWeekAsTheDaysFromMondayToTheDayBefore() {
    EventDate date = only("A bus crashed earlier this week.", LocalDate.of(2024, 3, 7));

    assertThat(date.value()).isEqualTo("2024-03-04/2024-03-06");
    assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
  }

  @Test
  void readsNewYearsDayOfThePublicationYear() {
    assertThat(only("The blast on New Year's Day killed four.", LocalDate.of(2024, 1, 3)).value())
        .isEqualTo("2024-01-01");
  }

  @Test
  void givesAnAbsoluteDayWithoutAYearThePublicationYear() {
    assertThat(only("The raid took place Jan. 5 at dawn.", LocalDate.of(2022, 1, 9)).value())
        .isEqualTo("2022-01-05");
  }

  @Test
  void takesTheYearBeforeForADayLaterInTheYearThanPublication() {
    assertThat(only("It began on Dec. 28 with a strike.", LocalDate.of(2022, 1, 9)).value())
        .isEqualTo("2021-12-28");
  }

  @Test
  void readsAFullDateWithItsOwnYear() {
    EventDate date = only("On January 5, 2022, the crowd gathered.", SUNDAY);

    assertThat(date.value()).isEqualTo("2022-01-05");
    assertThat(date.text()).isEqualTo("January 5, 2022");
  }

  @Test
  void readsADayBeforeItsMonth() {
    assertThat(only("Fighting resumed on 14 February.", SUNDAY).value()).isEqualTo("2024-02-14");
  }

  @Test
  void readsAMonthWithAYear() {
    EventDate date = only("The mine had flooded in March 2019.", SUNDAY);

    assertThat(date.value()).isEqualTo("2019-03");
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void skipsThePagesOwnStamps() {
    assertThat(DateReader.read("Posted: Mar. 9, 2024 5:21 PM", SUNDAY)).isEmpty();
  }

  @Test
  void readsOnlyDatesWithTheirYearWithoutAPublicationDate() {
    assertThat(DateReader.read("On Friday, and on May 3, 2021, they met.", null))
        .extracting(EventDate::value)
        .containsExactly("2021-05-03");
  }

  @Test
  void doesNotTakeTheVerbMayForTheMonth() {
    assertThat(DateReader.read("They may 3 times a week hold talks.", SUNDAY)).isEmpty();
  }

  @Test
  void skipsAStampWithAWeekdayOrAClockTime() {
    assertThat(DateReader.read("Last updated: Monday, March 4, 2024 at noon", SUNDAY)).isEmpty();
    assertThat(DateReader.read("March 4, 2024, 11:11 AM", SUNDAY)).isEmpty();
    assertThat(DateReader.read("He was shot on March 4, 2024, at 11:30 p.m.", SUNDAY)).hasSize(1);
  }
}
