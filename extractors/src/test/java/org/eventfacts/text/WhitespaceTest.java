package org.eventfacts.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

  @Test
  void collapsesEachRunOfWhitespaceToOneSpaceAndTrims() {
    assertThat(Whitespace.collapsed(" the\n  mayor\t\tof  Dunmore ")).isEqualTo("the mayor of Dunmore");
  }

  @Test
  void keepsAStretchWithSingleSpacesAsItIs() {
    assertThat(Whitespace.collapsed("the harbour master")).isEqualTo("the harbour master");
  }

  @Test
  void givesWhatTheRegularExpressionGaveOnAnyMixOfSpacesAndOtherCharacters() {
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2009', '\u0001', '.'};
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String written = text.toString();
      assertThat(Whitespace.collapsed(written))
          .as("%s", written.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(written.replaceAll("\\s+", " ").trim());
    }
  }
}
