package org.eventfacts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eventfacts.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON form of a document a client sends: {@code {"id", "text", "published",
 * "title"}}, where only {@code text} is required and {@code published} is an ISO date ({@code
 * 2024-03-09}). Other fields are ignored, so that a client may send its own records as they are.
 *
 * <pre>{@code
 * {"id": "report-17", "text": "Two people were killed...", "published": "2024-03-09"}
 * }</pre>
 */
final class ArticleJson {

  private ArticleJson() {}

  /**
   * The document {@code json} describes; its id is {@code defaultId} when it names none.
   *
   * @throws ApiException (400) when {@code json} is not such an object
   */
  static Document read(ObjectMapper mapper, String json, String defaultId) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ApiException(Problem.BAD_REQUEST, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ApiException(
          Problem.BAD_REQUEST, "expected a JSON object such as {\"id\": \"a1\", \"text\": \"...\"}");
    }
    String id = string(node, "id", null);
    id = id == null ? defaultId : id;
    String text = string(node, "text", id);
    if (text == null) {
      throw new ApiException(Problem.BAD_REQUEST, "the object has no \"text\" string", id);
    }
    String published = string(node, "published", id);
    String title = string(node, "title", id);
    return new Document(id, text, published == null ? null : date(published, id), title);
  }

  private static @Nullable String string(JsonNode node, String field, @Nullable String id) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ApiException(
          Problem.BAD_REQUEST, "\"" + field + "\" must be a string, not " + value.getNodeType(), id);
    }
    return value.asText();
  }

  private static LocalDate date(String published, String id) {
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new ApiException(
          Problem.BAD_REQUEST,
          "\"published\" must be a date as YYYY-MM-DD, not '" + published + "'",
          id);
    }
  }
}
