package org.eventfacts.text;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether a word names people or things, from the animacy word lists that ship with CoreNLP's
 * models (built for its coreference system, {@code dcoref/*.unigrams.txt}): "officer",
 * "passenger" and "teen" are animate; "statement", "club" and "car" are not. Each list is read
 * once per JVM, on first use, whichever reader asks.
 *
 * <pre>{@code
 * Animacy.isAnimate("passenger")    // true
 * Animacy.isInanimate("statement")  // true
 * }</pre>
 */
public final class Animacy {

  private static final String DIRECTORY = "edu/stanford/nlp/models/dcoref/";

  private static final Supplier<Set<String>> ANIMATE_WORDS =
      Suppliers.memoize(() -> read("animate.unigrams.txt"));
  private static final Supplier<Set<String>> INANIMATE_WORDS =
      Suppliers.memoize(() -> read("inanimate.unigrams.txt"));
  private static final Supplier<Set<String>> MALE_WORDS =
      Suppliers.memoize(() -> read("male.unigrams.txt"));
  private static final Supplier<Set<String>> FEMALE_WORDS =
      Suppliers.memoize(() -> read("female.unigrams.txt"));

  private Animacy() {}

  /**
   * Whether {@code noun} (a lemma or word) is known to name a thing and not a person; unknown
   * words are given the benefit of the doubt.
   */
  public static boolean isInanimate(String noun) {
    String word = noun.toLowerCase(Locale.ROOT);
    return INANIMATE_WORDS.get().contains(word) && !ANIMATE_WORDS.get().contains(word);
  }

  /** Whether {@code noun} is known to name a person or another living being. */
  public static boolean isAnimate(String noun) {
    return ANIMATE_WORDS.get().contains(noun.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code word} is on the list of words for things, whatever else it is: "Church",
   * "Grace", "Space".
   */
  public static boolean isListedAsThing(String word) {
    return INANIMATE_WORDS.get().contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code word} is known only as the name of someone or a word for someone (the animate,
   * male and female lists) and never as a thing's: "Lentz" or "Carnegie" is someone's; "Heritage",
   * "Harvard" or "Peace" is not.
   */
  public static boolean isOnlyAnimate(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return (ANIMATE_WORDS.get().contains(lower)
            || MALE_WORDS.get().contains(lower)
            || FEMALE_WORDS.get().contains(lower))
        && !INANIMATE_WORDS.get().contains(lower);
  }

  /**
   * The words of one list, trimmed and lower-cased, one a line. Read whole and split by hand: the
   * lists hold 130,000 words, and a reader of lines and an immutable set's growing table cost
   * about twice as much on a cold JVM.
   */
  private static Set<String> read(String file) {
    String resource = DIRECTORY + file;
    InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar is not on the class path: " + resource + " is missing");
    }
    String all;
    try (in) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Set<String> words = new HashSet<>(all.length() / 4);
    int start = 0;
    for (int i = 0; i <= all.length(); i++) {
      if (i == all.length() || all.charAt(i) == '\n' || all.charAt(i) == '\r') {
        String word = all.substring(start, i).trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          words.add(word);
        }
        start = i + 1;
      }
    }
    return Collections.unmodifiableSet(words);
  }
}
