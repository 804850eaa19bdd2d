package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.ExtractionError;
import org.jspecify.annotations.Nullable;

/**
 * A request that ends in an error response: its {@link Problem} (and so its status), a message
 * for a person, and the document's id when the request named one.
 */
final class ApiException extends RuntimeException {

  private final Problem problem;
  private final @Nullable String id;

  ApiException(Problem problem, String message, @Nullable String id) {
    super(checkNotNull(message, "message"));
    this.problem = checkNotNull(problem, "problem");
    this.id = id;
  }

  ApiException(Problem problem, String message) {
    this(problem, message, null);
  }

  /** The response to a document the extractor could not read. */
  static ApiException of(String id, ExtractionError error) {
    return new ApiException(Problem.of(error.kind()), error.message(), id);
  }

  Problem problem() {
    return problem;
  }

  @Nullable String id() {
    return id;
  }
}
