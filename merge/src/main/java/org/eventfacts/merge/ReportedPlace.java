package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a document says an event happened, as the gazetteer resolved it: the merge compares
 * places by these fields (country code, region, the city's name and coordinates), never by the
 * words of the text, so that "CHICAGO —" and "in Chicago, Ill." are one place and Paris, Texas is
 * not Paris, France.
 *
 * <pre>{@code
 * new ReportedPlace("Aurora", PlaceKind.CITY, "Illinois", "United States", "US", 41.76, -88.32)
 * }</pre>
 *
 * @param name the gazetteer's name of the place (for a city, the city)
 * @param kind how large the place is
 * @param region the first-level region it lies in (its own name for a region), or {@code null}
 * @param country the country's English name, or {@code null}
 * @param countryCode the ISO 3166-1 alpha-2 code, or {@code null}
 * @param lat the latitude in degrees, or {@code null}
 * @param lon the longitude in degrees, or {@code null}
 */
public record ReportedPlace(
    String name,
    PlaceKind kind,
    @Nullable String region,
    @Nullable String country,
    @Nullable String countryCode,
    @Nullable Double lat,
    @Nullable Double lon) {

  public ReportedPlace {
    checkArgument(name != null && !name.isBlank(), "a place needs a name");
    checkNotNull(kind, "kind");
    checkArgument((lat == null) == (lon == null), "a place has both coordinates or neither");
  }

  /** The place of an event of the fact model. */
  public static ReportedPlace of(Place place) {
    return new ReportedPlace(
        place.name(),
        place.kind(),
        place.region(),
        place.country(),
        place.countryCode(),
        place.lat(),
        place.lon());
  }
}
