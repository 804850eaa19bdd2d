package org.eventfacts.place;

import org.eventfacts.fact.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer's entries in columns (one array per field of {@link GeoName}), each entry made a
 * {@code GeoName} on the first lookup that returns it and kept, so that a lookup returns the same
 * object every time and the entries no story names never become objects.
 */
final class PlaceTable {

  private final PackedStrings strings;
  private final PlaceKind[] kindsByCode;
  private final int[] names;
  private final byte[] kinds;
  private final int[] countries;
  private final int[] regions;
  private final long[] populations;
  /** Latitudes and longitudes; NaN where an entry has none. */
  private final double[] lats;
  private final double[] lons;
  private final int[] cities;
  private final int[] counties;

  /** Entries made so far; a benign race, since a {@code GeoName} is immutable. */
  private final @Nullable GeoName[] made;

  /** A table over {@code strings}; string columns hold string numbers, -1 for none. */
  PlaceTable(
      PackedStrings strings,
      PlaceKind[] kindsByCode,
      int[] names,
      byte[] kinds,
      int[] countries,
      int[] regions,
      long[] populations,
      double[] lats,
      double[] lons,
      int[] cities,
      int[] counties) {
    int n = names.length;
    if (kinds.length != n
        || countries.length != n
        || regions.length != n
        || populations.length != n
        || lats.length != n
        || lons.length != n
        || cities.length != n
        || counties.length != n) {
      throw new IllegalArgumentException("the place table's columns differ in length");
    }
    this.strings = strings;
    this.kindsByCode = kindsByCode.clone();
    this.names = names;
    this.kinds = kinds;
    this.countries = countries;
    this.regions = regions;
    this.populations = populations;
    this.lats = lats;
    this.lons = lons;
    this.cities = cities;
    this.counties = counties;
    this.made = new GeoName[n];
  }

  /** Entry {@code i}. */
  GeoName place(int i) {
    GeoName place = made[i];
    if (place == null) {
      place =
          new GeoName(
              strings.get(names[i]),
              kindsByCode[kinds[i]],
              strings.get(countries[i]),
              strings.get(regions[i]),
              populations[i],
              Double.isNaN(lats[i]) ? null : lats[i],
              Double.isNaN(lons[i]) ? null : lons[i],
              strings.get(cities[i]),
              strings.get(counties[i]));
      made[i] = place;
    }
    return place;
  }


  /** Bytes of heap the columns hold (the entries made so far not counted). */
  long bytes() {
    return strings.packedBytes() + names.length * (4L * 6 + 1 + 8 * 3 + 4);
  }
}
