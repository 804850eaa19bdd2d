package org.eventfacts.service;

import org.eventfacts.ErrorKind;

/**
 * What went wrong with a request, as the {@code error.kind} of the JSON the server answers with,
 * and the HTTP status that goes with it. The kinds of {@link ErrorKind} keep their names, so that
 * a document that fails reads the same over HTTP as in the command line's JSON Lines.
 *
 * <pre>{@code
 * Problem.of(ErrorKind.TOO_LONG).status()   // 413
 * }</pre>
 */
enum Problem {
  /** The request is malformed: bad JSON, no text, an unknown fact type, an empty body. */
  BAD_REQUEST(400),
  /** No such endpoint. */
  NOT_FOUND(404),
  /** The endpoint exists but not for this method. */
  METHOD_NOT_ALLOWED(405),
  /** The client did not send its request in time. */
  REQUEST_TIMEOUT(408),
  /** The body, or the text in it, is over the limit. */
  TOO_LONG(413),
  /** The body is not of a type the endpoint reads, or not in UTF-8. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** The body's bytes are not UTF-8. */
  DECODE(422),
  /** A bug: the server or an extractor failed unexpectedly. */
  INTERNAL(500),
  /** Every worker is busy and the queue is full: try again later. */
  BUSY(503),
  /** The document needed more memory than the server could give. */
  RESOURCES(503),
  /** Reading the document took longer than the per-request time limit. */
  TIMEOUT(504);

  private final int status;

  Problem(int status) {
    this.status = status;
  }

  /** The HTTP status of a response carrying this problem. */
  int status() {
    return status;
  }

  /** The problem of a document the extractor could not read. */
  static Problem of(ErrorKind kind) {
    return switch (kind) {
      case DECODE -> DECODE;
      case TOO_LONG -> TOO_LONG;
      case TIMEOUT -> TIMEOUT;
      case RESOURCES -> RESOURCES;
      case INTERNAL -> INTERNAL;
    };
  }

  /** The problem for an error status the HTTP layer produced itself (a malformed request line). */
  static Problem ofStatus(int status) {
    return switch (status) {
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 408 -> REQUEST_TIMEOUT;
      case 413, 414, 431 -> TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> BUSY;
      case 504 -> TIMEOUT;
      default -> status >= 500 ? INTERNAL : BAD_REQUEST;
    };
  }
}
