package org.eventfacts.count;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.eventfacts.count.QuantityWords.Amount;
import org.jspecify.annotations.Nullable;

/**
 * The pure part of count reading: the amount that the words of a number expression state, once
 * CoreNLP has said which tokens form it. No tokens, no models: strings in, amounts out, so that it
 * can be fuzzed on its own ({@code AmountWordsFuzzTest}).
 *
 * <pre>{@code
 * AmountWords.spelled("twenty-one")          // 21
 * AmountWords.vague("dozens")                // 24..99
 * AmountWords.normalized(">=40.0")           // 40
 * AmountWords.digits("1,200")                // 1200
 * AmountWords.scaled(3, 1_000_000)           // 3000000
 * }</pre>
 */
final class AmountWords {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final Pattern COMPARISON_SIGNS = Pattern.compile("^[<>=~]+");

  /** Values CoreNLP's normaliser gives at or above this are statistics, never read. */
  private static final double LARGEST_NORMALIZED = 1e12;

  private AmountWords() {}

  /** A number spelled in words ("twenty-one", "three hundred"), read by CoreNLP's normaliser. */
  static OptionalLong spelled(String words) {
    try {
      Number number = NumberNormalizer.wordToNumber(words);
      return number == null || number.doubleValue() < 0
          ? OptionalLong.empty()
          : OptionalLong.of(number.longValue());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** A spelled whole number, or nothing if it is negative or has a fraction. */
  static OptionalLong spelledWhole(String word) {
    try {
      Number number = NumberNormalizer.wordToNumber(word);
      return number != null && number.doubleValue() >= 0 && number.doubleValue() == Math.rint(number.doubleValue())
          ? OptionalLong.of(number.longValue())
          : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** A vague amount ("dozens", "tens of thousands", "a few"), its words lower-cased. */
  static @Nullable Amount vague(String words) {
    if (words.equals("tens of thousands")) {
      return new Amount(20_000, 99_999L);
    }
    if (words.equals("hundreds of thousands")) {
      return new Amount(200_000, 999_999L);
    }
    if (words.equals("tens of millions") || words.equals("hundreds of millions")) {
      return new Amount(20_000_000, null);
    }
    Amount plural = QuantityWords.VAGUE_PLURALS.get(words);
    if (plural != null) {
      return plural;
    }
    String few = words.startsWith("a ") ? words.substring(2) : words;
    return QuantityWords.FEW.get(few);
  }

  /**
   * The whole value of CoreNLP's normalised number tag ("12.0", ">=40.0", "~1000.0"), or nothing
   * if it is negative, has a fraction or is too large to be a count.
   */
  static OptionalLong normalized(String tag) {
    String digits = COMPARISON_SIGNS.matcher(tag).replaceAll("");
    try {
      double value = Double.parseDouble(digits);
      if (value >= 0 && value == Math.rint(value) && value < LARGEST_NORMALIZED) {
        return OptionalLong.of((long) value);
      }
    } catch (NumberFormatException e) {
      // not a number: the caller reads the digits as written
    }
    return OptionalLong.empty();
  }

  /** Up to nine digits as written, with thousands separators ("1,200"). */
  static OptionalLong digits(String written) {
    String plain = written.replace(",", "");
    return DIGITS.matcher(plain).matches() ? OptionalLong.of(Long.parseLong(plain)) : OptionalLong.empty();
  }

  /**
   * {@code base} times a multiplier word's value ("3 million", "two dozen"), or {@link
   * Long#MAX_VALUE} where the product does not fit in a long: no toll is that large, and {@link
   * NotCounts#isImplausible} drops it. (A spelled sixteen-digit number times "billion" used to
   * overflow into a negative count, which {@code Count} refuses: found by {@code
   * AmountWordsFuzzTest}.)
   */
  static long scaled(long base, long multiplier) {
    try {
      return Math.multiplyExact(base, multiplier);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
