package org.eventfacts.place;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eventfacts.fact.PlaceKind;

/**
 * The gazetteer's text form, {@code tools/gazetteer/gazetteer.tsv.gz} (written by {@code
 * build_gazetteer.py}; its line format is described there), read into what {@link
 * GazetteerFile#write} stores: every normalised name with its entries in rank order (own names
 * before alternate ones, then the more populous first, then in the order of the file).
 *
 * @param byKey entries by normalised name ({@link GeoNamesGazetteer#key})
 * @param regionNames first-level region names by "country.region" code
 * @param countryNames country names by ISO 3166-1 alpha-2 code
 */
record GazetteerTsv(
    ImmutableMap<String, ImmutableList<GeoName>> byKey,
    ImmutableMap<String, String> regionNames,
    ImmutableMap<String, String> countryNames) {

  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter BAR = Splitter.on('|').omitEmptyStrings();

  /** A name an entry is known by, and whether it is the entry's own name. */
  private record Named(GeoName place, boolean own) {}

  private static final Comparator<Named> RANK =
      Comparator.comparing((Named n) -> !n.own()).thenComparing(n -> -n.place().population());

  /** Reads the gzipped text form. */
  static GazetteerTsv read(InputStream gzipped) throws IOException {
    Map<String, List<Named>> byName = new HashMap<>(400_000);
    Map<String, String> regionNames = new HashMap<>();
    Map<String, String> countryNames = new HashMap<>();
    Map<String, long[]> regionPopulation = new HashMap<>();
    Map<String, long[]> countryPopulation = new HashMap<>();
    List<String[]> countries = new ArrayList<>();
    List<String[]> regions = new ArrayList<>();
    List<String[]> counties = new ArrayList<>();
    Map<String, String> countyNames = new HashMap<>();
    Map<String, long[]> countyPopulation = new HashMap<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        List<String> f = TAB.splitToList(line);
        switch (f.get(0)) {
          case "C" -> {
            countryNames.put(f.get(1), f.get(2));
            countries.add(f.toArray(String[]::new));
          }
          case "R" -> {
            regionNames.put(f.get(1) + "." + f.get(2), f.get(3));
            regions.add(f.toArray(String[]::new));
          }
          case "A" -> {
            String code = f.get(1) + "." + f.get(2) + "." + f.get(3);
            countyNames.put(code, f.get(4));
            counties.add(f.toArray(String[]::new));
          }
          case "P" -> {
            long population = Long.parseLong(f.get(4));
            GeoName place =
                new GeoName(
                    f.get(1),
                    f.get(7).equals("N") ? PlaceKind.NEIGHBOURHOOD : PlaceKind.CITY,
                    f.get(2),
                    f.get(3),
                    population,
                    Double.parseDouble(f.get(5)),
                    Double.parseDouble(f.get(6)),
                    f.get(8).isEmpty() ? null : f.get(8),
                    f.size() > 10 && !f.get(10).isEmpty()
                        ? countyNames.get(f.get(2) + "." + f.get(3) + "." + f.get(10))
                        : null);
            if (place.county() != null) {
              countyPopulation.computeIfAbsent(
                      f.get(2) + "." + f.get(3) + "." + f.get(10), k -> new long[1])[0] +=
                  population;
            }
            add(byName, place.name(), new Named(place, true));
            for (String alternate : BAR.split(f.get(9))) {
              add(byName, alternate, new Named(place, false));
            }
            regionPopulation.computeIfAbsent(f.get(2) + "." + f.get(3), k -> new long[1])[0] +=
                population;
            countryPopulation.computeIfAbsent(f.get(2), k -> new long[1])[0] += population;
          }
          default -> throw new IOException("unknown line in the gazetteer: " + line);
        }
      }
    }
    for (String[] a : counties) {
      long[] population = countyPopulation.get(a[1] + "." + a[2] + "." + a[3]);
      GeoName county =
          new GeoName(
              a[4], PlaceKind.COUNTY, a[1], a[2], population == null ? 0 : population[0], null,
              null, null, null);
      add(byName, county.name(), new Named(county, true));
    }
    for (String[] r : regions) {
      long[] population = regionPopulation.get(r[1] + "." + r[2]);
      GeoName region =
          new GeoName(
              r[3], PlaceKind.REGION, r[1], r[2], population == null ? 0 : population[0], null,
              null, null, null);
      add(byName, region.name(), new Named(region, true));
    }
    for (String[] c : countries) {
      long[] population = countryPopulation.get(c[1]);
      GeoName country =
          new GeoName(
              c[2], PlaceKind.COUNTRY, c[1], null, population == null ? 0 : population[0], null,
              null, null, null);
      add(byName, country.name(), new Named(country, true));
      if (c.length > 3) {
        for (String alternate : BAR.split(c[3])) {
          add(byName, alternate, new Named(country, true));
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableList<GeoName>> byKey =
        ImmutableMap.builderWithExpectedSize(byName.size());
    byName.forEach(
        (key, many) -> {
          many.sort(RANK); // stable: ties keep the order of the file
          byKey.put(
              key,
              many.stream().map(Named::place).distinct().collect(ImmutableList.toImmutableList()));
        });
    return new GazetteerTsv(
        byKey.buildOrThrow(), ImmutableMap.copyOf(regionNames), ImmutableMap.copyOf(countryNames));
  }

  private static void add(Map<String, List<Named>> byName, String name, Named named) {
    byName.computeIfAbsent(GeoNamesGazetteer.key(name), k -> new ArrayList<>(1)).add(named);
  }
}
