package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One happening in the world, as several documents report it: the merge's output row.
 *
 * <pre>{@code
 * for (Incident incident : merger.merge(reports).incidents()) {
 *   System.out.println(incident.id() + " " + incident.date().value() + " " + incident.place().name()
 *       + " killed " + incident.figure(Figure.KILLED).count().text()
 *       + " from " + incident.members().size() + " reports");
 * }
 * }</pre>
 *
 * @param id a stable identifier: the first member in (document, event) order, {@code "doc#e1"}
 * @param date when it happened: the finest date a member states, or {@code null} when none does
 * @param place where it happened: the most specific place the members give, or {@code null}
 * @param figures the incident's tolls, each picked among its reports by the {@link FigureRule}
 * @param members the events it groups, in input order
 * @param reports every figure every member states, in input order then {@link Figure} order
 */
public record Incident(
    String id,
    @Nullable ReportedDate date,
    @Nullable ReportedPlace place,
    Map<Figure, IncidentFigure> figures,
    List<Member> members,
    List<Report> reports) {

  public Incident {
    checkArgument(id != null && !id.isEmpty(), "an incident needs an id");
    figures = Maps.immutableEnumMap(figures);
    members = ImmutableList.copyOf(members);
    reports = ImmutableList.copyOf(reports);
    checkArgument(!members.isEmpty(), "an incident has at least one member");
    Set<Member> held = ImmutableSet.copyOf(members);
    checkArgument(held.size() == members.size(), "incident %s lists a member twice", id);
    for (Report report : reports) {
      checkNotNull(report, "report");
      checkArgument(
          held.contains(report.member()),
          "report of %s in incident %s that does not hold it",
          report.member(),
          id);
    }
  }

  /** The incident's toll of {@code figure}, or {@code null} when no member states one. */
  public @Nullable IncidentFigure figure(Figure figure) {
    return figures.get(figure);
  }
}
