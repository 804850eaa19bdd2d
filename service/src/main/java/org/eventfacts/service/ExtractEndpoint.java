package org.eventfacts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactType;
import org.eventfacts.json.FactsJson;

/**
 * {@code POST /v1/extract}: one document, as a {@code text/plain} body (its id from {@code ?id=})
 * or as JSON {@code {"id", "text", "published", "title"}}; {@code ?facts=} chooses the fact types.
 * Answers the document's JSON, exactly as {@code eventfacts extract} writes it, or its error record
 * with the status of its kind.
 */
final class ExtractEndpoint {

  private final Extractors extractors;
  private final ExtractionQueue queue;
  private final Limits limits;
  private final ObjectMapper mapper;
  private final FactsJson json;

  ExtractEndpoint(Extractors extractors, ExtractionQueue queue, Limits limits, ObjectMapper mapper) {
    this.extractors = extractors;
    this.queue = queue;
    this.limits = limits;
    this.mapper = mapper;
    this.json = new FactsJson(mapper);
  }

  void handle(Request request, Response response, Callback callback) {
    long deadline = limits.deadlineFromNow();
    Fields query = Request.extractQueryParameters(request);
    ImmutableSet<FactType> facts = extractors.select(query.getValue("facts"));
    MediaType type = MediaType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    if (!type.is("text/plain", "application/json")) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "send the article as text/plain or as application/json, not " + type);
    }
    if (!type.utf8()) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE, "send the body in UTF-8, not " + type.charset());
    }
    byte[] bytes = RequestBody.read(request, limits.maxBodyBytes(), deadline);
    if (bytes.length == 0) {
      throw new ApiException(Problem.BAD_REQUEST, "the request body is empty: send the article");
    }
    String body = RequestBody.utf8(bytes, "the request body");
    String id = query.getValue("id") == null ? "" : query.getValue("id");
    Document document =
        type.is("text/plain") ? Document.of(id, body) : ArticleJson.read(mapper, body, id);
    ExtractionResult result;
    try {
      result = queue.submit(() -> extractors.read(document, facts)).awaitUntil(deadline);
    } catch (TimeoutException e) {
      throw new ApiException(
          Problem.TIMEOUT,
          "reading the document took longer than the limit of "
              + ExtractionQueue.describe(limits.timeout()),
          document.id());
    }
    int status = result.failed() ? Problem.of(result.error().kind()).status() : 200;
    Replies.json(mapper, response, callback, status, json.write(result));
  }
}
