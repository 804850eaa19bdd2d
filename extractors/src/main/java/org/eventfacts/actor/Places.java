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
import org.jspecify.annotations.Nullable;

/**
 * Countries, their other names and their adjectives, read once from the lists CoreNLP's models ship
 * for coreference ({@code dcoref/countries}, {@code dcoref/demonyms.txt}). "US", "U.S." and "United
 * States of America" are the United States; "Russian" is of Russia.
 */
final class Places {

  private static final String COUNTRIES = "edu/stanford/nlp/models/dcoref/countries";
  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  private static final Places INSTANCE = new Places();

  /** Lower-cased country name or alias, to the country's usual name. */
  private final ImmutableMap<String, String> countries;

  /** Lower-cased adjective or inhabitant noun, to the place it is of. */
  private final ImmutableMap<String, String> demonyms;

  private Places() {
    this.countries = readCountries();
    this.demonyms = readDemonyms(countries);
  }

  static Places instance() {
    return INSTANCE;
  }

  /** The country {@code name} names ("U.S." gives "United States"), or {@code null}. */
  @Nullable String country(String name) {
    return countries.get(key(name));
  }

  /** The country or region an adjective or inhabitant noun is of ("Polish" gives "Poland"). */
  @Nullable String placeOfDemonym(String word) {
    return demonyms.get(key(word));
  }

  private static String key(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  private static ImmutableMap<String, String> readCountries() {
    Map<String, String> countries = new HashMap<>();
    String current = null;
    for (String line : lines(COUNTRIES)) {
      String[] fields = line.split("\t");
      if (fields.length < 2 || fields[1].isBlank()) {
        continue;
      }
      String name = fields[1].trim();
      if (name.endsWith(", The")) {
        name = name.substring(0, name.length() - ", The".length());
      }
      if (!fields[0].trim().equals("000") || current == null) {
        current = name;
      }
      countries.putIfAbsent(key(name), current);
    }
    // Common forms the list lacks.
    countries.putIfAbsent("america", "United States");
    countries.putIfAbsent("britain", "United Kingdom");
    countries.putIfAbsent("great britain", "United Kingdom");
    return ImmutableMap.copyOf(countries);
  }

  private static ImmutableMap<String, String> readDemonyms(Map<String, String> countries) {
    Map<String, String> demonyms = new HashMap<>();
    for (String line : lines(DEMONYMS)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      String place = fields[0].trim();
      if (place.endsWith(".")) {
        place = place.substring(0, place.length() - 1);
      }
      String country = countries.getOrDefault(key(place), place);
      for (int i = 1; i < fields.length; i++) {
        if (!fields[i].isBlank()) {
          demonyms.putIfAbsent(key(fields[i]), country);
        }
      }
    }
    return ImmutableMap.copyOf(demonyms);
  }

  private static Iterable<String> lines(String resource) {
    InputStream in = Places.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "CoreNLP's models jar lacks "
              + resource
              + "; put stanford-corenlp models on the classpath");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
