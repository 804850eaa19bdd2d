package org.eventfacts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eventfacts.FactType;
import org.eventfacts.page.PageFiles;
import org.eventfacts.page.Sample;
import org.eventfacts.page.Samples;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its endpoint and turns every failure into a JSON error with its status.
 * Nothing here reads a file named by a request: the page and the samples are fixed resources of
 * the jar, looked up by name in a closed list.
 */
final class Routes extends Handler.Abstract {

  private static final Logger log = LoggerFactory.getLogger(Routes.class);

  /** The page may talk to its own origin only, and load nothing from elsewhere. */
  private static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
          + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final ObjectMapper mapper;
  private final ExtractEndpoint extract;
  private final BatchEndpoint batch;
  private final Extractors extractors;
  private final ServiceInfo info;
  private final @Nullable String allowedOrigin;

  Routes(
      ObjectMapper mapper,
      ExtractEndpoint extract,
      BatchEndpoint batch,
      Extractors extractors,
      ServiceInfo info,
      @Nullable String allowedOrigin) {
    this.mapper = mapper;
    this.extract = extract;
    this.batch = batch;
    this.extractors = extractors;
    this.info = info;
    this.allowedOrigin = allowedOrigin;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    if (allowedOrigin != null) {
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, allowedOrigin);
      response.getHeaders().put(HttpHeader.VARY, "Origin");
    }
    try {
      if (method.equals("OPTIONS")) {
        preflight(response, callback);
      } else {
        route(path, method, request, response, callback);
      }
    } catch (ApiException e) {
      reply(response, callback, e);
    } catch (Exception e) {
      log.error("request {} {} failed", method, path, e);
      reply(response, callback, new ApiException(Problem.INTERNAL, "the server failed: " + e));
    }
    return true;
  }

  private void route(
      String path, String method, Request request, Response response, Callback callback)
      throws Exception {
    switch (path) {
      case "/v1/extract" -> {
        expect("POST", method);
        extract.handle(request, response, callback);
      }
      case "/v1/extract/batch" -> {
        expect("POST", method);
        batch.handle(request, response, callback);
      }
      case "/health" -> {
        expect("GET", method);
        ObjectNode health = mapper.createObjectNode().put("status", "ok");
        Replies.json(mapper, response, callback, 200, health);
      }
      case "/version" -> {
        expect("GET", method);
        Replies.json(mapper, response, callback, 200, version());
      }
      case "/openapi.json" -> {
        expect("GET", method);
        Replies.send(response, callback, 200, Replies.JSON, info.openApi());
      }
      case "/", "/index.html" -> page(method, response, callback, "text/html", PageFiles.html());
      case "/page.css" -> page(method, response, callback, "text/css", PageFiles.css());
      case "/page.js" -> page(method, response, callback, "text/javascript", PageFiles.js());
      case "/samples" -> {
        expect("GET", method);
        ArrayNode list = mapper.createArrayNode();
        for (Sample sample : Samples.all()) {
          list.addObject().put("id", sample.id()).put("title", sample.title());
        }
        Replies.json(mapper, response, callback, 200, list);
      }
      default -> {
        Optional<Sample> sample =
            path.startsWith("/samples/") ? Samples.byId(path.substring(9)) : Optional.empty();
        if (sample.isEmpty()) {
          throw new ApiException(Problem.NOT_FOUND, "no such endpoint: " + path);
        }
        expect("GET", method);
        ObjectNode node = mapper.createObjectNode();
        node.put("id", sample.get().id()).put("title", sample.get().title());
        node.put("text", sample.get().text());
        Replies.json(mapper, response, callback, 200, node);
      }
    }
  }

  private ObjectNode version() {
    ObjectNode version = mapper.createObjectNode();
    version.put("name", "eventfacts");
    version.put("version", info.version());
    version.put("corenlp", info.coreNlpVersion());
    ArrayNode facts = version.putArray("facts");
    for (FactType type : extractors.served()) {
      facts.add(type.name());
    }
    return version;
  }

  private static void page(
      String method, Response response, Callback callback, String type, String body) {
    expect("GET", method);
    response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    Replies.send(response, callback, 200, type, body);
  }

  private void preflight(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.ALLOW, "GET, POST, OPTIONS");
    if (allowedOrigin != null) {
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    }
    response.setStatus(204);
    callback.succeeded();
  }

  private void reply(Response response, Callback callback, ApiException e) {
    if (response.isCommitted()) {
      // A batch already streaming: the status is sent, so the connection is cut instead.
      callback.failed(e);
      return;
    }
    Replies.error(mapper, response, callback, e);
  }

  private static void expect(String allowed, String method) {
    if (!allowed.equals(method)) {
      throw new ApiException(
          Problem.METHOD_NOT_ALLOWED, "use " + allowed + " here, not " + method);
    }
  }
}
