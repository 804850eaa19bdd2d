package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.List;

/**
 * A fixed list of distinct strings in three arrays, found by content in constant time: the
 * characters of all of them end to end, where each ends, and an open-addressing table of their
 * positions by {@link String#hashCode()}. It holds what a {@code HashMap<String, Integer>} of
 * the same strings holds in a few large arrays instead of a million small objects, so that Java
 * serialization reads it in bulk (a CoreNLP NER model's feature index of 350,000 strings: tens of
 * milliseconds rather than 0.6 s) and the collector has three objects to copy rather than a
 * million.
 *
 * <pre>{@code
 * PackedStrings words = PackedStrings.of(List.of("harbour", "pier"));
 * words.indexOf("pier");   // 1
 * words.get(0);            // "harbour"
 * words.indexOf("quay");   // -1
 * }</pre>
 */
final class PackedStrings implements Serializable {

  private static final long serialVersionUID = 1L;

  private char[] chars;
  private int[] ends;

  /** Position + 1 of the string in each slot, 0 where the slot is empty; a power of two long. */
  private int[] slots;

  private PackedStrings(char[] chars, int[] ends, int[] slots) {
    this.chars = chars;
    this.ends = ends;
    this.slots = slots;
  }

  /**
   * The strings of {@code strings}, in their order.
   *
   * @throws IllegalArgumentException if a string appears twice
   */
  static PackedStrings of(List<String> strings) {
    int length = 0;
    for (String string : strings) {
      length += string.length();
    }
    char[] chars = new char[length];
    int[] ends = new int[strings.size()];
    int end = 0;
    for (int i = 0; i < strings.size(); i++) {
      String string = strings.get(i);
      string.getChars(0, string.length(), chars, end);
      end += string.length();
      ends[i] = end;
    }
    int capacity = Integer.highestOneBit(Math.max(2, strings.size() * 2 - 1)) << 1;
    PackedStrings packed = new PackedStrings(chars, ends, new int[capacity]);
    for (int i = 0; i < strings.size(); i++) {
      int slot = packed.slotOf(strings.get(i));
      checkArgument(packed.slots[slot] == 0, "the string '%s' appears twice", strings.get(i));
      packed.slots[slot] = i + 1;
    }
    return packed;
  }

  /** How many strings there are. */
  int size() {
    return ends.length;
  }

  /** The string at {@code position}. */
  String get(int position) {
    int start = position == 0 ? 0 : ends[position - 1];
    return new String(chars, start, ends[position] - start);
  }

  /** The position of {@code value}, or -1 if it is not one of the strings. */
  int indexOf(Object value) {
    if (!(value instanceof String string)) {
      return -1;
    }
    return slots[slotOf(string)] - 1;
  }

  /** The slot that holds {@code string}, or the empty slot where it would go. */
  private int slotOf(String string) {
    int mask = slots.length - 1;
    int hash = string.hashCode();
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0 || equalsAt(held - 1, string)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean equalsAt(int position, String string) {
    int start = position == 0 ? 0 : ends[position - 1];
    int length = ends[position] - start;
    if (length != string.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != string.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
