package org.eventfacts;

/**
 * Thrown when the NLP pipeline fails on a document in a way the caller could not have prevented
 * (a model that cannot be loaded, an annotator that crashes); the message names the document.
 * Bad arguments are reported with {@link IllegalArgumentException} instead.
 */
public final class ExtractionException extends RuntimeException {

  ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
