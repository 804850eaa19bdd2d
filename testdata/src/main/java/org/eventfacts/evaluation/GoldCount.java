package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * A count as a gold file gives it: either the number the text states ({@code value}, with an
 * optional qualifier) or, for vague amounts such as "dozens", a range {@code [min, max]} whose
 * {@code max} may be open.
 *
 * <pre>{@code
 * GoldCount.stated(26, Qualifier.EXACT).admits(Count.exact("26", 26))          // true
 * GoldCount.range(12, 99L).admits(Count.vague("dozens", 24, 99L))              // true
 * GoldCount.range(12, 99L).admits(Count.exact("120", 120))                     // false
 * }</pre>
 *
 * @param value the number the text states, or {@code null} for a vague amount
 * @param min the least number a vague amount allows, or {@code null} when a value is stated
 * @param max the greatest number a vague amount allows, or {@code null} when open or a value is
 *     stated
 * @param qualifier how the number is worded, or {@code null} when the gold does not say
 */
public record GoldCount(
    @Nullable Long value, @Nullable Long min, @Nullable Long max, @Nullable Qualifier qualifier) {

  public GoldCount {
    checkArgument(
        (value == null) != (min == null), "a count needs either a value or a min, and not both");
    checkArgument(max == null || min != null, "a count's max needs a min");
    checkArgument(value == null || value >= 0, "a count must not be negative, got %s", value);
    checkArgument(min == null || min >= 0, "a count's min must not be negative, got %s", min);
    checkArgument(
        min == null || max == null || min <= max, "count range [%s, %s] is empty", min, max);
    checkArgument(
        value == null || qualifier != Qualifier.VAGUE,
        "a stated value %s cannot be VAGUE; give min and max instead",
        value);
    checkArgument(
        min == null || qualifier == null || qualifier == Qualifier.VAGUE,
        "a range [%s, %s] is VAGUE, not %s",
        min,
        max,
        qualifier);
  }

  /** A stated number: "26", "more than 1,000". */
  public static GoldCount stated(long value, @Nullable Qualifier qualifier) {
    return new GoldCount(value, null, null, qualifier);
  }

  /** A vague amount: "dozens" is {@code [12, 99]}, "hundreds" {@code [200, 999]}. */
  public static GoldCount range(long min, @Nullable Long max) {
    return new GoldCount(null, min, max, Qualifier.VAGUE);
  }

  /**
   * Whether a predicted count matches this one. A predicted count that states a number matches
   * when the number equals {@code value}, or lies in {@code [min, max]}. A vague prediction (no
   * stated number, only a range) never matches a stated {@code value}; it matches a gold range
   * when its own range lies within it, an open end counting as unbounded: so "dozens" read as
   * {@code [24, 99]} matches gold {@code [12, 99]}, an open-ended prediction {@code [200, open)}
   * matches only a gold range that is open above too, and a prediction with no lower bound
   * matches nothing.
   */
  public boolean admits(Count predicted) {
    Long stated = predicted.value();
    if (stated != null) {
      return value != null ? stated.longValue() == value : within(stated);
    }
    if (min == null || predicted.min() == null) {
      return false;
    }
    Long predictedMax = predicted.max();
    return predicted.min() >= min && (max == null || (predictedMax != null && predictedMax <= max));
  }

  private boolean within(long n) {
    return min != null && min <= n && (max == null || n <= max);
  }

  /** The count in a few characters: {@code "26 EXACT"}, {@code "12..99 VAGUE"}, {@code "2.."}. */
  public String summary() {
    String number = value != null ? value.toString() : min + ".." + (max == null ? "" : max);
    return qualifier == null ? number : number + " " + qualifier;
  }
}
