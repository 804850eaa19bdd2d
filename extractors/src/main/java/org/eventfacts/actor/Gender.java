package org.eventfacts.actor;

import org.jspecify.annotations.Nullable;

/** The grammatical gender a person is referred to with: "he" or "she". */
enum Gender {
  MALE,
  FEMALE;

  /** The gender of a third-person pronoun, or {@code null} for other words. */
  static @Nullable Gender ofPronoun(String word) {
    return switch (TitleWords.lower(word)) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> null;
    };
  }
}
