package org.eventfacts.evaluation;

/**
 * Thrown when a gold file or a corpus directory does not follow the corpus format; the message
 * names the file and the field.
 *
 * <pre>{@code
 * kazakhstan-stern.gold.json: expect[3] (casualty): "outcome" must be one of
 *     [KILLED, INJURED, MISSING], got "DEAD"
 * }</pre>
 */
public final class InvalidGoldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidGoldException(String message) {
    super(message);
  }

  InvalidGoldException(String message, Throwable cause) {
    super(message, cause);
  }
}
