package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/**
 * A toll as one document states it for one event, and on whose authority.
 *
 * <pre>{@code
 * new StatedFigure(Count.exact("three", 3), "police")
 * }</pre>
 *
 * @param count the event's total as the document gives it, with its range
 * @param source who the document attributes the figure to ("police", "the coroner's office"), or
 *     {@code null} when it does not say
 */
public record StatedFigure(Count count, @Nullable String source) {

  public StatedFigure {
    checkNotNull(count, "count");
  }
}
