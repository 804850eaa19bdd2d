package org.eventfacts.input;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, strictly: invalid UTF-8 is a {@link Decoded.Failure} naming
 * the byte offset, never text with silent replacement characters, unless the decoder is {@link
 * #lenient()}.
 *
 * <ul>
 *   <li>A byte order mark is not part of the text: it is dropped, so offsets count from the first
 *       character an editor shows. A UTF-16 mark ({@code FE FF} or {@code FF FE}) switches to
 *       UTF-16 of that byte order.
 *   <li>Line ends are kept as they are ({@code \r\n} stays two characters), so offsets match the
 *       file.
 *   <li>Lenient decoding replaces each malformed sequence with U+FFFD; offsets then refer to the
 *       decoded text, which may be shorter or longer than the bytes suggest.
 * </ul>
 *
 * <pre>{@code
 * Decoded decoded = TextDecoder.strict().decode(Files.readAllBytes(file));
 * if (decoded instanceof Decoded.Failure failure) System.err.println(failure.message());
 * }</pre>
 */
public final class TextDecoder {

  private static final TextDecoder STRICT = new TextDecoder(false);
  private static final TextDecoder LENIENT = new TextDecoder(true);

  private final boolean lenient;

  private TextDecoder(boolean lenient) {
    this.lenient = lenient;
  }

  /** A decoder that refuses invalid bytes. */
  public static TextDecoder strict() {
    return STRICT;
  }

  /** A decoder that replaces invalid bytes with U+FFFD. */
  public static TextDecoder lenient() {
    return LENIENT;
  }

  /** What became of some bytes: text, or why they are not text. */
  public sealed interface Decoded {

    /** Bytes that decoded to {@code text}. */
    record Text(String text) implements Decoded {
      public Text {
        checkNotNull(text, "text");
      }
    }

    /**
     * Bytes that are not valid text.
     *
     * @param byteOffset where the first invalid sequence starts, counted from the file's first
     *     byte (a byte order mark included)
     * @param message what is wrong, for a person
     */
    record Failure(long byteOffset, String message) implements Decoded {
      public Failure {
        checkNotNull(message, "message");
      }
    }
  }

  /** The text of {@code bytes}. */
  public Decoded decode(byte[] bytes) {
    checkNotNull(bytes, "bytes");
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
    CodingErrorAction action = lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length - skip);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return failure(bytes, in.position(), result, charset);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      return failure(bytes, in.position(), result, charset);
    }
    out.flip();
    return new Decoded.Text(out.toString());
  }

  private static Decoded.Failure failure(
      byte[] bytes, int offset, CoderResult result, Charset charset) {
    int length = Math.max(1, result.length());
    StringBuilder shown = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + Math.min(length, 4)); i++) {
      if (shown.length() > 0) {
        shown.append(' ');
      }
      shown.append(String.format("%02X", bytes[i] & 0xFF));
    }
    String message =
        String.format(
            "invalid %s at byte %d (line %d): %s",
            charset.name(), offset, lineOf(bytes, offset), shown);
    return new Decoded.Failure(offset, message);
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
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
