package org.eventfacts.merge;

import java.time.LocalDate;
import java.util.List;
import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/**
 * Picks an incident's figure of one kind among its reports by a {@link FigureRule}, and tells
 * whether the reports contradict each other.
 */
final class FigureChoice {

  private FigureChoice() {}

  /**
   * The figure {@code rule} takes among {@code reports} (all of one {@link Figure}, in input
   * order), or {@code null} when there are none.
   */
  static @Nullable IncidentFigure choose(List<Report> reports, FigureRule rule) {
    if (reports.isEmpty()) {
      return null;
    }
    int chosen = 0;
    LocalDate[] when = effectiveDates(reports);
    for (int i = 1; i < reports.size(); i++) {
      if (better(reports.get(i), when[i], reports.get(chosen), when[chosen], rule)) {
        chosen = i;
      }
    }
    Report report = reports.get(chosen);
    return new IncidentFigure(
        report.count(), rule, report.member(), report.source(), disputed(reports));
  }

  /** Whether {@code candidate}, later in the input than {@code best}, replaces it. */
  private static boolean better(
      Report candidate, LocalDate candidateDate, Report best, LocalDate bestDate, FigureRule rule) {
    if (rule == FigureRule.CONSERVATIVE) {
      long a = conservative(candidate.count());
      long b = conservative(best.count());
      if (a != b) {
        return a < b;
      }
    }
    return !candidateDate.isBefore(bestDate); // the later one; on the same day, the later input
  }

  /** The least number a count stands for: its stated value, or for a vague amount its minimum. */
  static long conservative(Count count) {
    if (count.value() != null) {
      return count.value();
    }
    return count.min() == null ? 0 : count.min();
  }

  /**
   * The publication date by which a report counts as later: its own, or where unknown that of the
   * closest earlier report in the input that has one.
   */
  private static LocalDate[] effectiveDates(List<Report> reports) {
    LocalDate[] when = new LocalDate[reports.size()];
    LocalDate last = LocalDate.MIN;
    for (int i = 0; i < reports.size(); i++) {
      LocalDate published = reports.get(i).published();
      if (published != null) {
        last = published;
      }
      when[i] = published != null ? published : last;
    }
    return when;
  }

  /** Whether no number lies within the range of every report. */
  static boolean disputed(List<Report> reports) {
    long lo = 0;
    long hi = Long.MAX_VALUE;
    for (Report report : reports) {
      lo = Math.max(lo, Similarity.lower(report.count()));
      hi = Math.min(hi, Similarity.upper(report.count()));
    }
    return lo > hi;
  }
}
