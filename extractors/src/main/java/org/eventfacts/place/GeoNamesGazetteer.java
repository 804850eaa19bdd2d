package org.eventfacts.place;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eventfacts.fact.PlaceKind;

/**
 * The {@link Gazetteer} read from {@code gazetteer.tsv.gz}, which {@code
 * tools/gazetteer/build_gazetteer.py} builds from GeoNames data (CC BY 4.0): about 124,000
 * cities, towns and neighbourhoods of 1,000 people or more, 3,900 first-level regions, the
 * 3,200 counties of the United States and 250 countries. Read once per JVM on first use (about 1
 * s of CPU in the reading thread, 3 to 4 s of the process's with JIT compilation and garbage
 * collection); it then keeps about 55 MB of heap, and a lookup takes about 2 µs (the {@code
 * GazetteerLoad} benchmark; figures in the README).
 */
final class GeoNamesGazetteer implements Gazetteer {

  private static final String RESOURCE = "gazetteer.tsv.gz";
  /** The load of the bundled data, once started. */
  private static final AtomicReference<CompletableFuture<GeoNamesGazetteer>> LOAD =
      new AtomicReference<>();
  private static final Splitter TAB = Splitter.on('\t');
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Splitter BAR = Splitter.on('|').omitEmptyStrings();

  /**
   * Entries by normalised name: one {@link Named}, or an {@code ImmutableList<GeoName>} in rank
   * order where several entries share the name.
   */
  private final Map<String, Object> byName;

  private final Map<String, String> regionNames;
  private final Map<String, String> countryNames;

  /** A name an entry is known by, and whether it is the entry's own name. */
  private record Named(GeoName place, boolean own) {}

  private static final Comparator<Named> RANK =
      Comparator.comparing((Named n) -> !n.own())
          .thenComparing(n -> -n.place().population());

  private GeoNamesGazetteer(
      Map<String, Object> byName, Map<String, String> regionNames, Map<String, String> countryNames) {
    this.byName = byName;
    this.regionNames = regionNames;
    this.countryNames = countryNames;
  }

  /** The bundled gazetteer, loaded now (or waited for, if it is loading) if it is not yet. */
  static GeoNamesGazetteer bundled() {
    try {
      return loading(false).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
  }

  /**
   * The one load of the bundled data per JVM: started by the first caller, on a daemon thread of
   * its own when {@code background}, else in the caller's thread.
   */
  private static CompletableFuture<GeoNamesGazetteer> loading(boolean background) {
    CompletableFuture<GeoNamesGazetteer> started = LOAD.get();
    if (started != null) {
      return started;
    }
    CompletableFuture<GeoNamesGazetteer> load = new CompletableFuture<>();
    if (!LOAD.compareAndSet(null, load)) {
      return LOAD.get();
    }
    Runnable read =
        () -> {
          try {
            load.complete(read());
          } catch (RuntimeException | Error e) {
            load.completeExceptionally(e);
          }
        };
    if (background) {
      Thread thread = new Thread(read, "eventfacts-gazetteer");
      thread.setDaemon(true);
      thread.start();
    } else {
      read.run();
    }
    return load;
  }

  /** The bundled gazetteer, loaded on the first lookup. */
  static Gazetteer lazy() {
    return Lazy.INSTANCE;
  }

  private enum Lazy implements Gazetteer {
    INSTANCE;

    @Override
    public ImmutableList<GeoName> named(String name) {
      return bundled().named(name);
    }

    @Override
    public Optional<String> regionName(String countryCode, String regionCode) {
      return bundled().regionName(countryCode, regionCode);
    }

    @Override
    public Optional<String> countryName(String countryCode) {
      return bundled().countryName(countryCode);
    }

    @Override
    public void loadInBackground() {
      loading(true);
    }
  }


  @Override
  public ImmutableList<GeoName> named(String name) {
    Object found = byName.get(key(name));
    if (found == null) {
      return ImmutableList.of();
    }
    if (found instanceof Named one) {
      return ImmutableList.of(one.place());
    }
    @SuppressWarnings("unchecked")
    ImmutableList<GeoName> many = (ImmutableList<GeoName>) found;
    return many;
  }

  @Override
  public Optional<String> regionName(String countryCode, String regionCode) {
    return Optional.ofNullable(regionNames.get(countryCode + "." + regionCode));
  }

  @Override
  public Optional<String> countryName(String countryCode) {
    return Optional.ofNullable(countryNames.get(countryCode));
  }

  /**
   * Lower case, without diacritics, curly apostrophes straightened, a leading "the" dropped, and
   * "Mt." and "Ft." written out ("Mt. Pleasant" is Mount Pleasant).
   */
  static String key(String name) {
    if (isPlainAscii(name)) {
      return shortened(name.toLowerCase(Locale.ROOT));
    }
    String plain =
        SPACES
            .matcher(
                MARKS
                    .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                    .replaceAll("")
                    .replace('’', '\'')
                    .toLowerCase(Locale.ROOT))
            .replaceAll(" ")
            .trim();
    return shortened(plain);
  }

  private static String shortened(String plain) {
    if (plain.startsWith("the ")) {
      return plain.substring(4);
    }
    if (plain.startsWith("mt. ") || plain.startsWith("ft. ")) {
      return (plain.charAt(0) == 'm' ? "mount " : "fort ") + plain.substring(4);
    }
    return plain;
  }

  private static boolean isPlainAscii(String name) {
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || (Character.isWhitespace(c) && (c != ' ' || previous == ' '))) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  private static GeoNamesGazetteer read() {
    InputStream resource = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE);
    if (resource == null) {
      throw new IllegalStateException("the gazetteer resource " + RESOURCE + " is missing");
    }
    Map<String, Object> byName = new HashMap<>(400_000);
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
            new InputStreamReader(new GZIPInputStream(resource, 1 << 16), StandardCharsets.UTF_8))) {
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
          default -> throw new IllegalStateException("unknown line in " + RESOURCE + ": " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
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
    byName.replaceAll(
        (name, found) -> {
          if (found instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Named> many = (List<Named>) list;
            many.sort(RANK);
            return many.stream().map(Named::place).distinct().collect(ImmutableList.toImmutableList());
          }
          return found;
        });
    return new GeoNamesGazetteer(byName, Map.copyOf(regionNames), Map.copyOf(countryNames));
  }

  private static void add(Map<String, Object> byName, String name, Named named) {
    byName.merge(
        key(name),
        named,
        (old, added) -> {
          List<Named> many;
          if (old instanceof Named one) {
            many = new ArrayList<>(2);
            many.add(one);
          } else {
            @SuppressWarnings("unchecked")
            List<Named> list = (List<Named>) old;
            many = list;
          }
          many.add((Named) added);
          return many;
        });
  }
}
