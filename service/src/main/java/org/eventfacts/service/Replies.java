package org.eventfacts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/** Writes the server's responses: JSON, an error as JSON, or a file of the page. */
final class Replies {

  static final String JSON = "application/json";

  private Replies() {}

  /** A JSON body with {@code status}. */
  static void json(
      ObjectMapper mapper, Response response, Callback callback, int status, JsonNode body) {
    String text;
    try {
      text = mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    send(response, callback, status, JSON, text);
  }

  /**
   * The JSON of an error: {@code {"id": ..., "error": {"kind": ..., "message": ...}}}, the shape
   * of the command line's error records, with the status of its kind.
   */
  static void error(ObjectMapper mapper, Response response, Callback callback, ApiException e) {
    if (e.problem() == Problem.BUSY) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    json(mapper, response, callback, e.problem().status(), errorRecord(mapper, e));
  }

  static ObjectNode errorRecord(ObjectMapper mapper, ApiException e) {
    return errorRecord(mapper, e.problem(), e.getMessage(), e.id());
  }

  static ObjectNode errorRecord(
      ObjectMapper mapper, Problem problem, @Nullable String message, @Nullable String id) {
    ObjectNode record = mapper.createObjectNode();
    record.put("id", id);
    ObjectNode error = record.putObject("error");
    error.put("kind", problem.name());
    error.put("message", message == null || message.isBlank() ? problem.name() : message);
    return record;
  }

  /** A body of {@code contentType}, UTF-8. */
  static void send(
      Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType + "; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    Content.Sink.write(response, true, body, callback);
  }
}
