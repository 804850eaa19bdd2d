package org.eventfacts.place;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link Gazetteer}: a city, a neighbourhood, a region or a country.
 *
 * <pre>{@code
 * GeoName aurora = gazetteer.named("Aurora").get(0);
 * aurora.kind()         // CITY
 * aurora.countryCode()  // "US"
 * aurora.regionCode()   // "IL": GeoNames' first-level code, the postal code in the United States
 * }</pre>
 *
 * @param name the entry's own name
 * @param kind what it is
 * @param countryCode the ISO 3166-1 alpha-2 code of its country
 * @param regionCode the GeoNames code of its first-level region within the country, or {@code
 *     null} for a country
 * @param population how many people live there (for regions and countries, in the places the
 *     gazetteer lists); ranks entries that share a name
 * @param lat latitude of a city or neighbourhood, or {@code null}
 * @param lon longitude of a city or neighbourhood, or {@code null}
 * @param city the city a neighbourhood lies in, or {@code null}
 * @param county the county a town of the United States lies in, or {@code null}
 */
public record GeoName(
    String name,
    PlaceKind kind,
    String countryCode,
    @Nullable String regionCode,
    long population,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable String city,
    @Nullable String county) {

  public GeoName {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkArgument(countryCode != null && countryCode.length() == 2, "country code of %s", name);
  }

  /** Whether {@code words} are this entry's own name, as the gazetteer compares names. */
  boolean isNamed(String words) {
    return GeoNamesGazetteer.key(name).equals(GeoNamesGazetteer.key(words));
  }
}
