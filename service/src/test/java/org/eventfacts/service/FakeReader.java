package org.eventfacts.service;

import com.google.common.collect.ImmutableSet;
import com.google.common.util.concurrent.Uninterruptibles;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactType;
import org.eventfacts.fact.DocumentFacts;

/**
 * Stands in for the extractor where a test is about HTTP, not facts: a document has no facts,
 * unless its text is a command: {@code fail:KIND} fails with that error kind, {@code sleep} takes
 * five seconds, {@code block} waits until {@link #release()}.
 */
final class FakeReader {

  final CountDownLatch released = new CountDownLatch(1);
  final CountDownLatch blocked = new CountDownLatch(1);

  Extractors extractors() {
    return Extractors.reading(EnumSet.allOf(FactType.class), this::read);
  }

  void release() {
    released.countDown();
  }

  private ExtractionResult read(Document document, ImmutableSet<FactType> facts) {
    String text = document.text();
    if (text.startsWith("fail:")) {
      ErrorKind kind = ErrorKind.valueOf(text.substring(5).trim());
      return ExtractionResult.failed(document.id(), new ExtractionError(kind, "failed as asked"));
    }
    try {
      if (text.equals("sleep")) {
        Thread.sleep(5_000);
      } else if (text.equals("block")) {
        blocked.countDown();
        // Deaf to interrupts, as a CoreNLP parse is: only the end of the work frees the worker.
        Uninterruptibles.awaitUninterruptibly(released, 30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExtractionResult.of(DocumentFacts.empty(document.id(), text));
  }
}
