package org.eventfacts.quote;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\r?\\n");

  /** Elisions that start with an apostrophe: "the '90s", "'em", "'til", "rock 'n' roll". */
  private static final Pattern ELISION =
      Pattern.compile(
          "['‘’](?:\\d\\d?s?\\b|em\\b|til\\b|tis\\b|twas\\b|cause\\b|bout\\b|n['’])",
          Pattern.CASE_INSENSITIVE);

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
    Matcher blank = BLANK_LINE.matcher(text);
    int start = 0;
    while (blank.find()) {
      addTrimmed(text, start, blank.start(), paragraphs);
      start = blank.end();
    }
    addTrimmed(text, start, text.length(), paragraphs);
    return paragraphs.build();
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
        int close = singleClose(text, i, paragraph);
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
    Matcher elision = ELISION.matcher(text).region(i, paragraph.end());
    return !elision.lookingAt();
  }

  /** The offset of the mark that closes the single quotation opened at {@code open}, or -1. */
  private static int singleClose(String text, int open, Span paragraph) {
    int limit = Math.min(paragraph.end(), open + LONGEST_SINGLE_QUOTATION);
    for (int j = open + 1; j < limit; j++) {
      if (doubleMarkLength(text, j, paragraph.end()) > 0) {
        return -1;
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
    return -1;
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
