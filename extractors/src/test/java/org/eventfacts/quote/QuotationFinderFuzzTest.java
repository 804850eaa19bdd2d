package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Random;
import org.eventfacts.input.RandomText;
import org.junit.jupiter.api.Test;

/** The quotation-mark scanner on any text: no exception, quotations in order and inside the text. */
class QuotationFinderFuzzTest {

  static void check(String text) {
    List<Quotation> quotations = QuotationFinder.find(text);
    int previousStart = -1;
    for (Quotation quotation : quotations) {
      assertThat(quotation.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(quotation.span().start()).isGreaterThanOrEqualTo(previousStart);
      previousStart = quotation.span().start();
    }
  }

  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void scansAnyText(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString());
  }

  @Test
  void holdsForTwentyThousandRandomInputs() {
    Random random = new Random(21);
    for (int i = 0; i < 20_000; i++) {
      check(RandomText.of(random, 80));
    }
  }

  @Test
  void scansTenThousandMarksInLinearTime() {
    String storm = "\"".repeat(5_000) + " \u201C\u201D".repeat(2_500) + "\n\n\u2018".repeat(1_000);
    long start = System.nanoTime();

    check(storm);

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
