package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A number of people as the text states it: its words, the number stated (none for vague
 * amounts), the range it implies and how it is {@linkplain Qualifier qualified}.
 *
 * <pre>{@code
 * Count.qualified("more than a thousand", 1000, Qualifier.MORE_THAN)
 *     // value 1000, min 1000, max open
 * Count.qualified("almost 750", 750, Qualifier.ALMOST)  // value 750, min open, max 750
 * Count.vague("dozens", 24, 99)                          // no value, 24..99
 * }</pre>
 *
 * <p>An open end of the range is {@code null}. The range never contradicts the value: {@code min
 * <= value <= max} wherever those are present.
 *
 * @param text the words that state the number, as written ("more than a thousand")
 * @param value the number stated; {@code null} only for {@link Qualifier#VAGUE} amounts
 * @param min the least number the statement allows, or {@code null} when unbounded below
 * @param max the greatest number the statement allows, or {@code null} when unbounded above
 * @param qualifier how the number is worded
 */
public record Count(
    String text,
    @Nullable Long value,
    @Nullable Long min,
    @Nullable Long max,
    Qualifier qualifier) {

  public Count {
    checkNotNull(text, "text");
    checkNotNull(qualifier, "qualifier");
    checkArgument(
        value != null || qualifier == Qualifier.VAGUE,
        "only a VAGUE count may lack a value, got %s for '%s'",
        qualifier,
        text);
    checkArgument(value == null || value >= 0, "a count must not be negative, got %s", value);
    checkArgument(min == null || min >= 0, "a count's minimum must not be negative, got %s", min);
    checkArgument(
        min == null || max == null || min <= max, "count range [%s, %s] is empty", min, max);
    checkArgument(
        value == null || min == null || min <= value,
        "count value %s lies below its minimum %s",
        value,
        min);
    checkArgument(
        value == null || max == null || value <= max,
        "count value %s lies above its maximum %s",
        value,
        max);
  }

  /** "26": the number exactly. */
  public static Count exact(String text, long value) {
    return qualified(text, value, Qualifier.EXACT);
  }

  /**
   * A stated number with its qualifier; the range follows from the qualifier: EXACT gives
   * {@code [v, v]}; MORE_THAN and AT_LEAST {@code [v, open)}; ALMOST, AT_MOST and UP_TO {@code
   * (open, v]}; ABOUT leaves both ends open, since the text does not say how far off it may be.
   */
  public static Count qualified(String text, long value, Qualifier qualifier) {
    checkArgument(qualifier != Qualifier.VAGUE, "a stated number is not VAGUE: '%s'", text);
    return switch (qualifier) {
      case EXACT -> new Count(text, value, value, value, qualifier);
      case MORE_THAN, AT_LEAST -> new Count(text, value, value, null, qualifier);
      case ALMOST, AT_MOST, UP_TO -> new Count(text, value, null, value, qualifier);
      case ABOUT -> new Count(text, value, null, null, qualifier);
      case VAGUE -> throw new AssertionError(qualifier);
    };
  }

  /** "dozens", "several": no stated number, only a range; {@code max} may be open. */
  public static Count vague(String text, long min, @Nullable Long max) {
    return new Count(text, null, min, max, Qualifier.VAGUE);
  }

  /** Whether the statement allows exactly {@code n} people. */
  public boolean allows(long n) {
    return (min == null || min <= n) && (max == null || n <= max);
  }
}
