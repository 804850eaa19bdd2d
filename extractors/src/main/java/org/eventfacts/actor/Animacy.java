package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capitalised word is known only as the name of someone: the words CoreNLP's coreference
 * lists ({@code dcoref/animate.unigrams.txt}, {@code male...}, {@code female...}) count as animate
 * and {@code inanimate.unigrams.txt} never as a thing. "Lentz" or "Carnegie" is someone's; "Heritage",
 * "Harvard" or "Peace" is not.
 */
final class Animacy {

  private static final String DIRECTORY = "edu/stanford/nlp/models/dcoref/";
  private static final ImmutableSet<String> INANIMATE = read(false);
  private static final ImmutableSet<String> ONLY_ANIMATE = read(true);

  private Animacy() {}

  /** Whether {@code word} is known as someone's name or a word for someone, and never a thing's. */
  static boolean isOnlyAnimate(String word) {
    return ONLY_ANIMATE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} is known as a word for a thing: "Church", "Grace", "Space". */
  static boolean isThing(String word) {
    return INANIMATE.contains(word.toLowerCase(Locale.ROOT));
  }

  private static ImmutableSet<String> read(boolean animateOnly) {
    Set<String> inanimate = new HashSet<>();
    lines("inanimate.unigrams.txt", inanimate);
    if (!animateOnly) {
      return ImmutableSet.copyOf(inanimate);
    }
    Set<String> animate = new HashSet<>();
    for (String list : new String[] {"animate", "male", "female"}) {
      lines(list + ".unigrams.txt", animate);
    }
    animate.removeAll(inanimate);
    return ImmutableSet.copyOf(animate);
  }

  private static void lines(String file, Set<String> into) {
    InputStream in = Animacy.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar lacks " + DIRECTORY + file + "; put its models on the classpath");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.trim();
        if (!word.isEmpty()) {
          into.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
    }
  }
}
