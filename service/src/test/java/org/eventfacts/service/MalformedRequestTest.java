package org.eventfacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a careless or hostile client sends: each gets a JSON error with the status that fits,
 * never a stack trace, and none of them keeps the server from answering the next request.
 */
class MalformedRequestTest {

  private final FakeReader reader = new FakeReader();
  private FactServer server;
  private Http http;

  @BeforeEach
  void start() {
    server =
        FactServer.builder(reader.extractors())
            .port(0)
            .maxBodyBytes(1_000)
            .timeout(Duration.ofSeconds(2))
            .idleTimeout(Duration.ofSeconds(2))
            .start();
    http = new Http(server);
  }

  @AfterEach
  void stop() {
    reader.release();
    server.close();
  }

  @Test
  void refusesJsonThatDoesNotParseWith400() {
    Http.Answer answer = http.post("v1/extract", "application/json", "{\"text\": \"unfinished");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.kind()).isEqualTo("BAD_REQUEST");
    assertThat(answer.json().path("error").path("message").asText()).contains("not valid JSON");
  }

  @Test
  void refusesJsonWithTrailingGarbageWith400() {
    assertThat(http.post("v1/extract", "application/json", "{\"text\": \"a\"} {}").status())
        .isEqualTo(400);
  }

  @Test
  void refusesJsonWithoutATextWith400() {
    Http.Answer answer = http.post("v1/extract", "application/json", "{\"id\": \"x\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("id").asText()).isEqualTo("x");
  }

  @Test
  void refusesJsonWhoseFieldsHaveTheWrongTypeWith400() {
    assertThat(http.post("v1/extract", "application/json", "{\"text\": 42}").status())
        .isEqualTo(400);
    assertThat(http.post("v1/extract", "application/json", "[\"text\"]").status()).isEqualTo(400);
    assertThat(
            http.post("v1/extract", "application/json", "{\"text\": \"a\", \"published\": \"May 3\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void refusesAnUnknownFactTypeWith400() {
    Http.Answer answer = http.post("v1/extract?facts=CASUALTY,WEATHER", "text/plain", "text");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("error").path("message").asText()).contains("WEATHER");
  }

  @Test
  void refusesAnEmptyBodyWith400() {
    assertThat(http.post("v1/extract", "text/plain", "").status()).isEqualTo(400);
  }

  @Test
  void refusesAWrongContentTypeWith415() {
    Http.Answer answer = http.post("v1/extract", "application/xml", "<text>a</text>");

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.kind()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void refusesAMissingContentTypeWith415() {
    Http.Answer answer =
        http.send(
            HttpRequest.newBuilder(http.uri("v1/extract"))
                .POST(HttpRequest.BodyPublishers.ofString("text")));

    assertThat(answer.status()).isEqualTo(415);
  }

  @Test
  void refusesACharsetOtherThanUtf8With415() {
    assertThat(http.post("v1/extract", "text/plain; charset=ISO-8859-1", "caf\u00e9").status())
        .isEqualTo(415);
  }

  @Test
  void acceptsAContentTypeWithUtf8CharsetInAnyCase() {
    assertThat(http.post("v1/extract", "Text/Plain; Charset=\"UTF-8\"", "text").status())
        .isEqualTo(200);
  }

  @Test
  void refusesInvalidUtf8With422NamingTheOffset() {
    byte[] body = {'A', 'b', (byte) 0xC3, (byte) 0x28, 'c'};

    Http.Answer answer = http.post("v1/extract", "text/plain", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.kind()).isEqualTo("DECODE");
    assertThat(answer.json().path("error").path("message").asText()).contains("byte offset 2");
  }

  @Test
  void refusesInvalidUtf8InsideJsonWith422() {
    byte[] body = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(http.post("v1/extract", "application/json", body).status()).isEqualTo(422);
  }

  @Test
  void refusesABodyDeclaredOverTheLimitWith413() {
    Http.Answer answer = http.post("v1/extract", "text/plain", "x".repeat(1_001));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.kind()).isEqualTo("TOO_LONG");
  }

  @Test
  void refusesAChunkedBodyThatRunsOverTheLimitWith413() {
    byte[] big = "y".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    Http.Answer answer =
        http.send(
            HttpRequest.newBuilder(http.uri("v1/extract"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void acceptsABodyJustAtTheLimit() {
    assertThat(http.post("v1/extract", "text/plain", "x".repeat(1_000)).status()).isEqualTo(200);
  }

  @Test
  void refusesAMalformedBatchLineWith400NamingTheLine() {
    Http.Answer answer =
        http.post(
            "v1/extract/batch",
            "application/x-ndjson",
            "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \n");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("error").path("message").asText()).startsWith("line 2");
  }

  @Test
  void refusesABatchSentAsPlainJsonWith415() {
    assertThat(http.post("v1/extract/batch", "application/json", "{\"text\": \"a\"}").status())
        .isEqualTo(415);
  }

  @Test
  void answersAGarbledRequestLineWith400() throws IOException {
    String answer = raw("THIS IS NOT HTTP\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertServerStillAnswers();
  }

  @Test
  void answersOversizedHeadersWith431() throws IOException {
    String answer =
        raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "z".repeat(40_000) + "\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 431");
    assertServerStillAnswers();
  }

  @Test
  void cutsOffAClientThatStopsSendingItsBodyWith408() throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                  + "Content-Length: 500\r\n\r\nonly the first few bytes")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();

      // While that client stalls, others are served.
      assertServerStillAnswers();
      String answer = readAll(socket.getInputStream());

      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(answer).contains("\"REQUEST_TIMEOUT\"");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }
  }

  @Test
  void closesAConnectionWhoseHeadersNeverEnd() throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();

      assertServerStillAnswers();
      readAll(socket.getInputStream()); // returns when the server closes the connection

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }
  }

  private void assertServerStillAnswers() {
    assertThat(http.get("health").status()).isEqualTo(200);
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream());
    }
  }

  private static String readAll(InputStream in) throws IOException {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (java.net.SocketException e) {
      return "";
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
