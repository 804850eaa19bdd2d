package org.eventfacts.time;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates of news English and resolves them against the publication date: relative ones
 * ("on Friday", "last night", "Thursday morning", "earlier this week", "yesterday", "on New
 * Year's Day") and absolute ones ("Jan. 5", "January 5, 2022", "5 January"), which take their
 * year from the publication date when they lack one. News reports what happened, so a bare
 * weekday is the latest such day on or before the publication date, and a day of the year
 * without a year is the latest such day not more than a week after it.
 *
 * <pre>{@code
 * // published Sunday 10 March 2024
 * DateReader.read("Two men were shot on Friday night.", LocalDate.of(2024, 3, 10))
 *     // [EventDate "on Friday night" 2024-03-08 DAY]
 * }</pre>
 *
 * <p>Without a publication date only dates that state their year are read. Stamps of the page
 * ("Posted: Jan 5, 2022", "Updated ...") are not dates of events and are skipped.
 */
public final class DateReader {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH =
      "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?"
          + "|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
  private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";

  private static final Pattern STAMP =
      Pattern.compile(
          "(?i)(posted|updated|published|last modified|created)\\s*(on|at)?\\s*:?\\s*"
              + "(?:" + WEEKDAY + ",?\\s*)?$");
  /** A clock time right after a date with its year: "July 6, 2015, 11:11 AM" stamps a page. */
  private static final Pattern CLOCK_AFTER =
      Pattern.compile("(?i)^,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?");

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?i)\\b(?:in|since|during|early|late|mid-?)\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern WEEKDAY_WORDS =
      Pattern.compile(
          "(?i)\\b(?:(on|last|this|early|late|since|by|until)\\s+)?"
              + WEEKDAY
              + "(?:'s)?"
              + PART_OF_DAY
              + "\\b");
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?i)\\b(yesterday(?:\\s+(?:morning|afternoon|evening))?|last\\s+night|"
              + "today|tonight|this\\s+(?:morning|afternoon|evening)|earlier\\s+today)\\b");
  private static final Pattern RELATIVE_SPAN =
      Pattern.compile(
          "(?i)\\b(earlier\\s+this\\s+week|this\\s+week|last\\s+week|earlier\\s+this\\s+month|"
              + "this\\s+month|last\\s+month|last\\s+year|this\\s+year|last\\s+weekend|this\\s+weekend|"
              + "over\\s+the\\s+weekend)\\b");
  private static final Pattern HOLIDAY =
      Pattern.compile(
          "(?i)\\b(new\\s+year's\\s+day|new\\s+year's\\s+eve|christmas\\s+day|christmas\\s+eve|"
              + "christmas|independence\\s+day|fourth\\s+of\\s+july|july\\s+4th|halloween|"
              + "thanksgiving(?:\\s+day)?|memorial\\s+day|labor\\s+day|valentine's\\s+day)\\b");
  private static final Pattern YEAR =
      Pattern.compile("(?i)\\b(?:in|since|during|of)\\s+((?:19|20)\\d{2})\\b");

  private DateReader() {}

  /**
   * The dates stated in {@code text}, in text order, resolved against {@code published}; spans
   * are offsets into {@code text} plus {@code offset}.
   */
  public static ImmutableList<EventDate> read(String text, @Nullable LocalDate published) {
    return read(text, 0, published);
  }

  /** As {@link #read(String, LocalDate)}, for a stretch of a longer text that starts at {@code offset}. */
  public static ImmutableList<EventDate> read(String text, int offset, @Nullable LocalDate published) {
    checkNotNull(text, "text");
    List<EventDate> found = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    // longest, most explicit forms first; a later form never reads words an earlier one took
    absolute(text, offset, published, MONTH_DAY, 1, 2, 3, found, taken);
    absolute(text, offset, published, DAY_MONTH, 2, 1, 3, found, taken);
    holidays(text, offset, published, found, taken);
    monthsAndYears(text, offset, published, found, taken);
    if (published != null) {
      weekdays(text, offset, published, found, taken);
      relativeDays(text, offset, published, found, taken);
      relativeSpans(text, offset, published, found, taken);
    }
    found.sort(Comparator.comparing(d -> d.span()));
    return ImmutableList.copyOf(found);
  }

  private static void absolute(
      String text,
      int offset,
      @Nullable LocalDate published,
      Pattern pattern,
      int monthGroup,
      int dayGroup,
      int yearGroup,
      List<EventDate> found,
      List<Span> taken) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Month month = month(m.group(monthGroup));
      int day = Integer.parseInt(m.group(dayGroup));
      if (month == null || day < 1 || day > month.maxLength() || isStamp(text, m.start())) {
        continue;
      }
      if (month == Month.MAY && m.group(monthGroup).equals("may") ) {
        continue; // the verb
      }
      LocalDate date;
      if (m.group(yearGroup) != null && isTimeStamp(text, m)) {
        continue;
      }
      if (m.group(yearGroup) != null) {
        int year = Integer.parseInt(m.group(yearGroup));
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
          continue;
        }
        date = LocalDate.of(year, month, day);
      } else if (published != null) {
        date = latest(published, month, day);
        if (date == null) {
          continue;
        }
      } else {
        continue;
      }
      add(found, taken, offset, m, EventDate.day(m.group().trim(), date, span(offset, m)));
    }
  }

  /** The latest {@code month}/{@code day} not more than a week after {@code published}. */
  private static @Nullable LocalDate latest(LocalDate published, Month month, int day) {
    for (int year = published.getYear() + 1; year >= published.getYear() - 1; year--) {
      if (day > YearMonth.of(year, month).lengthOfMonth()) {
        continue;
      }
      LocalDate date = LocalDate.of(year, month, day);
      if (!date.isAfter(published.plusDays(7))) {
        return date;
      }
    }
    return null;
  }

  private static void holidays(
      String text, int offset, @Nullable LocalDate published, List<EventDate> found, List<Span> taken) {
    if (published == null) {
      return;
    }
    Matcher m = HOLIDAY.matcher(text);
    while (m.find()) {
      String name = WHITESPACE.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
      LocalDate date = null;
      for (int year = published.getYear() + 1; year >= published.getYear() - 1 && date == null; year--) {
        LocalDate candidate = holiday(name, year);
        if (candidate != null && !candidate.isAfter(published.plusDays(7))) {
          date = candidate;
        }
      }
      if (date != null) {
        add(found, taken, offset, m, EventDate.day(m.group().trim(), date, span(offset, m)));
      }
    }
  }

  private static @Nullable LocalDate holiday(String name, int year) {
    return switch (name) {
      case "new year's day" -> LocalDate.of(year, 1, 1);
      case "new year's eve" -> LocalDate.of(year, 12, 31);
      case "christmas day", "christmas" -> LocalDate.of(year, 12, 25);
      case "christmas eve" -> LocalDate.of(year, 12, 24);
      case "independence day", "fourth of july", "july 4th" -> LocalDate.of(year, 7, 4);
      case "halloween" -> LocalDate.of(year, 10, 31);
      case "valentine's day" -> LocalDate.of(year, 2, 14);
      case "thanksgiving", "thanksgiving day" ->
          LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      case "memorial day" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      case "labor day" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      default -> null;
    };
  }

  private static void monthsAndYears(
      String text, int offset, @Nullable LocalDate published, List<EventDate> found, List<Span> taken) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      Month month = month(m.group(1));
      if (month == null || m.group(1).equalsIgnoreCase("may") && m.group(2) == null) {
        continue;
      }
      YearMonth yearMonth;
      if (m.group(2) != null) {
        yearMonth = YearMonth.of(Integer.parseInt(m.group(2)), month);
      } else if (published != null) {
        yearMonth = YearMonth.of(published.getYear(), month);
        if (yearMonth.isAfter(YearMonth.from(published))) {
          yearMonth = yearMonth.minusYears(1);
        }
      } else {
        continue;
      }
      add(found, taken, offset, m, EventDate.month(m.group().trim(), yearMonth, span(offset, m)));
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      String year = y.group(1);
      add(found, taken, offset, y,
          new EventDate(y.group().trim(), year, DatePrecision.YEAR, span(offset, y), false));
    }
  }

  private static void weekdays(
      String text, int offset, LocalDate published, List<EventDate> found, List<Span> taken) {
    Matcher m = WEEKDAY_WORDS.matcher(text);
    while (m.find()) {
      if (isStamp(text, m.start())) {
        continue;
      }
      DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String before = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      LocalDate date = published.with(TemporalAdjusters.previousOrSame(weekday));
      if (before.equals("last") && date.equals(published)) {
        date = date.minusWeeks(1);
      }
      add(found, taken, offset, m, EventDate.day(m.group().trim(), date, span(offset, m)));
    }
  }

  private static void relativeDays(
      String text, int offset, LocalDate published, List<EventDate> found, List<Span> taken) {
    Matcher m = RELATIVE_DAY.matcher(text);
    while (m.find()) {
      String words = m.group(1).toLowerCase(Locale.ROOT);
      LocalDate date =
          words.startsWith("yesterday") || words.startsWith("last") ? published.minusDays(1) : published;
      add(found, taken, offset, m, EventDate.day(m.group().trim(), date, span(offset, m)));
    }
  }

  private static void relativeSpans(
      String text, int offset, LocalDate published, List<EventDate> found, List<Span> taken) {
    Matcher m = RELATIVE_SPAN.matcher(text);
    while (m.find()) {
      String words = WHITESPACE.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
      LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      Span span = span(offset, m);
      String said = m.group().trim();
      EventDate date =
          switch (words) {
            case "earlier this week" ->
                EventDate.range(said, monday, max(monday, published.minusDays(1)), DatePrecision.WEEK, span);
            case "this week" -> EventDate.range(said, monday, published, DatePrecision.WEEK, span);
            case "last week" ->
                EventDate.range(said, monday.minusWeeks(1), monday.minusDays(1), DatePrecision.WEEK, span);
            case "last weekend", "this weekend", "over the weekend" ->
                EventDate.range(said, saturday, min(saturday.plusDays(1), published), DatePrecision.DAY, span);
            case "earlier this month", "this month" ->
                EventDate.month(said, YearMonth.from(published), span);
            case "last month" -> EventDate.month(said, YearMonth.from(published).minusMonths(1), span);
            case "last year" ->
                new EventDate(said, Integer.toString(published.getYear() - 1), DatePrecision.YEAR, span, false);
            case "this year" ->
                new EventDate(said, Integer.toString(published.getYear()), DatePrecision.YEAR, span, false);
            default -> null;
          };
      if (date != null) {
        add(found, taken, offset, m, date);
      }
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** A date with its year that opens the text and is followed by a clock time. */
  private static boolean isTimeStamp(String text, Matcher m) {
    return text.substring(0, m.start()).isBlank()
        && CLOCK_AFTER.matcher(text.substring(m.end())).find();
  }

  private static boolean isStamp(String text, int start) {
    int from = Math.max(0, start - 30);
    return STAMP.matcher(text.substring(from, start)).find();
  }

  private static void add(
      List<EventDate> found, List<Span> taken, int offset, Matcher m, EventDate date) {
    Span span = span(offset, m);
    for (Span other : taken) {
      if (other.intersects(span)) {
        return;
      }
    }
    taken.add(span);
    found.add(date);
  }

  private static Span span(int offset, Matcher m) {
    String words = m.group();
    int lead = words.length() - words.stripLeading().length();
    int trail = words.length() - words.stripTrailing().length();
    return new Span(offset + m.start() + lead, offset + m.end() - trail);
  }

  private static @Nullable Month month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      if (w.length() >= 3 && name.startsWith(w.substring(0, 3)) && (w.length() == 3 || name.startsWith(w) || w.equals("sept"))) {
        return month;
      }
    }
    return null;
  }
}
