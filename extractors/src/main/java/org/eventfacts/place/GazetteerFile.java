package org.eventfacts.place;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eventfacts.fact.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * The bundled gazetteer's binary form ({@code gazetteer.bin.gz}): columns of numbers and packed
 * UTF-8 strings that load with a few bulk reads, instead of text to split, normalise and hash on
 * every start. The names are stored already normalised ({@link GeoNamesGazetteer#key}) and
 * sorted, each with its entries already in rank order, so that loading does no work per entry.
 *
 * <p>{@code BuildGazetteerFile} (test sources) writes it from {@code
 * tools/gazetteer/gazetteer.tsv.gz}, the text form that {@code tools/gazetteer/build_gazetteer.py}
 * builds from GeoNames data; a test checks that the bundled file is what it writes.
 *
 * <p>Layout (big-endian, gzipped): the magic number and version; the strings (count, lengths,
 * UTF-8 bytes); the kinds of place by name; the entries in columns (name, kind, country,
 * region, population, latitude, longitude, city, county: string numbers or -1 for none,
 * coordinates in hundredths of a degree); the names (count, lengths, UTF-8 bytes, how
 * many entries each names, the entry numbers); region names and country names as pairs of
 * string numbers.
 */
final class GazetteerFile {

  private static final int MAGIC = 0x45464758; // "EFGX"
  private static final int VERSION = 1;
  private static final int NO_DEGREES = Integer.MIN_VALUE;
  private static final int MINUS_ZERO = Integer.MIN_VALUE + 1;

  private GazetteerFile() {}

  /** What a gazetteer file holds. */
  record Contents(
      PlaceTable places,
      NameIndex names,
      Map<String, String> regionNames,
      Map<String, String> countryNames) {}

  /** Reads a gazetteer file (gzipped). */
  static Contents read(InputStream gzipped) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
      bytes = in.readAllBytes();
    }
    try {
      return read(ByteBuffer.wrap(bytes));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("the gazetteer file is damaged", e);
    }
  }

  private static Contents read(ByteBuffer in) throws IOException {
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IOException("not a gazetteer file of version " + VERSION);
    }
    int stringCount = in.getInt();
    int[] stringStarts = starts(in, stringCount);
    PackedStrings strings = new PackedStrings(bytes(in, stringStarts[stringCount]), stringStarts);
    PlaceKind[] kinds = new PlaceKind[in.getInt()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = PlaceKind.valueOf(strings.get(in.getInt()));
    }
    int n = in.getInt();
    PlaceTable places =
        new PlaceTable(
            strings,
            kinds,
            ints(in, n),
            bytes(in, n),
            ints(in, n),
            ints(in, n),
            longs(in, n),
            degrees(ints(in, n)),
            degrees(ints(in, n)),
            ints(in, n),
            ints(in, n));
    int keyCount = in.getInt();
    int[] keyStarts = starts(in, keyCount);
    byte[] keys = bytes(in, keyStarts[keyCount]);
    int[] entryStarts = starts(in, keyCount);
    NameIndex names = new NameIndex(keys, keyStarts, entryStarts, ints(in, entryStarts[keyCount]));
    Map<String, String> regionNames = pairs(in, strings);
    Map<String, String> countryNames = pairs(in, strings);
    if (in.hasRemaining()) {
      throw new IOException("the gazetteer file has " + in.remaining() + " bytes too many");
    }
    return new Contents(places, names, regionNames, countryNames);
  }

  /**
   * Writes a gazetteer file (gzipped) of {@code byKey}: each normalised name with its entries in
   * rank order.
   */
  static void write(
      Map<String, ? extends List<GeoName>> byKey,
      Map<String, String> regionNames,
      Map<String, String> countryNames,
      OutputStream out)
      throws IOException {
    TreeMap<byte[], List<GeoName>> sorted = new TreeMap<>(Arrays::compareUnsigned);
    byKey.forEach((key, places) -> {
      if (!key.equals(GeoNamesGazetteer.key(key))) {
        throw new IllegalArgumentException("not a normalised name: " + key);
      }
      sorted.put(key.getBytes(StandardCharsets.UTF_8), places);
    });
    Map<GeoName, Integer> entries = new LinkedHashMap<>();
    for (List<GeoName> places : sorted.values()) {
      for (GeoName place : places) {
        entries.putIfAbsent(place, entries.size());
      }
    }
    StringNumbers strings = new StringNumbers();
    for (PlaceKind kind : PlaceKind.values()) {
      strings.number(kind.name());
    }
    int n = entries.size();
    int[] names = new int[n];
    byte[] kinds = new byte[n];
    int[] countries = new int[n];
    int[] regions = new int[n];
    long[] populations = new long[n];
    double[] lats = new double[n];
    double[] lons = new double[n];
    int[] cities = new int[n];
    int[] counties = new int[n];
    entries.forEach((place, i) -> {
      names[i] = strings.number(place.name());
      kinds[i] = (byte) place.kind().ordinal();
      countries[i] = strings.number(place.countryCode());
      regions[i] = strings.number(place.regionCode());
      populations[i] = place.population();
      lats[i] = place.lat() == null ? Double.NaN : place.lat();
      lons[i] = place.lon() == null ? Double.NaN : place.lon();
      cities[i] = strings.number(place.city());
      counties[i] = strings.number(place.county());
    });
    int[][] regionPairs = strings.pairs(regionNames);
    int[][] countryPairs = strings.pairs(countryNames);

    ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 22);
    DataOutputStream data = new DataOutputStream(raw);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    strings.write(data);
    data.writeInt(PlaceKind.values().length);
    for (PlaceKind kind : PlaceKind.values()) {
      data.writeInt(strings.number(kind.name()));
    }
    data.writeInt(n);
    writeInts(data, names);
    data.write(kinds);
    writeInts(data, countries);
    writeInts(data, regions);
    for (long population : populations) {
      data.writeLong(population);
    }
    writeInts(data, hundredths(lats));
    writeInts(data, hundredths(lons));
    writeInts(data, cities);
    writeInts(data, counties);
    data.writeInt(sorted.size());
    writeLengths(data, sorted.keySet().stream().mapToInt(k -> k.length).toArray());
    for (byte[] key : sorted.keySet()) {
      data.write(key);
    }
    writeLengths(data, sorted.values().stream().mapToInt(List::size).toArray());
    for (List<GeoName> places : sorted.values()) {
      for (GeoName place : places) {
        data.writeInt(entries.get(place));
      }
    }
    writePairs(data, regionPairs);
    writePairs(data, countryPairs);
    data.flush();
    // GZIPOutputStream writes no time stamp, so the same data gives the same bytes
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
      raw.writeTo(gzip);
    }
  }

  /** Strings numbered in the order they are first met. */
  private static final class StringNumbers {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    int number(@Nullable String s) {
      if (s == null) {
        return -1;
      }
      return numbers.computeIfAbsent(s, k -> {
        strings.add(k);
        return strings.size() - 1;
      });
    }

    int[][] pairs(Map<String, String> map) {
      return new TreeMap<>(map).entrySet().stream()
          .map(e -> new int[] {number(e.getKey()), number(e.getValue())})
          .toArray(int[][]::new);
    }

    void write(DataOutputStream data) throws IOException {
      byte[][] encoded =
          strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
      data.writeInt(encoded.length);
      writeLengths(data, Arrays.stream(encoded).mapToInt(b -> b.length).toArray());
      for (byte[] b : encoded) {
        data.write(b);
      }
    }
  }

  /**
   * Lengths as unsigned shorts, which compress far better than the offsets they add up to ({@link
   * #starts} reads them back).
   */
  private static void writeLengths(DataOutputStream data, int[] lengths) throws IOException {
    for (int length : lengths) {
      if (length > 0xFFFF) {
        throw new IllegalArgumentException("a length of " + length + " does not fit the format");
      }
      data.writeShort(length);
    }
  }

  /** Where each of {@code n} items starts, read from their lengths; one more entry, the end. */
  private static int[] starts(ByteBuffer in, int n) {
    int[] starts = new int[n + 1];
    for (int i = 0; i < n; i++) {
      starts[i + 1] = starts[i] + Short.toUnsignedInt(in.getShort());
    }
    return starts;
  }

  private static void writeInts(DataOutputStream data, int[] values) throws IOException {
    for (int value : values) {
      data.writeInt(value);
    }
  }

  private static void writePairs(DataOutputStream data, int[][] pairs) throws IOException {
    data.writeInt(pairs.length);
    for (int[] pair : pairs) {
      data.writeInt(pair[0]);
      data.writeInt(pair[1]);
    }
  }

  private static Map<String, String> pairs(ByteBuffer in, PackedStrings strings) {
    int count = in.getInt();
    Map<String, String> map = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      map.put(strings.get(in.getInt()), strings.get(in.getInt()));
    }
    return Map.copyOf(map);
  }

  private static int[] ints(ByteBuffer in, int n) {
    int[] values = new int[n];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * n);
    return values;
  }

  private static long[] longs(ByteBuffer in, int n) {
    long[] values = new long[n];
    in.asLongBuffer().get(values);
    in.position(in.position() + 8 * n);
    return values;
  }

  /**
   * Coordinates in hundredths of a degree (the text form rounds them so), with {@link #NO_DEGREES}
   * for none and {@link #MINUS_ZERO} for -0.00; each checked to read back as the very same double.
   */
  private static int[] hundredths(double[] degrees) {
    int[] hundredths = new int[degrees.length];
    for (int i = 0; i < degrees.length; i++) {
      double d = degrees[i];
      hundredths[i] =
          Double.isNaN(d)
              ? NO_DEGREES
              : Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0)
                  ? MINUS_ZERO
                  : (int) Math.round(d * 100);
      if (Double.compare(degrees(hundredths[i]), d) != 0) {
        throw new IllegalArgumentException("a coordinate finer than 0.01 degree: " + d);
      }
    }
    return hundredths;
  }

  private static double[] degrees(int[] hundredths) {
    double[] degrees = new double[hundredths.length];
    for (int i = 0; i < hundredths.length; i++) {
      degrees[i] = degrees(hundredths[i]);
    }
    return degrees;
  }

  private static double degrees(int hundredths) {
    return switch (hundredths) {
      case NO_DEGREES -> Double.NaN;
      case MINUS_ZERO -> -0.0;
      default -> hundredths / 100.0;
    };
  }

  private static byte[] bytes(ByteBuffer in, int n) {
    byte[] values = new byte[n];
    in.get(values);
    return values;
  }
}
