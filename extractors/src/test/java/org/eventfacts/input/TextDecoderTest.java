package org.eventfacts.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eventfacts.input.TextDecoder.Decoded;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesValidUtf8AsItIs() {
    assertThat(TextDecoder.strict().decode(utf8("Café “quoted” – 12 ١٢")))
        .isEqualTo(new Decoded.Text("Café “quoted” – 12 ١٢"));
  }

  @Test
  void refusesInvalidUtf8NamingTheByteOffsetAndLine() {
    byte[] input = concat(utf8("Line one.\nBad "), bytes(0xC3, 0x28), utf8(" here."));

    Decoded decoded = TextDecoder.strict().decode(input);

    assertThat(decoded).isInstanceOf(Decoded.Failure.class);
    Decoded.Failure failure = (Decoded.Failure) decoded;
    assertThat(failure.byteOffset()).isEqualTo(14);
    assertThat(failure.message()).contains("byte 14").contains("line 2").contains("C3");
  }

  @Test
  void replacesInvalidBytesWhenLenient() {
    byte[] input = concat(utf8("a"), bytes(0xFF), utf8("b"));

    assertThat(TextDecoder.lenient().decode(input)).isEqualTo(new Decoded.Text("a\uFFFDb"));
  }

  @Test
  void dropsAByteOrderMarkSoThatOffsetsCountFromTheFirstVisibleCharacter() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), utf8("Two were hurt."));

    assertThat(TextDecoder.strict().decode(input)).isEqualTo(new Decoded.Text("Two were hurt."));
  }

  @Test
  void keepsWindowsLineEnds() {
    assertThat(TextDecoder.strict().decode(utf8("One.\r\n\r\nTwo.")))
        .isEqualTo(new Decoded.Text("One.\r\n\r\nTwo."));
  }

  @Test
  void readsUtf16ByItsByteOrderMark() {
    byte[] little = concat(bytes(0xFF, 0xFE), "Hi".getBytes(StandardCharsets.UTF_16LE));
    byte[] big = concat(bytes(0xFE, 0xFF), "Hi".getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextDecoder.strict().decode(little)).isEqualTo(new Decoded.Text("Hi"));
    assertThat(TextDecoder.strict().decode(big)).isEqualTo(new Decoded.Text("Hi"));
  }

  @Test
  void refusesATruncatedSequenceAtTheEnd() {
    byte[] input = concat(utf8("end "), bytes(0xE2, 0x80));

    assertThat(TextDecoder.strict().decode(input))
        .isInstanceOfSatisfying(Decoded.Failure.class, f -> assertThat(f.byteOffset()).isEqualTo(4));
  }

  @Test
  void decodesNothingToEmptyText() {
    assertThat(TextDecoder.strict().decode(new byte[0])).isEqualTo(new Decoded.Text(""));
  }
}
