package org.eventfacts.place;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strings packed in one UTF-8 array and decoded on first use, each once: a gazetteer's names
 * and codes without an object per string until a lookup needs it.
 */
final class PackedStrings {

  private final byte[] bytes;
  /** Where string {@code i} starts in {@link #bytes}; one more entry, the end of the last. */
  private final int[] starts;

  /** Decoded strings; filled on first use (a benign race: strings are immutable). */
  private final @Nullable String[] decoded;

  PackedStrings(byte[] bytes, int[] starts) {
    if (starts.length == 0 || starts[starts.length - 1] != bytes.length) {
      throw new IllegalArgumentException("string offsets do not end at " + bytes.length);
    }
    this.bytes = bytes;
    this.starts = starts;
    this.decoded = new String[starts.length - 1];
  }

  /** String {@code i}, or {@code null} for {@code -1}. */
  @Nullable String get(int i) {
    if (i < 0) {
      return null;
    }
    String s = decoded[i];
    if (s == null) {
      s = new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
      decoded[i] = s;
    }
    return s;
  }


  /** Bytes of heap the packed form holds (the decoded strings not counted). */
  long packedBytes() {
    return bytes.length + 4L * starts.length + 4L * decoded.length;
  }
}
