package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Where an event happened: the words of the text and what a gazetteer knows of the place they
 * name.
 *
 * <p>From "AURORA, Ill. — Three people were wounded":
 *
 * <pre>{@code
 * place.text()         // "AURORA, Ill."
 * place.name()         // "Aurora"
 * place.kind()         // CITY
 * place.region()       // "Illinois"
 * place.country()      // "United States"
 * place.countryCode()  // "US"
 * place.lat()          // 41.76
 * }</pre>
 *
 * @param text the words that name the place, as written
 * @param name the place's name as the gazetteer gives it; for a neighbourhood, the name of the
 *     city it lies in (its own words are in {@code text})
 * @param kind how large the place is
 * @param region the state, province or region it lies in (its own name for a region), or {@code
 *     null} when unknown or for a country
 * @param country the country's English name, or {@code null} when unknown
 * @param countryCode the country's ISO 3166-1 alpha-2 code, or {@code null} when unknown
 * @param lat the latitude in degrees (city centres only), or {@code null}
 * @param lon the longitude in degrees (city centres only), or {@code null}
 * @param span where the words are
 */
public record Place(
    String text,
    String name,
    PlaceKind kind,
    @Nullable String region,
    @Nullable String country,
    @Nullable String countryCode,
    @Nullable Double lat,
    @Nullable Double lon,
    Span span) {

  public Place {
    checkArgument(text != null && !text.isBlank(), "a place needs its words");
    checkArgument(name != null && !name.isBlank(), "a place needs a name");
    checkNotNull(kind, "kind");
    checkNotNull(span, "span");
    checkArgument(
        countryCode == null || countryCode.matches("[A-Z]{2}"),
        "a country code is two capital letters (ISO 3166-1 alpha-2), got %s",
        countryCode);
    checkArgument((lat == null) == (lon == null), "a place has both coordinates or neither");
    checkArgument(lat == null || Math.abs(lat) <= 90, "latitude out of range: %s", lat);
    checkArgument(lon == null || Math.abs(lon) <= 180, "longitude out of range: %s", lon);
  }
}
