package org.eventfacts.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding any bytes: strict decoding either gives text that encodes back to the same bytes or a
 * failure inside the input; lenient decoding never fails. {@link #decodesAnyBytes} is the Jazzer
 * target (see the README for the long run); {@link #holdsForTwentyThousandRandomInputs} is the
 * bounded run of every {@code mvn test}.
 */
class TextDecoderFuzzTest {

  static void check(byte[] bytes) {
    TextDecoder.Decoded strict = TextDecoder.strict().decode(bytes);
    if (strict instanceof TextDecoder.Decoded.Text text) {
      byte[] body = bytes;
      if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
        body = Arrays.copyOfRange(bytes, 3, bytes.length);
      }
      boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
      if (!utf16) {
        assertThat(text.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
      }
    } else {
      TextDecoder.Decoded.Failure failure = (TextDecoder.Decoded.Failure) strict;
      assertThat(failure.byteOffset()).isBetween(0L, (long) bytes.length);
      assertThat(failure.message()).contains("byte " + failure.byteOffset());
    }
    assertThat(TextDecoder.lenient().decode(bytes)).isInstanceOf(TextDecoder.Decoded.Text.class);
  }

  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void decodesAnyBytes(FuzzedDataProvider data) {
    check(data.consumeRemainingAsBytes());
  }

  @Test
  void holdsForTwentyThousandRandomInputs() {
    Random random = new Random(20);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      if (i % 2 == 0) {
        // mostly valid UTF-8 with a few stray bytes: the interesting edge
        byte[] text = RandomText.of(random, 40).getBytes(StandardCharsets.UTF_8);
        if (text.length > 0 && i % 4 == 0) {
          text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        bytes = text;
      }
      check(bytes);
    }
  }
}
