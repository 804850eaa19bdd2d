package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: this loads the CoreNLP models once for the test JVM. */
class MainTest {

  @TempDir Path directory;

  @Test
  void extractWritesOneJsonLinePerArticle() throws IOException {
    Files.writeString(directory.resolve("one.txt"), "Three people were killed in the blast, police said.");
    Files.writeString(directory.resolve("two.txt"), "Nobody was hurt.");
    Path out = directory.resolve("facts.jsonl");

    int exit = Main.run("extract", "--threads", "2", "--out", out.toString(), directory.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("one");
    assertThat(first.get("casualties").get(0).get("count").get("value").asLong()).isEqualTo(3);
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("casualties")).isEmpty();
  }

  @Test
  void reportsAMissingInputAsAFailureWithAMessage() {
    int exit = Main.run("extract", directory.resolve("missing.txt").toString());

    assertThat(exit).isEqualTo(1);
  }

  @Test
  void reportsAnUnknownOptionAsAUsageError() {
    assertThat(Main.run("extract", "--no-such-option", "x.txt")).isEqualTo(2);
  }
}
