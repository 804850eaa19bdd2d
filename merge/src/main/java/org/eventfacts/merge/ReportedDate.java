package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.EventDate;

/**
 * When a document says an event happened: the days it allows, how finely it says so, and whether
 * the date is only the publication date taken for lack of one in the text.
 *
 * <pre>{@code
 * ReportedDate.parse("2024-03-08", DatePrecision.DAY, false)   // one day, stated
 * ReportedDate.parse("2024-03", DatePrecision.MONTH, false)    // 2024-03-01 .. 2024-03-31
 * ReportedDate.parse("2024-03-10", DatePrecision.DAY, true)    // published that day, undated text
 * }</pre>
 *
 * @param first the first day the date allows
 * @param last the last day the date allows (the same day for one day)
 * @param precision how finely the text dates the event
 * @param inferred whether this is the publication date, not a date the text states
 */
public record ReportedDate(
    LocalDate first, LocalDate last, DatePrecision precision, boolean inferred) {

  public ReportedDate {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkNotNull(precision, "precision");
    checkArgument(!last.isBefore(first), "a date range ends before it starts: %s/%s", first, last);
  }

  /** One day the text states. */
  public static ReportedDate day(LocalDate day) {
    return new ReportedDate(day, day, DatePrecision.DAY, false);
  }

  /** The publication date, standing in for a date the text does not give. */
  public static ReportedDate published(LocalDate day) {
    return new ReportedDate(day, day, DatePrecision.DAY, true);
  }

  /** The date of an event of the fact model. */
  public static ReportedDate of(EventDate date) {
    return new ReportedDate(date.firstDay(), date.lastDay(), date.precision(), date.inferred());
  }

  /**
   * Reads an ISO 8601 value as the JSON contract writes it: a day ({@code 2024-03-08}), a month
   * ({@code 2024-03}), a year ({@code 2024}) or two of them joined by {@code /}.
   *
   * @throws IllegalArgumentException when {@code value} is none of these
   */
  public static ReportedDate parse(String value, DatePrecision precision, boolean inferred) {
    checkNotNull(value, "value");
    int slash = value.indexOf('/');
    String from = slash < 0 ? value : value.substring(0, slash);
    String to = slash < 0 ? value : value.substring(slash + 1);
    return new ReportedDate(bound(from, true), bound(to, false), precision, inferred);
  }

  /** The ISO 8601 value: the day, or the first and last day joined by {@code /}. */
  public String value() {
    if (first.equals(last)) {
      return first.toString();
    }
    if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
      return YearMonth.from(first).toString();
    }
    if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
      return String.valueOf(first.getYear());
    }
    return first + "/" + last;
  }

  /** How many days it allows: 1 for a day. */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }

  private static LocalDate bound(String part, boolean first) {
    try {
      return switch (part.length()) {
        case 10 -> LocalDate.parse(part);
        case 7 -> first ? YearMonth.parse(part).atDay(1) : YearMonth.parse(part).atEndOfMonth();
        case 4 -> LocalDate.of(Integer.parseInt(part), first ? 1 : 12, first ? 1 : 31);
        default -> throw new IllegalArgumentException("not an ISO 8601 date: '" + part + "'");
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not an ISO 8601 date: '" + part + "'", e);
    }
  }
}
