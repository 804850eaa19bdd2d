package org.eventfacts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Why one document yielded no facts.
 *
 * <pre>{@code
 * new ExtractionError(ErrorKind.DECODE, "invalid UTF-8 at byte 1042")
 * }</pre>
 *
 * @param kind the class of failure
 * @param message what went wrong, for a person to read
 */
public record ExtractionError(ErrorKind kind, String message) {

  public ExtractionError {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "an error needs a message");
  }
}
