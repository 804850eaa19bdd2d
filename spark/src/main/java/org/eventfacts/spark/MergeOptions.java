package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.merge.IncidentMerger;

/**
 * How {@link EventFactsSpark#merge} merges a Dataset's events into incidents: the rule that picks
 * each incident's figures, whether a conflict of place or date is ever outweighed, and the most
 * events the driver takes on (the merge runs there; see {@link EventFactsSpark#merge}).
 *
 * <pre>{@code
 * MergeOptions options = MergeOptions.defaults()
 *     .withFigureRule(FigureRule.CONSERVATIVE)
 *     .withStrict(true)
 *     .withMaxEvents(2_000_000);          // give the driver about 10 GB of heap for that many
 * }</pre>
 *
 * @param figureRule which report's figure an incident takes, as {@code merge --figure}
 * @param strict whether places and dates that tell two reports apart are never outweighed, as
 *     {@code merge --strict}
 * @param maxEvents the most events the driver merges; more fail the merge before they fill the
 *     driver's heap
 */
public record MergeOptions(FigureRule figureRule, boolean strict, long maxEvents)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The default bound: a million events, for a driver of about 5 GB of heap (100,000 synthetic
   * events merged within a 512 MB heap, and the merge's memory grows with the events).
   */
  public static final long DEFAULT_MAX_EVENTS = 1_000_000;

  public MergeOptions {
    checkNotNull(figureRule, "figureRule");
    checkArgument(maxEvents > 0, "maxEvents must be positive, got %s", maxEvents);
  }

  /** The command line's defaults ({@link FigureRule#LATEST}, not strict), a million events. */
  public static MergeOptions defaults() {
    return new MergeOptions(FigureRule.LATEST, false, DEFAULT_MAX_EVENTS);
  }

  /** These options, picking figures by {@code rule}. */
  public MergeOptions withFigureRule(FigureRule rule) {
    return new MergeOptions(rule, strict, maxEvents);
  }

  /** These options, strict or not. */
  public MergeOptions withStrict(boolean strict) {
    return new MergeOptions(figureRule, strict, maxEvents);
  }

  /** These options, taking at most {@code events} events on the driver. */
  public MergeOptions withMaxEvents(long events) {
    return new MergeOptions(figureRule, strict, events);
  }

  /** The merger these options describe, the one the command line's {@code merge} builds. */
  IncidentMerger merger() {
    return IncidentMerger.builder().figureRule(figureRule).strict(strict).build();
  }
}
