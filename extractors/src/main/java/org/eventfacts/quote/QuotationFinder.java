package org.eventfacts.quote;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eventfacts.fact.Span;

/**
 * Finds the quotations of a raw text by its quotation marks, paragraph by paragraph.
 *
 * <ul>
 *   <li>Double marks: straight {@code "}, curly {@code “ ”}, low {@code „}, guillemets {@code « »},
 *       and the typewriter pairs {@code ``} and {@code ''} of wire and newspaper archives. A mark
 *       opens when a word follows it and a space or opening bracket precedes it, and closes in the
 *       mirror case; when its neighbours do not tell ({@code said:"Yes"}), its shape does, and a
 *       straight mark closes whatever is open, else opens.
 *   <li>Marks pair like brackets, so a quotation can hold another ({@code "He called it “fake,” she
 *       said."}): only the outer one is a quotation of the text. A closing mark with nothing open
 *       is a stray and ignored.
 *   <li>A quotation left open at the end of its paragraph runs to the paragraph's end; when the
 *       next paragraph opens with a quotation mark, that quotation continues it (news style repeats
 *       the opening mark on every paragraph of a long quotation and closes only the last).
 *   <li>Single marks ({@code 'absolutely right'}, {@code ‘fake news’}) count only outside double
 *       quotations, when an opening and a closing mark pair up within a few lines of the same
 *       paragraph; an apostrophe inside a word ({@code don't}) or an elision ({@code the '90s},
 *       {@code rock 'n' roll}) is not a mark.
 * </ul>
 *
 * <p>Unbalanced marks never reach beyond their paragraph.
 */
final class QuotationFinder {

  /** How far a single-quoted stretch may run before its opening mark is taken for an apostrophe. */
  private static final int LONGEST_SINGLE_QUOTATION = 300;

  private static final String OPENING_CONTEXT = "([{<—–-/\"“‘'«„";
  private static final String CLOSING_CONTEXT = ".,;:!?)]}>—–-…/\"”’'»";

  private QuotationFinder() {}

  /** The quotations of {@code text}, in text order. */
  static ImmutableList<Quotation> find(String text) {
    List<Quotation> found = new ArrayList<>();
    boolean leftOpen = false;
    for (Span paragraph : paragraphs(text)) {
      leftOpen = scan(text, paragraph, leftOpen, found);
    }
    return ImmutableList.copyOf(found);
  }

