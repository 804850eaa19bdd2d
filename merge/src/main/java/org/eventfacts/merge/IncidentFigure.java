package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/**
 * An incident's toll of one kind: the figure the {@link FigureRule} picked among its reports,
 * which report it came from, and whether the reports disagree.
 *
 * <pre>{@code
 * IncidentFigure killed = incident.figure(Figure.KILLED);
 * killed.count().value()   // 3
 * killed.from()            // ledger-0412#e1
 * killed.disputed()        // true: another report says 4
 * }</pre>
 *
 * @param count the figure taken, as its report words it
 * @param rule the rule that took it
 * @param from the member whose report it is
 * @param source that report's source, or {@code null}
 * @param disputed whether the reports contradict each other: no single number lies within the
 *     range every report allows ("3" and "4" do; "3" and "at least 3" do not)
 */
public record IncidentFigure(
    Count count, FigureRule rule, Member from, @Nullable String source, boolean disputed) {

  public IncidentFigure {
    checkNotNull(count, "count");
    checkNotNull(rule, "rule");
    checkNotNull(from, "from");
  }
}
