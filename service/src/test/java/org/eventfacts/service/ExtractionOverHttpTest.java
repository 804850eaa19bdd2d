package org.eventfacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.eventfacts.Document;
import org.eventfacts.FactType;
import org.eventfacts.json.FactsJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API with the real extractor behind it: the answers are the command line's JSON. */
class ExtractionOverHttpTest {

  private static final String REPORT =
      "Blast at Kelvin depot\n\n"
          + "Two workers were killed and 14 injured when a gas tank exploded at the Kelvin depot on"
          + " Tuesday, fire officials said. Police arrested the site manager, Tom Brandt, on"
          + " suspicion of negligence. \"We heard one loud bang,\" said Rita Moss, a driver.\n";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static FactServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = FactServer.builder(RealExtractors.shared()).port(0).start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** What the command line writes for the document, read back as JSON. */
  private static JsonNode expected(Document document, EnumSet<FactType> facts) {
    String line =
        new FactsJson(MAPPER).writeLine(RealExtractors.extractor(facts).tryExtract(document));
    try {
      return MAPPER.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void answersATextWithTheJsonTheCommandLineWrites() {
    Http.Answer answer = http.post("v1/extract?id=depot", "text/plain", REPORT);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json())
        .isEqualTo(expected(Document.of("depot", REPORT), EnumSet.allOf(FactType.class)));
    assertThat(answer.json().path("casualties").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void readsTheJsonFormWithItsIdAndPublicationDate() throws Exception {
    String body =
        MAPPER.writeValueAsString(
            MAPPER
                .createObjectNode()
                .put("id", "depot-2")
                .put("text", REPORT)
                .put("published", "2024-05-02")
                .put("title", "Blast at Kelvin depot"));

    Http.Answer answer = http.post("v1/extract", "application/json", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("id").asText()).isEqualTo("depot-2");
    assertThat(answer.json().path("arrests").size()).isEqualTo(1);
  }

  @Test
  void readsOnlyTheFactTypesAskedFor() {
    Http.Answer answer = http.post("v1/extract?facts=casualty", "text/plain", REPORT);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("arrests")).isEmpty();
    assertThat(answer.json().path("quotes")).isEmpty();
    assertThat(answer.json())
        .isEqualTo(expected(Document.of("", REPORT), EnumSet.of(FactType.CASUALTY)));
  }

  @Test
  void givesSpansInUtf16CodeUnitsAfterCharactersBeyondTheBasicPlane() {
    String text = "\uD83D\uDD25 Update \uD83D\uDD25\n\nThree people were killed in the fire.";

    JsonNode casualty =
        http.post("v1/extract", "text/plain", text).json().path("casualties").get(0);

    int start = casualty.path("span").path("start").asInt();
    int end = casualty.path("span").path("end").asInt();
    assertThat(text.substring(start, end)).contains("Three");
  }

  @Test
  void refusesATextOverTheExtractorsLimitWith413AndItsId() {
    String text = "Nothing happened. ".repeat(RealExtractors.MAX_TEXT_LENGTH / 10);

    Http.Answer answer = http.post("v1/extract?id=long", "text/plain", text);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.kind()).isEqualTo("TOO_LONG");
    assertThat(answer.json().path("id").asText()).isEqualTo("long");
  }

  @Test
  void answersABatchLineForLineInInputOrderWithFailuresInPlace() throws Exception {
    String tooLong = "Nothing happened. ".repeat(RealExtractors.MAX_TEXT_LENGTH / 10);
    String body =
        String.join(
            "\n",
            MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", "a").put("text", REPORT)),
            "",
            MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", "b").put("text", tooLong)),
            MAPPER.writeValueAsString(MAPPER.createObjectNode().put("text", "Nobody was hurt.")))
        + "\n";

    Http.Answer answer = http.post("v1/extract/batch", "application/x-ndjson", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.type()).startsWith("application/x-ndjson");
    List<String> lines = answer.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(MAPPER.readTree(lines.get(0)))
        .isEqualTo(expected(Document.of("a", REPORT), EnumSet.allOf(FactType.class)));
    assertThat(MAPPER.readTree(lines.get(1)).path("error").path("kind").asText())
        .isEqualTo("TOO_LONG");
    assertThat(MAPPER.readTree(lines.get(2)).path("id").asText()).isEqualTo("4");
  }
}
