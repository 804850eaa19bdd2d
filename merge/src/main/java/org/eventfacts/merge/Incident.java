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
 * @param conflicts the pairs of members whose places or dates, as read, tell them apart and that
 *     a tie joined anyway (empty when all agree, and always under a strict merge)
 */
public record Incident(
    String id,
    @Nullable ReportedDate date,
    @Nullable ReportedPlace place,
    Map<Figure, IncidentFigure> figures,
    List<Member> members,
    List<Report> reports,
    List<Conflict> conflicts) {

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
    conflicts = ImmutableList.copyOf(conflicts);
    for (Conflict conflict : conflicts) {
      checkArgument(
          held.contains(conflict.first()) && held.contains(conflict.second()),
          "conflict of %s and %s in incident %s that does not hold both",
          conflict.first(),
          conflict.second(),
          id);
    }
  }

  /** An incident whose members' places and dates all agree. */
  public Incident(
      String id,
      @Nullable ReportedDate date,
      @Nullable ReportedPlace place,
      Map<Figure, IncidentFigure> figures,
      List<Member> members,
      List<Report> reports) {
    this(id, date, place, figures, members, reports, List.of());
  }

  /** Whether a tie joined members whose places or dates, as read, differ. */
  public boolean conflicted() {
    return !conflicts.isEmpty();
  }

  /** The incident's toll of {@code figure}, or {@code null} when no member states one. */
  public @Nullable IncidentFigure figure(Figure figure) {
    return figures.get(figure);
  }
}
