package org.eventfacts.count;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Count;
import org.eventfacts.text.ParsedSentence;

/**
 * Numbers that are not counts of people, whatever words follow them: exponent and power notation
 * ("1e25", "10^9"), negative numbers ("-5", "minus three") and values beyond any plausible toll.
 *
 * <pre>{@code
 * NotCounts.isNotation(sentence, first, last)   // "10 ^ 9": true
 * NotCounts.isImplausible(Count.exact("2 billion", 2_000_000_000L))   // true
 * }</pre>
 */
final class NotCounts {

  /**
   * No count of killed, injured, missing or arrested people exceeds this: the deadliest events on
   * record are counted in tens of millions, and a larger number is a statistic, not a toll.
   */
  static final long LARGEST_PLAUSIBLE = 1_000_000_000L;

  private static final Pattern EXPONENT = Pattern.compile(".*\\d[eE][+-]?\\d.*");
  private static final Set<String> POWER = Set.of("^", "**", "\u00D7");
  private static final Set<String> NEGATIVE_WORDS = Set.of("minus", "negative");
  private static final Set<String> MINUS_SIGNS = Set.of("-", "\u2212", "\u2013");

  private NotCounts() {}

  /**
   * Whether the number written in tokens {@code first..last} (1-based, inclusive) is in exponent
   * or power notation, or negative.
   */
  static boolean isNotation(ParsedSentence sentence, int first, int last) {
    for (int i = first; i <= last; i++) {
      String word = sentence.token(i).word();
      if (EXPONENT.matcher(word).matches() || word.contains("^")) {
        return true;
      }
    }
    String number = sentence.token(first).word();
    if (number.length() > 1 && (number.startsWith("-") || number.startsWith("\u2212"))) {
      return true;
    }
    if (first > 1) {
      CoreLabel before = sentence.token(first - 1);
      String word = before.word().toLowerCase(Locale.ROOT);
      if (NEGATIVE_WORDS.contains(word)
          || (POWER.contains(word) && first > 2 && isNumber(sentence.token(first - 2)))) {
        return true;
      }
      // "-5" split by the tokenizer: a minus sign touching the number, after a space or at the start
      if (MINUS_SIGNS.contains(word)
          && before.endPosition() == sentence.token(first).beginPosition()
          && (first == 2 || sentence.token(first - 2).endPosition() < before.beginPosition())) {
        return true;
      }
    }
    if (last + 1 < sentence.tokens().size()) {
      String after = sentence.token(last + 1).word();
      if (POWER.contains(after) && isNumber(sentence.token(last + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A power sign makes notation only between two numbers ("3 \u00D7 10^5", "10 ^ 9"): a stray
   * close-button "\u00D7" or a markdown "**" before a headline's "3 dead" does not.
   */
  private static boolean isNumber(CoreLabel token) {
    return token.word().chars().anyMatch(Character::isDigit);
  }

  /** Whether {@code count} is larger than any toll could be. */
  static boolean isImplausible(Count count) {
    Long least = count.value() != null ? count.value() : count.min();
    return least != null && least > LARGEST_PLAUSIBLE;
  }
}
