package org.eventfacts.event;

import java.util.List;
import java.util.stream.Collectors;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * Adds counts as ranges: the values add, the lower bounds add (an open one counts as 0, since no
 * count is negative) and the upper bounds add unless one is open. The words join with {@code " +
 * "} so that the sum shows what it is made of.
 *
 * <pre>{@code
 * CountSum.of(List.of(Count.exact("26", 26), Count.exact("18", 18)))
 *     // "26 + 18": 44, EXACT
 * CountSum.of(List.of(Count.qualified("more than 1,000", 1000, MORE_THAN),
 *                     Count.qualified("almost 750", 750, ALMOST)))
 *     // "more than 1,000 + almost 750": 1750, ABOUT, 1000..open
 * }</pre>
 */
final class CountSum {

  private CountSum() {}

  static Count of(List<Count> counts) {
    if (counts.size() == 1) {
      return counts.get(0);
    }
    String text = counts.stream().map(Count::text).collect(Collectors.joining(" + "));
    long value = 0;
    long min = 0;
    @Nullable Long max = 0L;
    boolean allValues = true;
    for (Count count : counts) {
      if (count.value() == null) {
        allValues = false;
      } else {
        value += count.value();
      }
      min += count.min() == null ? 0 : count.min();
      max = max == null || count.max() == null ? null : max + count.max();
    }
    Qualifier qualifier = qualifier(counts);
    if (!allValues) {
      return new Count(text, null, min, max, Qualifier.VAGUE);
    }
    if (max != null && value > max) {
      max = value;
    }
    return new Count(text, value, Math.min(min, value), max, qualifier);
  }

  private static Qualifier qualifier(List<Count> counts) {
    boolean exact = counts.stream().allMatch(c -> c.qualifier() == Qualifier.EXACT);
    if (exact) {
      return Qualifier.EXACT;
    }
    boolean atLeast =
        counts.stream()
            .allMatch(
                c ->
                    c.qualifier() == Qualifier.EXACT
                        || c.qualifier() == Qualifier.MORE_THAN
                        || c.qualifier() == Qualifier.AT_LEAST);
    if (atLeast) {
      return counts.stream().anyMatch(c -> c.qualifier() == Qualifier.MORE_THAN)
          ? Qualifier.MORE_THAN
          : Qualifier.AT_LEAST;
    }
    boolean atMost =
        counts.stream()
            .allMatch(
                c ->
                    c.qualifier() == Qualifier.EXACT
                        || c.qualifier() == Qualifier.ALMOST
                        || c.qualifier() == Qualifier.AT_MOST
                        || c.qualifier() == Qualifier.UP_TO);
    return atMost ? Qualifier.AT_MOST : Qualifier.ABOUT;
  }
}
