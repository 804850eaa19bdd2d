package org.eventfacts.place;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The gazetteer's names, normalised ({@link GeoNamesGazetteer#key}), sorted by their UTF-8 bytes
 * and packed in one array, each with the entries it names in rank order: a name is found by
 * binary search, with no hash map and no object per name.
 */
final class NameIndex {

  private final byte[] keys;
  /** Where key {@code i} starts in {@link #keys}; one more entry, the end of the last. */
  private final int[] keyStarts;
  /** Where the entries of key {@code i} start in {@link #entries}; one more entry. */
  private final int[] entryStarts;
  /** Entry numbers of every key, key after key. */
  private final int[] entries;

  NameIndex(byte[] keys, int[] keyStarts, int[] entryStarts, int[] entries) {
    if (keyStarts.length != entryStarts.length
        || keyStarts.length == 0
        || keyStarts[keyStarts.length - 1] != keys.length
        || entryStarts[entryStarts.length - 1] != entries.length) {
      throw new IllegalArgumentException("the name index's offsets do not fit its arrays");
    }
    this.keys = keys;
    this.keyStarts = keyStarts;
    this.entryStarts = entryStarts;
    this.entries = entries;
  }

  /** The number of the key equal to {@code key}, or -1. */
  int find(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = keyStarts.length - 2;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compare(middle, wanted);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /** How many entries key {@code k} names. */
  int entryCount(int k) {
    return entryStarts[k + 1] - entryStarts[k];
  }

  /** The {@code i}th entry key {@code k} names, in rank order. */
  int entry(int k, int i) {
    return entries[entryStarts[k] + i];
  }

  /** Bytes of heap the index holds. */
  long bytes() {
    return keys.length + 4L * (keyStarts.length + entryStarts.length + entries.length);
  }

  /** Key {@code k} against {@code wanted}, byte by byte as unsigned values, then by length. */
  private int compare(int k, byte[] wanted) {
    int start = keyStarts[k];
    int length = keyStarts[k + 1] - start;
    return Arrays.compareUnsigned(keys, start, start + length, wanted, 0, wanted.length);
  }
}
