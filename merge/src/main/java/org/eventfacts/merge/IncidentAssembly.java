package org.eventfacts.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes an {@link Incident} of a group of reports: every figure of every member becomes a {@link
 * Report}; each toll is picked by the {@link FigureRule}; the date is the finest one a member's
 * text states (a day before a week before a month, a stated date before a publication date), the
 * place the most specific one (a city before a neighbourhood before a county, a region, a
 * country), the more often given where members differ, the first in the input where that ties.
 */
final class IncidentAssembly {

  private IncidentAssembly() {}

  static Incident assemble(List<EventReport> members, FigureRule rule) {
    return assemble(members, rule, List.of());
  }

  /** The incident of {@code members}, listing the {@code conflicts} a tie outweighed among them. */
  static Incident assemble(List<EventReport> members, FigureRule rule, List<Conflict> conflicts) {
    List<Member> ids = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    Map<Figure, List<Report>> byFigure = new EnumMap<>(Figure.class);
    for (EventReport member : members) {
      ids.add(member.member());
      for (Map.Entry<Figure, StatedFigure> figure : member.figures().entrySet()) {
        Report report =
            new Report(
                member.member(),
                figure.getKey(),
                figure.getValue().count(),
                figure.getValue().source(),
                member.published());
        reports.add(report);
        byFigure.computeIfAbsent(figure.getKey(), f -> new ArrayList<>()).add(report);
      }
    }
    Map<Figure, IncidentFigure> figures = new EnumMap<>(Figure.class);
    for (Map.Entry<Figure, List<Report>> entry : byFigure.entrySet()) {
      IncidentFigure chosen = FigureChoice.choose(entry.getValue(), rule);
      if (chosen != null) {
        figures.put(entry.getKey(), chosen);
      }
    }
    return new Incident(
        Collections.min(ids).toString(),
        pick(members, EventReport::date, IncidentAssembly::dateRank, ReportedDate::value),
        pick(members, EventReport::place, IncidentAssembly::placeRank, IncidentAssembly::placeKey),
        figures,
        ids,
        reports,
        conflicts);
  }

  /**
   * The value of the best rank among the members (lowest {@code rank}); among those, the one most
   * members give (by {@code key}); among those, the first in the input.
   */
  private static <T> @Nullable T pick(
      List<EventReport> members,
      Function<EventReport, @Nullable T> value,
      Comparator<T> rank,
      Function<T, String> key) {
    List<T> values = new ArrayList<>();
    for (EventReport member : members) {
      T v = value.apply(member);
      if (v != null) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    T best = Collections.min(values, rank); // the first of the best rank
    List<T> candidates = new ArrayList<>();
    Map<String, Integer> votes = new HashMap<>();
    for (T v : values) {
      if (rank.compare(v, best) == 0) {
        candidates.add(v);
        votes.merge(key.apply(v), 1, Integer::sum);
      }
    }
    T chosen = candidates.get(0);
    for (T candidate : candidates) {
      if (votes.get(key.apply(candidate)) > votes.get(key.apply(chosen))) {
        chosen = candidate;
      }
    }
    return chosen;
  }

  private static int dateRank(ReportedDate a, ReportedDate b) {
    return Comparator.comparing(ReportedDate::inferred)
        .thenComparing(ReportedDate::precision)
        .thenComparingLong(ReportedDate::days)
        .compare(a, b);
  }

  private static int placeRank(ReportedPlace a, ReportedPlace b) {
    return Integer.compare(specificity(a), specificity(b));
  }

  private static int specificity(ReportedPlace place) {
    return switch (PlaceProfile.of(place).level()) {
      case CITY -> 0;
      case LOCAL -> 1;
      case COUNTY -> 2;
      case REGION -> 3;
      case COUNTRY -> 4;
    };
  }

  private static String placeKey(ReportedPlace place) {
    PlaceProfile profile = PlaceProfile.of(place);
    return profile.blockKey() + "|" + profile.name();
  }
}
