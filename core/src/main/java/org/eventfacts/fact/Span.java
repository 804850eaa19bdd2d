package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * A half-open stretch {@code [start, end)} of the input text, in UTF-16 code units (Java
 * {@code char} offsets), so that {@code text.substring(span.start(), span.end())} is the evidence.
 *
 * <pre>{@code
 * Span span = new Span(4, 9);
 * span.coveredText("The dead were counted") // "dead "
 * }</pre>
 *
 * @param start the offset of the first character, at least 0
 * @param end the offset just past the last character, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  private static final Comparator<Span> ORDER =
      Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

  public Span {
    checkArgument(start >= 0, "span start must not be negative, got %s", start);
    checkArgument(start <= end, "span start %s must not be after its end %s", start, end);
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code offset} lies inside this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether every character of {@code other} lies inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one character. */
  public boolean intersects(Span other) {
    return overlap(other) > 0;
  }

  /** The number of characters the two spans share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  /** The smallest span that covers both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * The characters of {@code text} this span covers.
   *
   * @throws IllegalArgumentException if the span runs past the end of {@code text}
   */
  public String coveredText(CharSequence text) {
    checkNotNull(text, "text");
    checkArgument(
        end <= text.length(), "span %s runs past the end of a text of %s chars", this, text.length());
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