  /** The non-blank stretches between blank lines. */
  static ImmutableList<Span> paragraphs(String text) {
    ImmutableList.Builder<Span> paragraphs = ImmutableList.builder();
    int start = 0;
    for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
      int end = blankLineEnd(text, newline);
      if (end > 0) {
        addTrimmed(text, start, newline, paragraphs);
        start = end;
        newline = end - 1;
      }
    }
    addTrimmed(text, start, text.length(), paragraphs);
    return paragraphs.build();
  }

  /**
   * Where the blank line that the line break at {@code newline} opens ends (after its second line
   * break), or -1 when the next line holds more than spaces, tabs and no-break spaces: {@code
   * \n[ \t\u00A0]*\r?\n}, read by hand because a regular expression's search costs more per
   * character than the whole scan (and a fuzzer's hooks on it many times more).
   */
  private static int blankLineEnd(String text, int newline) {
    int i = newline + 1;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '\n' ? i + 1 : -1;
  }

  private static void addTrimmed(
      String text, int start, int end, ImmutableList.Builder<Span> into) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      into.add(new Span(start, end));
    }
  }

  /**
   * Adds the quotations of one paragraph to {@code found}; returns whether the paragraph ends
   * inside a quotation.
   */
  private static boolean scan(
      String text, Span paragraph, boolean previousLeftOpen, List<Quotation> found) {
    Deque<int[]> open = new ArrayDeque<>(); // {offset of the opening mark, its length}
    SingleCloses closes = new SingleCloses(text, paragraph);
    boolean first = true;
    int i = paragraph.start();
    while (i < paragraph.end()) {
      int length = doubleMarkLength(text, i, paragraph.end());
      if (length > 0) {
        Role role = role(text, i, length, paragraph, !open.isEmpty());
        if (role == Role.OPEN) {
          open.push(new int[] {i, length});
        } else if (!open.isEmpty()) {
          int[] opening = open.pop();
          if (open.isEmpty()) {
            boolean reopened = first && previousLeftOpen && opening[0] == paragraph.start();
            add(
                found,
                new Span(opening[0], i + length),
                new Span(opening[0] + opening[1], i),
                true,
                reopened,
                text);
            first = false;
          }
        }
        i += length;
        continue;
      }
      char c = text.charAt(i);
      if (open.isEmpty() && (c == '\'' || c == '‘') && opensSingle(text, i, paragraph)) {
        int close = closes.after(i);
        if (close > 0) {
          add(found, new Span(i, close + 1), new Span(i + 1, close), true, false, text);
          first = false;
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    if (open.isEmpty()) {
      return false;
    }
    int[] outermost = open.getLast();
    boolean reopened = first && previousLeftOpen && outermost[0] == paragraph.start();
    add(
        found,
        new Span(outermost[0], paragraph.end()),
        new Span(outermost[0] + outermost[1], paragraph.end()),
        false,
        reopened,
        text);
    return true;
  }

  private static void add(
      List<Quotation> found, Span span, Span words, boolean closed, boolean reopened, String text) {
    if (hasLetterOrDigit(text, words)) {
      found.add(new Quotation(span, words, closed, reopened));
    }
  }

  private enum Role {
    OPEN,
    CLOSE
  }

  /** The length of the double quotation mark at {@code i}, or 0 when there is none. */
  private static int doubleMarkLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
      return 1;
    }
    if (i + 1 < end
        && ((c == '\'' && text.charAt(i + 1) == '\'') || (c == '`' && text.charAt(i + 1) == '`'))) {
      return 2;
    }
    return 0;
  }

  /**
   * Whether the mark opens or closes: by its neighbours, else by its shape, else by alternation.
   */
  private static Role role(String text, int i, int length, Span paragraph, boolean somethingOpen) {
    char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
    char after = i + length < paragraph.end() ? text.charAt(i + length) : ' ';
    boolean opens = !isSpace(after) && (isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0);
    boolean closes = !isSpace(before) && (isSpace(after) || CLOSING_CONTEXT.indexOf(after) >= 0);
    if (opens != closes) {
      return opens ? Role.OPEN : Role.CLOSE;
    }
    char mark = text.charAt(i);
    if (mark == '“' || mark == '„' || mark == '«' || mark == '`') {
      return Role.OPEN;
    }
    if (mark == '”' || mark == '»') {
      return Role.CLOSE;
    }
    return somethingOpen ? Role.CLOSE : Role.OPEN;
  }

  private static boolean opensSingle(String text, int i, Span paragraph) {
    char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
    char after = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
    boolean opens = isSpace(before) || OPENING_CONTEXT.indexOf(before) >= 0;
    if (!opens || !Character.isLetterOrDigit(after)) {
      return false;
    }
    return !isElision(text, i, paragraph.end());
  }

  private static final String[] ELIDED_WORDS = {"em", "til", "tis", "twas", "cause", "bout"};

  /**
   * Whether the apostrophe at {@code i} starts an elision: "the '90s", "'em", "'til", "rock 'n'
   * roll" (a digit or two and an optional "s", or one of {@link #ELIDED_WORDS}, ending a word; or
   * "n" and another apostrophe). Read by hand rather than by a regular expression, which cost more
   * than the rest of the scan for every apostrophe of a text.
   */
  private static boolean isElision(String text, int i, int end) {
    int j = i + 1;
    if (j < end && isAsciiDigit(text.charAt(j))) {
      int digits = j + 1 < end && isAsciiDigit(text.charAt(j + 1)) ? 2 : 1;
      // "'9", "'9s", "'90", "'90s", each ending a word
      for (int length = digits; length >= 1; length--) {
        int after = j + length;
        if (after < end && (text.charAt(after) == 's' || text.charAt(after) == 'S') && endsWord(text, after + 1, end)) {
          return true;
        }
        if (endsWord(text, after, end)) {
          return true;
        }
      }
      return false;
    }
    for (String word : ELIDED_WORDS) {
      if (startsWithIgnoringAsciiCase(text, j, end, word) && endsWord(text, j + word.length(), end)) {
        return true;
      }
    }
    return j + 1 < end
        && (text.charAt(j) == 'n' || text.charAt(j) == 'N')
        && (text.charAt(j + 1) == '\'' || text.charAt(j + 1) == '’');
  }

  /** Whether {@code word}, in lower case, starts at {@code i}, in capitals or not (ASCII only). */
  private static boolean startsWithIgnoringAsciiCase(String text, int i, int end, String word) {
    if (i + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(i + k);
      if (c != word.charAt(k) && c != word.charAt(k) - ('a' - 'A')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether a word ends before {@code i}: {@code i} is the end or holds no letter, digit, "_" or
   * combining mark (what a regular expression's word boundary takes for a word's character).
   */
  private static boolean endsWord(String text, int i, int end) {
    if (i >= end) {
      return true;
    }
    int c = text.codePointAt(i);
    return !(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /**
   * Finds the mark that closes a single quotation, for the opening marks of one paragraph in text
   * order. What ends the search for a closing mark after an opening one (a double mark, or a
   * single mark that closes) does not depend on where the search began, so the first such offset
   * found serves every later opening mark before it: the paragraph is read once, however many
   * apostrophes open nothing (a scan from each one had cost up to {@link
   * #LONGEST_SINGLE_QUOTATION} characters per apostrophe).
   */
  private static final class SingleCloses {

    private final String text;
    private final Span paragraph;
    /** The first offset after the last search's opening mark where a search stops. */
    private int stop = -1;

    SingleCloses(String text, Span paragraph) {
      this.text = text;
      this.paragraph = paragraph;
    }

    /**
     * The offset of the mark that closes the single quotation opened at {@code open}, or -1;
     * {@code open} must not decrease from one call to the next.
     */
    int after(int open) {
      if (stop <= open) {
        stop = stopAfter(open);
      }
      if (stop >= Math.min(paragraph.end(), open + LONGEST_SINGLE_QUOTATION)
          || doubleMarkLength(text, stop, paragraph.end()) > 0) {
        return -1;
      }
      return stop;
    }

    /** The first offset after {@code open} that holds a double mark or a closing single mark. */
    private int stopAfter(int open) {
      for (int j = open + 1; j < paragraph.end(); j++) {
        if (doubleMarkLength(text, j, paragraph.end()) > 0) {
          return j;
        }
        char c = text.charAt(j);
        if (c != '\'' && c != '’') {
          continue;
        }
        char before = text.charAt(j - 1);
        char after = j + 1 < paragraph.end() ? text.charAt(j + 1) : ' ';
        if (!isSpace(before)
            && !Character.isLetterOrDigit(after)
            && (isSpace(after) || CLOSING_CONTEXT.indexOf(after) >= 0)) {
          return j;
        }
      }
      return paragraph.end();
    }
  }

  private static boolean hasLetterOrDigit(String text, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
