package org.eventfacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every status the API answers with, on a real server on a free local port; the extractor is a
 * stand-in, so that each status can be caused on purpose and the test needs no models.
 */
class StatusTest {

  private final FakeReader reader = new FakeReader();
  private FactServer server;

  @AfterEach
  void stop() {
    reader.release();
    if (server != null) {
      server.close();
    }
  }

  private Http start(FactServer.Builder builder) {
    server = builder.port(0).start();
    return new Http(server);
  }

  private Http start() {
    return start(FactServer.builder(reader.extractors()));
  }

  @Test
  void answersTheFactsOfATextWith200() {
    Http http = start();

    Http.Answer answer = http.post("v1/extract?id=memo", "text/plain", "Nothing happened.");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.type()).startsWith("application/json");
    assertThat(answer.json().path("id").asText()).isEqualTo("memo");
    assertThat(answer.json().path("casualties").isArray()).isTrue();
  }

  @Test
  void listensOnTheLoopbackAddressByDefault() {
    start();

    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void answersHealthVersionAndTheOpenApiDescription() {
    Http http = start();

    assertThat(http.get("health").json().path("status").asText()).isEqualTo("ok");
    Http.Answer version = http.get("version");
    assertThat(version.json().path("version").asText()).isNotBlank().doesNotContain("${");
    assertThat(version.json().path("facts").toString()).contains("CASUALTY", "ACTOR");
    Http.Answer openApi = http.get("openapi.json");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().path("openapi").asText()).startsWith("3.");
    assertThat(openApi.json().path("paths").has("/v1/extract/batch")).isTrue();
  }

  @Test
  void servesThePageItsScriptAndItsStyleFromTheJar() {
    Http http = start();

    Http.Answer page = http.get("");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.type()).startsWith("text/html");
    assertThat(page.body()).contains("<textarea", "page.js");
    assertThat(http.get("page.js").type()).startsWith("text/javascript");
    assertThat(http.get("page.css").type()).startsWith("text/css");
  }

  @Test
  void servesTheBundledSamplesByIdOnly() {
    Http http = start();

    assertThat(http.get("samples").json().size()).isGreaterThanOrEqualTo(3);
    assertThat(http.get("samples/harbour-fire").json().path("text").asText()).isNotBlank();
    assertThat(http.get("samples/..%2Fpom.xml").status()).isIn(400, 404);
    assertThat(http.get("samples/..%2F..%2F..%2F..%2Fpom.xml").status()).isIn(400, 404);
  }

  @Test
  void answersAnUnknownPathWith404AsJson() {
    Http.Answer answer = start().get("etc/passwd");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.kind()).isEqualTo("NOT_FOUND");
  }

  @Test
  void answersAWrongMethodWith405() {
    Http.Answer answer = start().get("v1/extract");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.kind()).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void mapsAnUndecodableDocumentTo422() {
    Http.Answer answer = start().post("v1/extract?id=d1", "text/plain", "fail:DECODE");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("id").asText()).isEqualTo("d1");
    assertThat(answer.kind()).isEqualTo("DECODE");
  }

  @Test
  void mapsATextOverTheExtractorsLimitTo413() {
    Http.Answer answer = start().post("v1/extract", "text/plain", "fail:TOO_LONG");

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.kind()).isEqualTo("TOO_LONG");
  }

  @Test
  void mapsAnExtractorTimeoutTo504() {
    Http.Answer answer = start().post("v1/extract", "text/plain", "fail:TIMEOUT");

    assertThat(answer.status()).isEqualTo(504);
    assertThat(answer.kind()).isEqualTo("TIMEOUT");
  }

  @Test
  void mapsAnInternalFailureTo500() {
    Http.Answer answer = start().post("v1/extract", "text/plain", "fail:INTERNAL");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.kind()).isEqualTo("INTERNAL");
  }

  @Test
  void answers504WhenTheExtractionOutlastsTheTimeLimit() {
    Http http = start(FactServer.builder(reader.extractors()).timeout(Duration.ofMillis(300)));

    long started = System.nanoTime();
    Http.Answer answer = http.post("v1/extract?id=slow", "text/plain", "sleep");

    assertThat(answer.status()).isEqualTo(504);
    assertThat(answer.kind()).isEqualTo("TIMEOUT");
    assertThat(answer.json().path("id").asText()).isEqualTo("slow");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
  }

  @Test
  void answers503AtOnceWhenWorkersAndQueueAreFull() throws Exception {
    Http http = start(FactServer.builder(reader.extractors()).workers(1).queue(0));
    CompletableFuture<Http.Answer> first =
        CompletableFuture.supplyAsync(() -> http.post("v1/extract", "text/plain", "block"));
    assertThat(reader.blocked.await(10, TimeUnit.SECONDS)).isTrue();

    Http.Answer second = http.post("v1/extract", "text/plain", "Nothing happened.");

    assertThat(second.status()).isEqualTo(503);
    assertThat(second.kind()).isEqualTo("BUSY");
    reader.release();
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(http.post("v1/extract", "text/plain", "Nothing happened.").status()).isEqualTo(200);
  }

  @Test
  void givesAQueuedPlaceBackWhenItsRequestGivesUp() throws Exception {
    Http http =
        start(
            FactServer.builder(reader.extractors())
                .workers(1)
                .queue(1)
                .timeout(Duration.ofMillis(500)));
    CompletableFuture<Http.Answer> blocking =
        CompletableFuture.supplyAsync(() -> http.post("v1/extract", "text/plain", "block"));
    assertThat(reader.blocked.await(10, TimeUnit.SECONDS)).isTrue();

    // Waits in the queue behind the blocked job, gives up at its time limit.
    assertThat(http.post("v1/extract", "text/plain", "queued").status()).isEqualTo(504);
    reader.release();
    blocking.get(10, TimeUnit.SECONDS);

    for (int i = 0; i < 3; i++) {
      assertThat(http.post("v1/extract", "text/plain", "again").status()).isEqualTo(200);
    }
  }

  @Test
  void sendsNoCorsHeadersUnlessAnOriginIsAllowed() {
    Http http = start();

    Http.Answer answer =
        http.send(
            HttpRequest.newBuilder(http.uri("health")).header("Origin", "https://example.org").GET());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(
            http.send(HttpRequest.newBuilder(http.uri("health")).GET()).status())
        .isEqualTo(200);
    assertThat(corsHeader(http)).isNull();
  }

  @Test
  void sendsCorsHeadersForTheAllowedOrigin() {
    Http http = start(FactServer.builder(reader.extractors()).allowOrigin("https://example.org"));

    assertThat(corsHeader(http)).isEqualTo("https://example.org");
  }

  private static String corsHeader(Http http) {
    try {
      return http.client()
          .send(
              HttpRequest.newBuilder(http.uri("v1/extract"))
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://example.org")
                  .header("Access-Control-Request-Method", "POST")
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding())
          .headers()
          .firstValue("Access-Control-Allow-Origin")
          .orElse(null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
