package org.eventfacts.text;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether a common noun names people or things, from the animacy word lists that ship with
 * CoreNLP's models (built for its coreference system): "officer", "passenger" and "teen" are
 * animate; "statement", "club" and "car" are not. Loaded once per JVM on first use.
 */
public final class Animacy {

  private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

  private static final Supplier<ImmutableSet<String>> ANIMATE_WORDS =
      Suppliers.memoize(() -> read(ANIMATE));
  private static final Supplier<ImmutableSet<String>> INANIMATE_WORDS =
      Suppliers.memoize(() -> read(INANIMATE));

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

  private static ImmutableSet<String> read(String resource) {
    InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar is not on the class path: " + resource + " is missing");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      ImmutableSet.Builder<String> words = ImmutableSet.builder();
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      return words.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
