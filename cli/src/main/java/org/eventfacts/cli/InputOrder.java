package org.eventfacts.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.jspecify.annotations.Nullable;

/**
 * Puts the records of unreadable inputs back in their place among the results of the readable
 * ones, so that a run writes exactly one record per input, in input order.
 *
 * <p>{@link #documents()} hands the readable documents to {@link
 * org.eventfacts.FactExtractor#extractAll(Iterable, Consumer)}, noting where each unreadable input
 * fell; {@link #accept(ExtractionResult)} takes the extractor's results in order and passes them
 * on to the sink together with the error records due before them; {@link #finish()} passes on
 * those left after the last document. Not thread-safe: {@code extractAll} pulls documents and
 * calls its sink on the caller's thread.
 *
 * <pre>{@code
 * InputOrder order = new InputOrder(inputs, sink);
 * extractor.extractAll(order.documents(), order);
 * order.finish();
 * }</pre>
 */
final class InputOrder implements Consumer<ExtractionResult> {

  /** A marker in the pending queue: the next extractor result goes here. */
  private static final Object DOCUMENT = new Object();

  private final Iterable<Input> inputs;
  private final Consumer<? super ExtractionResult> sink;
  private final Deque<Object> pending = new ArrayDeque<>();

  InputOrder(Iterable<Input> inputs, Consumer<? super ExtractionResult> sink) {
    this.inputs = inputs;
    this.sink = sink;
  }

  /** The readable documents, in order; iterate once. */
  Iterable<Document> documents() {
    Iterator<Input> all = inputs.iterator();
    return () ->
        new Iterator<>() {
          private @Nullable Document next;

          @Override
          public boolean hasNext() {
            while (next == null && all.hasNext()) {
              Input input = all.next();
              if (input instanceof Input.Readable readable) {
                next = readable.document();
              } else {
                Input.Unreadable unreadable = (Input.Unreadable) input;
                pending.addLast(ExtractionResult.failed(unreadable.id(), unreadable.error()));
              }
            }
            return next != null;
          }

          @Override
          public Document next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Document document = next;
            next = null;
            pending.addLast(DOCUMENT);
            return document;
          }
        };
  }

  /** Passes on the result of the next readable document, after the error records due before it. */
  @Override
  public void accept(ExtractionResult result) {
    while (!pending.isEmpty()) {
      Object first = pending.removeFirst();
      if (first == DOCUMENT) {
        sink.accept(result);
        return;
      }
      sink.accept((ExtractionResult) first);
    }
    throw new IllegalStateException("a result for " + result.id() + " that no document was given for");
  }

  /** Passes on the error records of unreadable inputs after the last document. */
  void finish() {
    // Unreadable inputs after the last document are only seen once the iterator runs dry.
    while (!pending.isEmpty()) {
      Object first = pending.removeFirst();
      if (first == DOCUMENT) {
        throw new IllegalStateException("a document without its result");
      }
      sink.accept((ExtractionResult) first);
    }
  }
}
