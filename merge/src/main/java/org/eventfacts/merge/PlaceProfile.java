package org.eventfacts.merge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A place reduced to what identifies it: the country code, the region and the name folded to
 * lower case without accents, how large it is, and its coordinates.
 *
 * <p>Two cities are the same place when they have the same name in the same region, or when their
 * centres lie within {@link #NEAR_KM} of each other (a borough and its city, "Brooklyn" and "New
 * York"); two cities farther apart are different places, as are two counties of different names.
 * A region or a country is compatible with every place inside it.
 */
record PlaceProfile(
    String name,
    Level level,
    @Nullable String region,
    @Nullable String countryCode,
    @Nullable Double lat,
    @Nullable Double lon) {

  /** How far apart two city centres may lie and still be one place, in kilometres. */
  static final double NEAR_KM = 30;

  private static final double EARTH_RADIUS_KM = 6371;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** How large a place is, as far as identity goes. */
  enum Level {
    /** A street, a building or a neighbourhood, or a kind of place the merge does not know. */
    LOCAL,
    /** A city, town or village. */
    CITY,
    /** A county or district: a division of a region. */
    COUNTY,
    /** A state, province or region. */
    REGION,
    /** A country. */
    COUNTRY
  }

  static PlaceProfile of(ReportedPlace place) {
    return new PlaceProfile(
        fold(place.name()),
        levelOf(place.kind().name()),
        place.region() == null ? null : fold(place.region()),
        place.countryCode() == null ? null : place.countryCode().toUpperCase(Locale.ROOT),
        place.lat(),
        place.lon());
  }

  /** The key places are blocked by: country code and region, either empty when unknown. */
  String blockKey() {
    return Objects.requireNonNullElse(countryCode, "") + "|" + Objects.requireNonNullElse(region, "");
  }

  /** Whether the two may be one place (a region and a city in it, or two names of one city). */
  boolean compatibleWith(PlaceProfile other) {
    if (countryCode != null && other.countryCode != null && !countryCode.equals(other.countryCode)) {
      return false;
    }
    if (region != null && other.region != null && !region.equals(other.region)) {
      return false;
    }
    if (level == Level.CITY && other.level == Level.CITY) {
      return name.equals(other.name) || near(other);
    }
    if (level == Level.COUNTY && other.level == Level.COUNTY) {
      return name.equals(other.name);
    }
    if (isLocal() && other.isLocal() && hasCoordinates() && other.hasCoordinates()) {
      return near(other);
    }
    return true;
  }

  /** Whether both are cities (or finer) with the same name. */
  boolean sameName(PlaceProfile other) {
    return level == other.level && name.equals(other.name);
  }

  /** Whether this is a city or a place within one. */
  boolean isLocal() {
    return level == Level.CITY || level == Level.LOCAL;
  }

  boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  /** Whether both have coordinates within {@link #NEAR_KM} of each other. */
  boolean near(PlaceProfile other) {
    return hasCoordinates() && other.hasCoordinates() && kilometresTo(other) <= NEAR_KM;
  }

  private double kilometresTo(PlaceProfile other) {
    double lat1 = Math.toRadians(Objects.requireNonNull(lat));
    double lat2 = Math.toRadians(Objects.requireNonNull(other.lat));
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(Objects.requireNonNull(other.lon) - Objects.requireNonNull(lon));
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The level of a {@link org.eventfacts.fact.PlaceKind} by its name, so that a kind the fact
   * model gains later reads as a local place (no constraint beyond its region) until named here.
   */
  private static Level levelOf(String kind) {
    return switch (kind) {
      case "CITY" -> Level.CITY;
      case "COUNTY" -> Level.COUNTY;
      case "REGION" -> Level.REGION;
      case "COUNTRY" -> Level.COUNTRY;
      default -> Level.LOCAL;
    };
  }

  /** Lower case without accents or punctuation, spaces collapsed: "Saint-Étienne" "saint etienne". */
  static String fold(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    String words = PUNCTUATION.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return words.startsWith("the ") ? words.substring(4) : words;
  }
}
