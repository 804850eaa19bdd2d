package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.fact.DocumentFacts;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  @Test
  void saysHowManyDocumentsFailedByKind() {
    RunSummary summary = new RunSummary();
    summary.count(ExtractionResult.of(DocumentFacts.empty("a", "")));
    summary.count(ExtractionResult.failed("b", new ExtractionError(ErrorKind.TIMEOUT, "slow")));
    summary.count(ExtractionResult.failed("c", new ExtractionError(ErrorKind.DECODE, "bad")));
    summary.count(ExtractionResult.failed("d", new ExtractionError(ErrorKind.DECODE, "bad")));

    assertThat(summary.line(Duration.ofMillis(2500)))
        .isEqualTo("eventfacts: 4 documents, 1 read, 3 failed (DECODE 2, TIMEOUT 1) in 2.5 s");
    assertThat(summary.failed()).isEqualTo(3);
  }

  @Test
  void saysNothingFailedWhenAllWereRead() {
    RunSummary summary = new RunSummary();
    summary.count(ExtractionResult.of(DocumentFacts.empty("a", "")));

    assertThat(summary.line(Duration.ofSeconds(1))).isEqualTo("eventfacts: 1 document, 1 read, 0 failed in 1.0 s");
  }
}
