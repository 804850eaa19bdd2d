package org.eventfacts.actor;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The usual sex of about 14,000 given names, from the list CoreNLP's models ship for coreference
 * ({@code dcoref/namegender.combine.txt}): "Angela" is referred to as "she", "Antony" as "he". Used
 * only to keep a pronoun from resolving to someone it cannot refer to.
 */
final class FirstNames {

  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final ImmutableMap<String, Gender> GENDERS = read();

  private FirstNames() {}

  /** The sex usually meant by the given name {@code name}, or {@code null} when unknown. */
  static @Nullable Gender genderOf(String name) {
    return GENDERS.get(name.toLowerCase(Locale.ROOT));
  }

  private static ImmutableMap<String, Gender> read() {
    InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar lacks "
              + RESOURCE
              + "; put stanford-corenlp models on the classpath");
    }
    Map<String, Gender> genders = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = WHITESPACE.split(line.trim());
        if (fields.length != 2) {
          continue;
        }
        Gender gender =
            switch (fields[1]) {
              case "MALE" -> Gender.MALE;
              case "FEMALE" -> Gender.FEMALE;
              default -> null;
            };
        if (gender != null) {
          genders.putIfAbsent(fields[0], gender);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return ImmutableMap.copyOf(genders);
  }
}
