package org.eventfacts.merge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days on which an event a document dates may have happened, as epoch days {@code [lo, hi]},
 * by how the document dates it:
 *
 * <ul>
 *   <li>a day or week the text states: those days, one day either side (a shooting "late
 *       Friday" is "early Saturday" elsewhere, and outlets in other time zones differ);
 *   <li>a month or year the text states: those days;
 *   <li>the publication date taken for lack of a date in the text: the days up to {@code reach}
 *       before it (news reports what happened lately; a trial months later states its date).
 * </ul>
 *
 * <p>Two events whose windows share no day never merge.
 */
record DateWindow(long lo, long hi) {

  /** The widest window that is still blocked by day; wider ones are blocked by month. */
  static final long NARROW_DAYS = 16;

  static @Nullable DateWindow of(@Nullable ReportedDate date, int reach) {
    if (date == null) {
      return null;
    }
    long first = date.first().toEpochDay();
    long last = date.last().toEpochDay();
    if (date.inferred()) {
      return new DateWindow(first - reach, last);
    }
    return switch (date.precision()) {
      case DAY, WEEK -> new DateWindow(first - 1, last + 1);
      case MONTH, YEAR -> new DateWindow(first, last);
    };
  }

  boolean intersects(DateWindow other) {
    return lo <= other.hi && other.lo <= hi;
  }

  boolean narrow() {
    return hi - lo + 1 <= NARROW_DAYS;
  }

  /** The month index (year * 12 + month - 1) of an epoch day. */
  static long monthOf(long epochDay) {
    LocalDate day = LocalDate.ofEpochDay(epochDay);
    return day.getYear() * 12L + day.getMonthValue() - 1;
  }
}
