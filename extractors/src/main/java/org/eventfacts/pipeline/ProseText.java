package org.eventfacts.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text as CoreNLP is given it: the same length as the original, character for character, so
 * that every offset CoreNLP reports is an offset into the original text, but with what is not
 * prose blanked out and what hides prose made plain.
 *
 * <ul>
 *   <li>C0 control characters, emoji and pictographs, emoji variation selectors and keycaps,
 *       private-use and unassigned characters become spaces: a siren emoji before "Police said" no
 *       longer makes the sentence unparseable. Other symbols stay ("\u00D7", "\u25BA", "\u00B0",
 *       "\u00A9"): CoreNLP's tokenizer reads them as tokens of their own, and blanking them changed
 *       what was read around them. C1 control characters (U+0080 to U+009F) stay too: in news text
 *       they are almost always Windows-1252 punctuation decoded as Latin-1 (quotation marks,
 *       apostrophes, dashes, ellipses), which the tokenizer reads as that punctuation.
 *   <li>Line and paragraph separators (U+2028, U+2029) become line breaks; other space characters
 *       become plain spaces.
 *   <li>Decimal digits of other scripts (Arabic-Indic, full-width, Devanagari, ...) become the
 *       ASCII digits of the same value, so that "١٢" is read as 12.
 *   <li>Lines that are not prose become spaces: rows of tables (markdown {@code |} rows, lines of
 *       numbers), lines mostly of links, and binary-looking lines mostly of symbols.
 *   <li>HTML tags, and the content of {@code script} and {@code style} elements, become spaces when
 *       the text is an HTML page.
 *   <li>Runs of non-space characters longer than {@link Limits#maxTokenLength()} become spaces.
 * </ul>
 *
 * <pre>{@code
 * ProseText.of("\uD83D\uDEA8 Police said ١٢ were hurt.", Limits.DEFAULT)
 *     // "   Police said 12 were hurt."
 * }</pre>
 */
final class ProseText {

  private static final Pattern HTML_CLOSING_TAG = Pattern.compile("</[a-zA-Z][a-zA-Z0-9]*\\s*>");
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("<[!/?a-zA-Z][^<>]{0,2000}>");

  private ProseText() {}

  /** The text CoreNLP should read in place of {@code text}; the same length. */
  static String of(String text, Limits limits) {
    char[] chars = text.toCharArray();
    mapCharacters(chars);
    if (looksLikeHtml(text)) {
      blankMarkup(text, chars);
    }
    blankLongRuns(chars, limits.maxTokenLength());
    blankNonProseLines(chars);
    return new String(chars);
  }

  private static void mapCharacters(char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
          chars[i] = ' ';
        }
        continue;
      }
      int codePoint = Character.codePointAt(chars, i);
      int width = Character.charCount(codePoint);
      char replacement = replacement(codePoint);
      if (replacement != 0) {
        for (int k = 0; k < width; k++) {
          chars[i + k] = k == 0 ? replacement : ' ';
        }
      }
      i += width - 1;
    }
  }

  /** The character to write in place of {@code codePoint}, or 0 to keep it. */
  private static char replacement(int codePoint) {
    if (codePoint == 0x2028 || codePoint == 0x2029) {
      return '\n';
    }
    if (codePoint < 0xA0) {
      // C1 controls: Windows-1252 punctuation read as Latin-1 ("\u0093", "\u0092", "\u0085")
      return 0;
    }
    if (codePoint == 0xAD || codePoint == 0x200C || codePoint == 0x200D) {
      // soft hyphen and (non-)joiners inside words: the tokenizer keeps the word whole
      return 0;
    }
    int type = Character.getType(codePoint);
    switch (type) {
      case Character.DECIMAL_DIGIT_NUMBER:
        int digit = Character.digit(codePoint, 10);
        return digit >= 0 && codePoint <= 0xFFFF ? (char) ('0' + digit) : ' ';
      case Character.OTHER_SYMBOL:
      case Character.MODIFIER_SYMBOL:
        return EmojiRanges.contains(codePoint) ? ' ' : 0;
      case Character.SPACE_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SURROGATE:
        return ' ';
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        // emoji variation selectors and keycaps; other marks belong to their letters
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x20E3 ? ' ' : 0;
      default:
        return codePoint == 0xFFFD ? ' ' : 0;
    }
  }

  private static boolean looksLikeHtml(String text) {
    Matcher closing = HTML_CLOSING_TAG.matcher(text);
    int found = 0;
    while (found < 3 && closing.find()) {
      found++;
    }
    return found >= 3;
  }

  private static void blankMarkup(String text, char[] chars) {
    Matcher code = SCRIPT_OR_STYLE.matcher(text);
    while (code.find()) {
      blank(chars, code.start(), code.end());
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      blank(chars, tag.start(), tag.end());
    }
  }

  private static void blankNonProseLines(char[] chars) {
    int start = 0;
    for (int i = 0; i <= chars.length; i++) {
      if (i == chars.length || chars[i] == '\n') {
        if (NonProse.isNonProse(chars, start, i)) {
          blank(chars, start, i);
        }
        start = i + 1;
      }
    }
  }

  private static void blankLongRuns(char[] chars, int maxTokenLength) {
    int start = -1;
    for (int i = 0; i <= chars.length; i++) {
      boolean space = i == chars.length || Character.isWhitespace(chars[i]);
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (i - start > maxTokenLength) {
          blank(chars, start, i);
        }
        start = -1;
      }
    }
  }

  private static void blank(char[] chars, int start, int end) {
    for (int i = start; i < end; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = ' ';
      }
    }
  }
}
