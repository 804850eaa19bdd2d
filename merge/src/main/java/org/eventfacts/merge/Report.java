package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/**
 * One figure one member of an incident states: kept whether or not the incident takes it, so that
 * "police say 3 dead" and "the hospital says 4" both stay on the record.
 *
 * <pre>{@code
 * for (Report report : incident.reports()) {
 *   System.out.printf("%s %s %s (%s, %s)%n", report.member(), report.figure(),
 *       report.count().text(), report.source(), report.published());
 * }
 * }</pre>
 *
 * @param member the document and event that state it
 * @param figure which toll
 * @param count the figure as stated, with its range
 * @param source on whose authority the document gives it, or {@code null}
 * @param published when the document was published, or {@code null}
 */
public record Report(
    Member member,
    Figure figure,
    Count count,
    @Nullable String source,
    @Nullable LocalDate published) {

  public Report {
    checkNotNull(member, "member");
    checkNotNull(figure, "figure");
    checkNotNull(count, "count");
  }
}
