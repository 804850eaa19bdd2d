package org.eventfacts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactType;
import org.eventfacts.json.FactsJson;

/**
 * {@code POST /v1/extract/batch}: JSON Lines in, one {@code {"id", "text", "published", "title"}}
 * object a line (a line without an id takes its line number), and JSON Lines out, one result a
 * line in input order, written as each is done. The whole batch is checked before any document is
 * read, so a malformed line is a 400 naming it; after that the status is 200 and a document that
 * fails is an error record in its place. The batch takes one place in the queue, and the time
 * limit covers the whole request: documents not read by then are written as {@code TIMEOUT}
 * error records.
 */
final class BatchEndpoint {

  static final String[] TYPES = {"application/x-ndjson", "application/jsonl", "application/json-lines"};

  private final Extractors extractors;
  private final ExtractionQueue queue;
  private final Limits limits;
  private final ObjectMapper mapper;
  private final FactsJson json;

  BatchEndpoint(Extractors extractors, ExtractionQueue queue, Limits limits, ObjectMapper mapper) {
    this.extractors = extractors;
    this.queue = queue;
    this.limits = limits;
    this.mapper = mapper;
    this.json = new FactsJson(mapper);
  }

  void handle(Request request, Response response, Callback callback) throws IOException {
    long deadline = limits.deadlineFromNow();
    ImmutableSet<FactType> facts =
        extractors.select(Request.extractQueryParameters(request).getValue("facts"));
    MediaType type = MediaType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    if (!type.is(TYPES) || !type.utf8()) {
      throw new ApiException(
          Problem.UNSUPPORTED_MEDIA_TYPE,
          "send JSON Lines in UTF-8 as application/x-ndjson (or application/jsonl), not " + type);
    }
    byte[] bytes = RequestBody.read(request, limits.maxBodyBytes(), deadline);
    List<Document> documents = documents(RequestBody.utf8(bytes, "the request body"));
    LinkedBlockingQueue<ExtractionResult> done = new LinkedBlockingQueue<>();
    ExtractionQueue.Job<Void> job =
        queue.submit(
            () -> {
              for (Document document : documents) {
                if (Thread.currentThread().isInterrupted()) {
                  break;
                }
                done.add(extractors.read(document, facts));
              }
              return null;
            });
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-ndjson; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    try (OutputStream out = Content.Sink.asOutputStream(response)) {
      boolean late = false;
      for (Document document : documents) {
        ExtractionResult result = late ? null : next(done, deadline);
        if (result == null) {
          late = true;
          job.cancel(true);
          result =
              ExtractionResult.failed(
                  document.id(),
                  new ExtractionError(
                      ErrorKind.TIMEOUT,
                      "the batch took longer than the limit of "
                          + ExtractionQueue.describe(limits.timeout())));
        }
        out.write(json.writeLine(result).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
      }
    } catch (UncheckedIOException e) {
      job.cancel(true);
      throw e.getCause();
    }
    callback.succeeded();
  }

  private static ExtractionResult next(LinkedBlockingQueue<ExtractionResult> done, long deadline) {
    try {
      return done.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private List<Document> documents(String body) {
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    int number = 0;
    for (String line : Splitter.on('\n').split(body)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        documents.add(ArticleJson.read(mapper, line, String.valueOf(number)));
      } catch (ApiException e) {
        throw new ApiException(e.problem(), "line " + number + ": " + e.getMessage(), e.id());
      }
    }
    ImmutableList<Document> all = documents.build();
    if (all.isEmpty()) {
      throw new ApiException(
          Problem.BAD_REQUEST, "the batch is empty: send one JSON object a line");
    }
    return all;
  }
}
