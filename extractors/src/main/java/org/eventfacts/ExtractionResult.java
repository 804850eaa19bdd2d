package org.eventfacts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.DocumentFacts;
import org.jspecify.annotations.Nullable;

/**
 * What became of one document of a batch: its facts, or the error that stopped it. A batch gives
 * one result per document, in input order, whatever fails.
 *
 * <pre>{@code
 * for (ExtractionResult result : extractor.extractAll(documents)) {
 *   if (result.failed()) {
 *     System.err.println(result.id() + ": " + result.error().message());
 *   } else {
 *     System.out.println(result.facts().casualties());
 *   }
 * }
 * }</pre>
 *
 * @param id the document's id
 * @param facts the facts, or {@code null} when the document failed
 * @param error why it failed, or {@code null} when it has facts
 */
public record ExtractionResult(
    String id, @Nullable DocumentFacts facts, @Nullable ExtractionError error) {

  public ExtractionResult {
    checkNotNull(id, "id");
    checkArgument(
        (facts == null) != (error == null), "a result holds either facts or an error, not both");
    checkArgument(facts == null || facts.id().equals(id), "facts of '%s' under id '%s'", facts, id);
  }

  /** The result of a document that was read. */
  public static ExtractionResult of(DocumentFacts facts) {
    return new ExtractionResult(facts.id(), facts, null);
  }

  /** The result of a document that failed. */
  public static ExtractionResult failed(String id, ExtractionError error) {
    return new ExtractionResult(id, null, checkNotNull(error, "error"));
  }

  /** Whether the document failed. */
  public boolean failed() {
    return error != null;
  }

  /**
   * The facts.
   *
   * @throws ExtractionException carrying the error, when the document failed
   */
  public DocumentFacts factsOrThrow() {
    if (facts == null) {
      ExtractionError e = checkNotNull(error);
      throw new ExtractionException(e.kind(), "document '" + id + "': " + e.message(), null);
    }
    return facts;
  }
}
