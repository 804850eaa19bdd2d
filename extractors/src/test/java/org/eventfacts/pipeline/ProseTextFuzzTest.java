package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import org.eventfacts.input.RandomText;
import org.junit.jupiter.api.Test;

/** The prose view of any text keeps its length and every line break, and only blanks or maps. */
class ProseTextFuzzTest {

  static void check(String text) {
    String prose = ProseText.of(text, Limits.DEFAULT);
    assertThat(prose).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      char original = text.charAt(i);
      char seen = prose.charAt(i);
      if (original == '\n') {
        assertThat(seen).isEqualTo('\n');
      }
      if (original >= 'a' && original <= 'z') {
        assertThat(seen).isIn(original, ' ');
      }
    }
  }

  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void keepsTheLengthOfAnyText(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString());
  }

  @Test
  void holdsForTwentyThousandRandomInputs() {
    Random random = new Random(22);
    for (int i = 0; i < 20_000; i++) {
      check(RandomText.of(random, 120));
    }
  }
}
