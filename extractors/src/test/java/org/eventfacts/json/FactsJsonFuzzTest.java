package org.eventfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.input.RandomText;
import org.junit.jupiter.api.Test;

/** Records of any id, text and message are one line of valid JSON that reads back the same. */
class FactsJsonFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final FactsJson JSON = new FactsJson(MAPPER);

  static void check(String id, String text, String message) throws JsonProcessingException {
    String facts = JSON.writeLine(ExtractionResult.of(DocumentFacts.empty(id, text)));
    assertThat(facts).doesNotContain("\n");
    JsonNode read = MAPPER.readTree(facts);
    assertThat(read.get("id").asText()).isEqualTo(id);
    assertThat(read.get("language").asText()).isIn("en", "other", "und");
    if (!message.isBlank()) {
      ExtractionError error = new ExtractionError(ErrorKind.INTERNAL, message);
      String failed = JSON.writeLine(ExtractionResult.failed(id, error));
      assertThat(failed).doesNotContain("\n");
      JsonNode record = MAPPER.readTree(failed);
      assertThat(record.get("error").get("message").asText()).isEqualTo(message);
    }
  }

  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void writesAnyRecordAsOneLineOfJson(FuzzedDataProvider data) throws JsonProcessingException {
    check(data.consumeString(50), data.consumeString(200), data.consumeRemainingAsString());
  }

  @Test
  void holdsForTwentyThousandRandomInputs() throws JsonProcessingException {
    Random random = new Random(23);
    for (int i = 0; i < 20_000; i++) {
      check(RandomText.of(random, 20), RandomText.of(random, 80), RandomText.of(random, 40));
    }
  }
}
