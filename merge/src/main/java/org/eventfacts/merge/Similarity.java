package org.eventfacts.merge;

import java.util.Objects;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * How strongly two compatible reports look like one incident: a sum of evidence, each piece
 * weighed by how rarely two different incidents share it. Two reports merge at {@link #THRESHOLD}
 * or more. The date and place count only where they agree; reports tied by their people despite
 * a conflict ({@link Ties}) are scored on the rest, and merge.
 *
 * <table>
 *   <caption>The evidence and its weight</caption>
 *   <tr><th>evidence</th><th>weight</th></tr>
 *   <tr><td>the same day, stated by both texts</td><td>+2</td></tr>
 *   <tr><td>stated dates a day apart, or overlapping weeks</td><td>+1</td></tr>
 *   <tr><td>a stated day within two days before the other's publication (its text dates nothing)</td><td>+0.5</td></tr>
 *   <tr><td>the same city (or neighbourhood, by name)</td><td>+2</td></tr>
 *   <tr><td>two city names whose centres lie within 30 km</td><td>+1</td></tr>
 *   <tr><td>the same county</td><td>+1</td></tr>
 *   <tr><td>a city and a county of one region</td><td>+0.5</td></tr>
 *   <tr><td>one report without a place</td><td>-1</td></tr>
 *   <tr><td>one victim or suspect named by both (as such by at least one), two or more</td><td>+3, +4</td></tr>
 *   <tr><td>another person both name (a witness, a relative), each of two at most</td><td>+0.5</td></tr>
 *   <tr><td>a toll both state that both allow (killed, injured, missing, arrested)</td><td>+0.5 each</td></tr>
 *   <tr><td>the same exact death or injury toll of two or more</td><td>+0.5 more</td></tr>
 *   <tr><td>a death, injury or missing toll that contradicts the other's</td><td>-0.5 each</td></tr>
 *   <tr><td>distinctive headline words shared: one, two or more</td><td>+0.5, +1.5</td></tr>
 * </table>
 *
 * <p>So two reports of one day and one city merge (4), even where a toll differs (3.5: tolls are
 * updated and misread), but not where two differ and nothing else (a name, the headline) ties
 * them; a report whose text gives no date needs agreeing tolls or a shared name besides the
 * city.
 */
final class Similarity {

  static final double THRESHOLD = 3.5;

  private Similarity() {}

  static double score(ReportProfile a, ReportProfile b) {
    double score = names(SharedPeople.of(a, b)) + figures(a.report(), b.report()) + headline(a, b);
    if (Compatibility.placeAndDateAgree(a, b)) {
      score +=
          date(Objects.requireNonNull(a.report().date()), Objects.requireNonNull(b.report().date()))
              + place(a.place(), b.place());
    }
    return Ties.tied(a, b) ? Math.max(score, THRESHOLD) : score;
  }

  private static double date(ReportedDate a, ReportedDate b) {
    if (!a.inferred() && !b.inferred()) {
      boolean fine = isFine(a) && isFine(b);
      if (fine && a.precision() == DatePrecision.DAY && a.first().equals(b.first()) && a.last().equals(b.last())) {
        return 2;
      }
      return fine ? 1 : 0;
    }
    if (a.inferred() != b.inferred()) {
      ReportedDate stated = a.inferred() ? b : a;
      ReportedDate published = a.inferred() ? a : b;
      long before = published.first().toEpochDay() - stated.last().toEpochDay();
      return isFine(stated) && before >= 0 && before <= 2 ? 0.5 : 0;
    }
    return 0;
  }

  private static boolean isFine(ReportedDate date) {
    return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.WEEK;
  }

  private static double place(@Nullable PlaceProfile a, @Nullable PlaceProfile b) {
    if (a == null || b == null) {
      return -1;
    }
    if (a.isLocal() && b.isLocal()) {
      if (a.sameName(b)) {
        return 2;
      }
      return a.level() == PlaceProfile.Level.CITY && b.level() == PlaceProfile.Level.CITY ? 1 : 0;
    }
    if (a.level() == PlaceProfile.Level.COUNTY && a.sameName(b)) {
      return 1;
    }
    if (a.region() != null
        && a.region().equals(b.region())
        && (a.level() == PlaceProfile.Level.COUNTY && b.isLocal()
            || b.level() == PlaceProfile.Level.COUNTY && a.isLocal())) {
      return 0.5; // a city and a county of its region: the city may lie in it
    }
    return 0;
  }

  /**
   * People both name: a victim or suspect (a person the facts of at least one of them name) is
   * strong evidence; a person both only mention (a witness, a relative, or a byline) is weak.
   */
  private static double names(SharedPeople shared) {
    double score = shared.strong() == 0 ? 0 : shared.strong() == 1 ? 3 : 4;
    return score + Math.min(shared.weak(), 2) * 0.5;
  }

  private static double figures(EventReport a, EventReport b) {
    double score = 0;
    for (Figure figure : Figure.values()) {
      StatedFigure x = a.figure(figure);
      StatedFigure y = b.figure(figure);
      if (x == null || y == null) {
        continue;
      }
      if (agree(x.count(), y.count())) {
        score += 0.5;
        if (figure != Figure.ARRESTED && sameExact(x.count(), y.count())) {
          score += 0.5;
        }
      } else if (figure != Figure.ARRESTED) {
        score -= 0.5;
      }
    }
    return score;
  }

  /** Whether some number lies within both ranges (an open end allows any). */
  static boolean agree(Count a, Count b) {
    long lo = Math.max(lower(a), lower(b));
    long hi = Math.min(upper(a), upper(b));
    return lo <= hi;
  }

  static long lower(Count count) {
    return count.min() == null ? 0 : count.min();
  }

  static long upper(Count count) {
    return count.max() == null ? Long.MAX_VALUE : count.max();
  }

  private static boolean sameExact(Count a, Count b) {
    return a.qualifier() == Qualifier.EXACT
        && b.qualifier() == Qualifier.EXACT
        && a.value() != null
        && a.value().equals(b.value())
        && a.value() >= 2;
  }

  private static double headline(ReportProfile a, ReportProfile b) {
    int shared = sharedWords(a, b);
    return shared == 0 ? 0 : shared == 1 ? 0.5 : 1.5;
  }

  /** How many distinctive headline words the two share. */
  static int sharedWords(ReportProfile a, ReportProfile b) {
    int shared = 0;
    for (String word : a.words()) {
      if (b.words().contains(word)) {
        shared++;
      }
    }
    return shared;
  }
}
