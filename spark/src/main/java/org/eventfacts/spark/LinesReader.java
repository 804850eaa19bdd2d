package org.eventfacts.spark;

import java.io.Reader;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The lines of an iterator as one character stream, each followed by a line break, read as they
 * come: the driver reads a Dataset's lines partition by partition ({@code toLocalIterator}) as a
 * file of JSON Lines, never holding them all.
 */
final class LinesReader extends Reader {

  private final Iterator<String> lines;
  private @Nullable String current;
  private int position;

  LinesReader(Iterator<String> lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (current == null || position > current.length()) {
      if (!lines.hasNext()) {
        return -1;
      }
      current = lines.next();
      position = 0;
    }
    int read = 0;
    while (read < length && position <= current.length()) {
      if (position == current.length()) {
        buffer[offset + read++] = '\n';
        position++;
        break;
      }
      int count = Math.min(length - read, current.length() - position);
      current.getChars(position, position + count, buffer, offset + read);
      position += count;
      read += count;
    }
    return read;
  }

  @Override
  public void close() {
    current = null;
  }
}
