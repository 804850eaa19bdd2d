package org.eventfacts.text;

/**
 * Runs of whitespace collapsed to one space, as {@code text.replaceAll("\\s+", " ").trim()} does,
 * without a regular expression: the readers ask for the words of a stretch of text thousands of
 * times per document, and most stretches have single spaces only.
 *
 * <pre>{@code
 * Whitespace.collapsed(" the\n  mayor ")  // "the mayor"
 * }</pre>
 */
final class Whitespace {

  private Whitespace() {}

  /** {@code text} with each run of whitespace ({@code \s}: space, tab, line breaks) one space, trimmed. */
  static String collapsed(String text) {
    int length = text.length();
    int i = 0;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (isWhitespace(c) && (c != ' ' || (i + 1 < length && isWhitespace(text.charAt(i + 1))))) {
        break; // a run to collapse or a character to replace
      }
    }
    if (i == length) {
      return text.trim();
    }
    StringBuilder collapsed = new StringBuilder(length);
    collapsed.append(text, 0, i);
    boolean inRun = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        if (!inRun) {
          collapsed.append(' ');
          inRun = true;
        }
      } else {
        collapsed.append(c);
        inRun = false;
      }
    }
    return collapsed.toString().trim();
  }

  /** The characters of the regular expression class {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
