package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a short, capitalised form is the initials of a longer name: "NGC" of "Northern
 * Grain Council", "UDF" of "United Dockworkers Federation", "U.N." of "United Nations". Function
 * words may be skipped or counted ("OAS" of "Organization of American States").
 */
final class Acronyms {

  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of("of", "the", "and", "for", "on", "in", "&", "de", "du", "la", "des", "to");

  private Acronyms() {}

  /** Whether {@code word} looks like an acronym: two to eight capitals, dots allowed. */
  static boolean looksLikeAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2
        && letters.length() <= 8
        && letters.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
        && Character.isLetter(letters.charAt(0));
  }

  /** Whether {@code shortForm} is the initials of {@code longWords} (the long name's words). */
  static boolean isAcronymOf(String shortForm, List<String> longWords) {
    if (!looksLikeAcronym(shortForm) || longWords.size() < 2) {
      return false;
    }
    String letters = shortForm.replace(".", "").replace("&", "").toLowerCase(Locale.ROOT);
    StringBuilder content = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String word : longWords) {
      for (String part : word.split("-")) {
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
          continue;
        }
        char initial = Character.toLowerCase(part.charAt(0));
        all.append(initial);
        if (!FUNCTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
          content.append(initial);
        }
      }
    }
    return letters.contentEquals(content) || letters.contentEquals(all);
  }
}
