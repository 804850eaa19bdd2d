package org.eventfacts.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBytesTest {

  @Test
  void dropsTheByteOrderMarkSoThatOffsetsCountFromTheFirstCharacter() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'F', 'i', 'r', 'e'};

    assertThat(TextBytes.decode(bytes).text()).isEqualTo("Fire");
  }

  @Test
  void readsUtf16AfterItsMark() {
    byte[] text = "Flood".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);

    assertThat(TextBytes.decode(bytes).text()).isEqualTo("Flood");
  }

  @Test
  void namesTheByteAndLineOfAMalformedSequence() {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, (byte) 0x28};

    TextBytes decoded = TextBytes.decode(bytes);

    assertThat(decoded.text()).isNull();
    assertThat(decoded.problem()).isEqualTo("invalid UTF-8 at byte 3 (line 2): C3");
  }

  @Test
  void keepsWindowsLineEndsAsTheyAre() {
    assertThat(TextBytes.decode("a\r\nb".getBytes(StandardCharsets.UTF_8)).text())
        .isEqualTo("a\r\nb");
  }
}
