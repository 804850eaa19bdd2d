package org.eventfacts.quote;

import java.util.Locale;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * Tells a whole quoted statement from a quoted fragment of the writer's sentence.
 *
 * <p>A quotation is {@link QuoteKind#DIRECT} when it starts like a sentence (a capital letter or a
 * digit) and stands apart from the writer's words: it opens its paragraph or sentence, or follows a
 * colon, comma, dash or bracket ({@code Ruiz said: "We are ready."}), or directly follows a
 * reporting verb ({@code Ruiz said "We are ready."}). A statement interrupted by its attribution
 * stays whole on both sides ({@code "The economy," she said, "is growing."}), and so does a
 * quotation that reopens one left open at the end of the paragraph before. Everything else is
 * {@link QuoteKind#PARTIAL}: a fragment the writer's syntax runs through ({@code called the plan
 * "reckless"}, {@code attacked by "20 masked men"}), or a scare quote.
 *
 * <p>A quotation right after "so-called" is a scare quote: the writer's distance, nobody's words.
 */
final class QuoteShape {

  private static final String LEAD_IN = ".!?:;,—–-([…\"”’'»";

  /** How much text may stand between the parts of a statement interrupted by its attribution. */
  private static final int LONGEST_INTERRUPTION = 80;

  private QuoteShape() {}

  /**
   * The kind of {@code quotation}.
   *
   * @param previous the quotation before it in the same paragraph, and its kind, if any
   * @param followsReportingVerb whether the word just before the opening mark is a reporting verb
   */
  static QuoteKind kind(
      String text,
      Quotation quotation,
      @Nullable Quotation previous,
      @Nullable QuoteKind previousKind,
      boolean followsReportingVerb) {
    char first = firstLetterOrDigit(text, quotation.words());
    boolean startsLikeSentence = Character.isUpperCase(first) || Character.isDigit(first);
    if (quotation.reopened()) {
      return startsLikeSentence || previousKind == QuoteKind.DIRECT
          ? QuoteKind.DIRECT
          : QuoteKind.PARTIAL;
    }
    if (startsLikeSentence && (standsApart(text, quotation) || followsReportingVerb)) {
      return QuoteKind.DIRECT;
    }
    if (!startsLikeSentence
        && previous != null
        && previousKind == QuoteKind.DIRECT
        && resumes(text, previous, quotation)) {
      return QuoteKind.DIRECT;
    }
    return QuoteKind.PARTIAL;
  }

  /** Whether the writer marks the quotation as a scare quote: "the so-called 'reform'". */
  static boolean isScareQuote(String text, Quotation quotation) {
    int start = quotation.span().start();
    String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT).strip();
    for (String marker : QuoteWords.SCARE_MARKERS) {
      if (before.endsWith(marker)) {
        return true;
      }
    }
    return false;
  }

  private static boolean standsApart(String text, Quotation quotation) {
    int i = quotation.span().start() - 1;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || LEAD_IN.indexOf(text.charAt(i)) >= 0;
  }

  /** "'The economy,' she said, 'is growing.'": the second part resumes the first. */
  private static boolean resumes(String text, Quotation previous, Quotation quotation) {
    int gapStart = previous.span().end();
    int gapEnd = quotation.span().start();
    if (gapEnd - gapStart > LONGEST_INTERRUPTION || gapEnd <= gapStart) {
      return false;
    }
    String previousWords = text.substring(previous.words().start(), previous.words().end()).strip();
    String gap = text.substring(gapStart, gapEnd).strip();
    boolean previousBreaksOff =
        previousWords.endsWith(",") || previousWords.endsWith("—") || previousWords.endsWith("-");
    return previousBreaksOff && (gap.endsWith(",") || gap.endsWith("—"));
  }

  private static char firstLetterOrDigit(String text, Span words) {
    for (int i = words.start(); i < words.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }
}
