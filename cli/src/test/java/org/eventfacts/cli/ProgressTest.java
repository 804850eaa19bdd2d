package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong clock = new AtomicLong();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Progress progress(boolean bar, int total) {
    return Progress.manual(new PrintStream(err, true, StandardCharsets.UTF_8), bar, total, clock::get);
  }

  @Test
  void tellsDocumentsDoneRateAndTimeLeft() {
    Progress progress = progress(false, 40);
    for (int i = 0; i < 10; i++) {
      progress.done();
    }
    clock.set(5_000_000_000L);

    assertThat(progress.status()).isEqualTo("10/40 documents  2.0/s  about 15 s left");
  }

  @Test
  void drawsABarOnATerminal() {
    Progress progress = progress(true, 4);
    progress.done();
    clock.set(1_000_000_000L);

    assertThat(progress.status()).startsWith("[#####...............]  1/4 documents");
  }

  @Test
  void givesLongWaitsInMinutes() {
    Progress progress = progress(false, 1000);
    progress.done();
    clock.set(1_000_000_000L);

    assertThat(progress.status()).endsWith("about 16 min 39 s left");
  }

  @Test
  void writesNotesOnStandardErrorOnly() {
    Progress progress = progress(false, 1);
    progress.note("failed: x (DECODE): bad");
    progress.close();

    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("failed: x (DECODE): bad" + System.lineSeparator());
  }
}
