package org.eventfacts.merge;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys under which a person's name is compared across documents: given name and surname,
 * folded, without honorifics or generational suffixes. "Dale R. Morrow Jr." and "Dale Morrow" are
 * both {@code "dale morrow"}. A name of one word ("Morrow") gives no key: a surname alone names too
 * many people to tie two reports together.
 */
final class NameKeys {

  private static final Set<String> HONORIFICS =
      ImmutableSet.of(
          "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "rev", "reverend", "fr", "father",
          "sgt", "sergeant", "officer", "det", "detective", "lt", "capt", "cpl", "pvt", "deputy",
          "trooper", "chief", "gen", "col", "maj");

  private static final Set<String> SUFFIXES = ImmutableSet.of("jr", "sr", "ii", "iii", "iv", "v");

  private NameKeys() {}

  static ImmutableSet<String> of(List<String> names) {
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    for (String name : names) {
      String key = keyOf(name);
      if (key != null) {
        keys.add(key);
      }
    }
    return keys.build();
  }

  static @Nullable String keyOf(String name) {
    List<String> words = new ArrayList<>();
    for (String word : PlaceProfile.fold(name.replace("'", "")).split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    while (!words.isEmpty() && HONORIFICS.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() < 2) {
      return null;
    }
    return words.get(0) + " " + words.get(words.size() - 1);
  }
}
