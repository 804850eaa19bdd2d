package org.eventfacts.pipeline;

/**
 * Tells a line of prose from a line that only looks like text: a row of a table, a line of
 * numbers, a list of links, a line of symbols. Cheap: one pass over the line's characters.
 *
 * <pre>{@code
 * NonProse.isNonProse("12\t40\t7\t1999".toCharArray(), 0, 13)          // true
 * NonProse.isNonProse("Police said 12 people were hurt.".toCharArray(), 0, 32)  // false
 * }</pre>
 */
final class NonProse {

  /** Lines with fewer non-space characters than this are never judged (a lone "12" is kept). */
  private static final int SHORTEST = 6;

  private NonProse() {}

  /** Whether {@code chars[start, end)}, one line, is not prose. */
  static boolean isNonProse(char[] chars, int start, int end) {
    int letters = 0;
    int visible = 0;
    int pipes = 0;
    int symbols = 0;
    int linkChars = 0;
    int wordStart = -1;
    int firstVisible = -1;
    int lastVisible = -1;
    for (int i = start; i <= end; i++) {
      char c = i < end ? chars[i] : ' ';
      boolean space = Character.isWhitespace(c);
      if (!space) {
        visible++;
        if (firstVisible < 0) {
          firstVisible = i;
        }
        lastVisible = i;
        if (wordStart < 0) {
          wordStart = i;
        }
        if (Character.isLetter(c)) {
          letters++;
        } else if (c == '|') {
          pipes++;
        } else if (!Character.isDigit(c) && !isCommonPunctuation(c)) {
          symbols++;
        }
      } else if (wordStart >= 0) {
        if (isLink(chars, wordStart, i)) {
          linkChars += i - wordStart;
        }
        wordStart = -1;
      }
    }
    if (visible < SHORTEST) {
      return false;
    }
    boolean tableRow = pipes >= 2 && chars[firstVisible] == '|' && chars[lastVisible] == '|';
    return tableRow
        || letters * 4 < visible // numbers, figures, separators
        || linkChars * 2 > visible // links
        || symbols * 10 > visible * 3; // binary-looking
  }

  private static boolean isCommonPunctuation(char c) {
    return ".,;:!?'\"()[]{}-/&%$#@*+=_<>\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00A3\u20AC\u00B0".indexOf(c) >= 0;
  }

  private static boolean isLink(char[] chars, int start, int end) {
    String word = new String(chars, start, end - start);
    return word.contains("://") || word.startsWith("www.") || word.contains("?utm_") || word.contains("&utm_");
  }
}
