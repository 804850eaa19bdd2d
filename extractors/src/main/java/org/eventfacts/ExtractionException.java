package org.eventfacts;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document cannot be read: a text over the length limit, a time limit passed, the
 * memory ran out, or the NLP pipeline failed in a way the caller could not have prevented. The
 * message names the document and {@link #kind()} classifies the failure. Bad arguments (a null
 * text) are reported with {@link IllegalArgumentException} or {@link NullPointerException}
 * instead.
 */
public final class ExtractionException extends RuntimeException {

  private final ErrorKind kind;

  ExtractionException(ErrorKind kind, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The class of failure. */
  public ErrorKind kind() {
    return kind;
  }

  /** The failure as an error record's content. */
  public ExtractionError toError() {
    return new ExtractionError(kind, getMessage());
  }
}
