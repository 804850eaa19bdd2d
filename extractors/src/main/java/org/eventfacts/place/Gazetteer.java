package org.eventfacts.place;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Knows places by name: cities with their first-level region and country, regions, countries,
 * and their alternate names. The default is built from GeoNames data bundled with the library
 * (CC BY 4.0), loaded on first use.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.geoNames();
 * gazetteer.named("Paris")              // Paris, France first, then Paris, Texas, ... by population
 * gazetteer.regionName("US", "IL")      // Optional["Illinois"]
 * gazetteer.countryName("KZ")           // Optional["Kazakhstan"]
 * }</pre>
 */
public interface Gazetteer {

  /**
   * The places a name may refer to (case and diacritics ignored; own names before alternate
   * ones, then the more populous first).
   */
  ImmutableList<GeoName> named(String name);

  /** The name of a first-level region: {@code regionName("US", "IL")} is "Illinois". */
  Optional<String> regionName(String countryCode, String regionCode);

  /** The English name of a country by its ISO 3166-1 alpha-2 code. */
  Optional<String> countryName(String countryCode);

  /** Loads the data now, if it loads lazily, so that the first lookup is not slow. */
  default void load() {
    named("");
  }

  /**
   * Starts loading the data on a background thread, if it loads lazily and has not started, and
   * returns at once; a lookup meanwhile waits for the load. Start it when other slow work begins
   * (the CoreNLP models load for seconds), so that the two overlap.
   */
  default void loadInBackground() {}

  /**
   * The gazetteer built from the GeoNames data bundled with eventfacts, loaded on the first
   * lookup (or by {@link #load()}).
   */
  static Gazetteer geoNames() {
    return GeoNamesGazetteer.lazy();
  }
}
