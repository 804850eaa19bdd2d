package org.eventfacts.actor;

/**
 * How a word is written, which in English news tells names from common words: "Voss" and "NGC" are
 * capitalised, "police" is not. Empty words, which a tokenizer may leave, are neither.
 */
final class Capitals {

  private Capitals() {}

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
