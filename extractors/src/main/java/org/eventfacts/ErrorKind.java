package org.eventfacts;

/**
 * Why a document has no facts: the {@code error.kind} of an error record.
 *
 * <pre>{@code
 * if (result.error() != null && result.error().kind() == ErrorKind.TOO_LONG) { ... }
 * }</pre>
 */
public enum ErrorKind {
  /** The input's bytes are not text in the expected encoding. */
  DECODE,
  /** The text is longer than the caller allowed. */
  TOO_LONG,
  /** Reading the document took longer than its time limit. */
  TIMEOUT,
  /** The document needed more memory than the JVM could give. */
  RESOURCES,
  /** An unexpected failure in the NLP pipeline or in a reader: a bug to report. */
  INTERNAL
}
