package org.eventfacts.place;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The {@link Gazetteer} read from {@code gazetteer.bin.gz} ({@link GazetteerFile}), which holds
 * the GeoNames data (CC BY 4.0) that {@code tools/gazetteer/build_gazetteer.py} selects: about
 * 124,000 cities, towns and neighbourhoods of 1,000 people or more, 3,900 first-level regions,
 * the 3,200 counties of the United States and 250 countries. Read once per JVM on first use: the
 * file is already in the form lookups search (names normalised and sorted, entries in columns),
 * so loading is a gunzip and a few bulk reads, about 0.1 s of CPU, and keeps 12 MB of heap (no
 * object per entry until a lookup returns it); a lookup takes 1 to 2 µs (the {@code
 * GazetteerLoad} benchmark; figures in the README).
 */
final class GeoNamesGazetteer implements Gazetteer {

  private static final String RESOURCE = "gazetteer.bin.gz";
  /** The load of the bundled data, once started. */
  private static final AtomicReference<CompletableFuture<GeoNamesGazetteer>> LOAD =
      new AtomicReference<>();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final PlaceTable places;
  private final NameIndex names;
  private final Map<String, String> regionNames;
  private final Map<String, String> countryNames;

  private GeoNamesGazetteer(GazetteerFile.Contents contents) {
    this.places = contents.places();
    this.names = contents.names();
    this.regionNames = contents.regionNames();
    this.countryNames = contents.countryNames();
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
    int k = names.find(key(name));
    if (k < 0) {
      return ImmutableList.of();
    }
    int count = names.entryCount(k);
    if (count == 1) {
      return ImmutableList.of(places.place(names.entry(k, 0)));
    }
    ImmutableList.Builder<GeoName> found = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      found.add(places.place(names.entry(k, i)));
    }
    return found.build();
  }

  /** Bytes of heap the loaded data holds, before any entry has been looked up. */
  long bytes() {
    return places.bytes() + names.bytes();
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
    try (resource) {
      return new GeoNamesGazetteer(GazetteerFile.read(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
    }
  }
}
