package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened, as the text dates it and resolved to the calendar: an ISO 8601 {@link
 * #value()} that is a day ({@code 2024-03-08}), a month ({@code 2024-03}), a year ({@code 2024})
 * or a range of days ({@code 2024-03-04/2024-03-07}).
 *
 * <p>From "Two men were shot on Friday" in an article published on Sunday 10 March 2024:
 *
 * <pre>{@code
 * date.text()        // "on Friday"
 * date.value()       // "2024-03-08"
 * date.precision()   // DAY
 * date.firstDay()    // 2024-03-08
 * date.inferred()    // false
 * }</pre>
 *
 * <p>Where the text gives no time, an event may take the publication date, marked {@link
 * #inferred()}: it then has no text and no span.
 *
 * @param text the words that date the event, or {@code null} when inferred
 * @param value the date in ISO 8601: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or two
 *     days joined by {@code /}
 * @param precision how finely the text dates it
 * @param span where the words are, or {@code null} when inferred
 * @param inferred whether the date is the publication date, taken for lack of a date in the text
 */
public record EventDate(
    @Nullable String text,
    String value,
    DatePrecision precision,
    @Nullable Span span,
    boolean inferred) {

  public EventDate {
    checkNotNull(value, "value");
    checkNotNull(precision, "precision");
    checkArgument(
        inferred || (text != null && span != null),
        "a date read from the text needs its words and span: %s",
        value);
    LocalDate first = firstDayOf(value);
    LocalDate last = lastDayOf(value);
    checkArgument(!last.isBefore(first), "date range %s ends before it starts", value);
  }

  /** "on Friday": one day. */
  public static EventDate day(String text, LocalDate day, Span span) {
    return new EventDate(text, day.toString(), DatePrecision.DAY, span, false);
  }

  /** "earlier this week": the days it allows, first and last included, at {@code precision}. */
  public static EventDate range(
      String text, LocalDate first, LocalDate last, DatePrecision precision, Span span) {
    String value = first.equals(last) ? first.toString() : first + "/" + last;
    return new EventDate(text, value, precision, span, false);
  }

  /** "in March 2024": one month. */
  public static EventDate month(String text, YearMonth month, Span span) {
    return new EventDate(text, month.toString(), DatePrecision.MONTH, span, false);
  }

  /** The publication date, taken where the text dates nothing. */
  public static EventDate inferredFrom(LocalDate published) {
    return new EventDate(null, published.toString(), DatePrecision.DAY, null, true);
  }

  /** The first day the date allows. */
  public LocalDate firstDay() {
    return firstDayOf(value);
  }

  /** The last day the date allows. */
  public LocalDate lastDay() {
    return lastDayOf(value);
  }

  private static LocalDate firstDayOf(String value) {
    int slash = value.indexOf('/');
    return bound(slash < 0 ? value : value.substring(0, slash), true);
  }

  private static LocalDate lastDayOf(String value) {
    int slash = value.indexOf('/');
    return bound(slash < 0 ? value : value.substring(slash + 1), false);
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
