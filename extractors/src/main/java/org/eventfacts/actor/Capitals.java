package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * How a word is written, which in English news tells names from common words: "Voss" and "NGC" are
 * capitalised, "police" is not, and "October" is capitalised without being a name. Empty words,
 * which a tokenizer may leave, are neither.
 */
final class Capitals {

  /**
   * Names of months and days, capitalised in English without naming anyone ("until October",
   * "Monday"). "May" is left out: it is also a surname and a given name.
   */
  private static final ImmutableSet<String> CALENDAR =
      ImmutableSet.of(
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday");

  private Capitals() {}

  /** Whether the word names a month or a day of the week. */
  static boolean isCalendarWord(String word) {
    return CALENDAR.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word starts with a capital letter. */
  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Whether the word starts with a small letter. */
  static boolean isLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  /** Whether the word starts with a letter. */
  static boolean startsWithLetter(String word) {
    return !word.isEmpty() && Character.isLetter(word.charAt(0));
  }
}
