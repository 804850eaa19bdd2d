package org.eventfacts.spark;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a file's bytes as the command line does: UTF-8, strictly (a malformed sequence is an
 * error naming its byte offset and line, never a replacement character), a byte order mark
 * dropped, and a UTF-16 mark switching to UTF-16 of that byte order. Line ends are kept, so
 * offsets match the file.
 *
 * <pre>{@code
 * TextBytes decoded = TextBytes.decode(bytes);
 * if (decoded.text() == null) System.err.println(decoded.problem());
 * }</pre>
 *
 * @param text the text, or {@code null} when the bytes are not text
 * @param problem why they are not, or {@code null}
 */
record TextBytes(@Nullable String text, @Nullable String problem) {

  /** The text of {@code bytes}, or what is wrong with them. */
  static TextBytes decode(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length - skip);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new TextBytes(null, problem(bytes, in.position(), result, charset));
    }
    out.flip();
    return new TextBytes(out.toString(), null);
  }

  private static String problem(byte[] bytes, int offset, CoderResult result, Charset charset) {
    int length = Math.max(1, result.length());
    StringBuilder shown = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + Math.min(length, 4)); i++) {
      if (shown.length() > 0) {
        shown.append(' ');
      }
      shown.append(String.format("%02X", bytes[i] & 0xFF));
    }
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return String.format(
        "invalid %s at byte %d (line %d): %s", charset.name(), offset, line, shown);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
