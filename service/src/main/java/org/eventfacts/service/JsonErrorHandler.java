package org.eventfacts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own errors (a malformed request line, headers too large, a body that stopped arriving)
 * as the same JSON error records the endpoints write, instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  private final ObjectMapper mapper;

  JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    Problem problem = Problem.ofStatus(code);
    String text = message == null || message.isBlank() ? "HTTP " + code : message;
    response.setStatus(code);
    Replies.json(mapper, response, callback, code, Replies.errorRecord(mapper, problem, text, null));
  }
}
