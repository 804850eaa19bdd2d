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
  void extractWritesOneCsvRowPerEventUnderAHeader() throws IOException {
    Files.writeString(
        directory.resolve("one.txt"),
        "AURORA, Ill. (AP) — Two men were killed, one of them \"a good neighbour\", in a shooting"
            + " on Friday, police said.");
    Files.writeString(directory.resolve("one.meta.json"), "{\"published\": \"2024-03-10\"}");
    Files.writeString(directory.resolve("two.txt"), "Nobody was hurt.");
    Path out = directory.resolve("events.csv");

    int exit =
        Main.run("extract", "--format", "csv", "--progress", "none", "--out", out.toString(), directory.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("document_id,event_id,date,date_precision,");
    assertThat(lines.get(1))
        .startsWith("one,e1,2024-03-08,DAY,false,United States,US,Illinois,Aurora,CITY,")
        .contains(",2,2,2,");
  }

  @Test
  void writesOneRecordPerInputInOrderAndGoesOnAfterAnUndecodableFile() throws IOException {
    Files.writeString(directory.resolve("a.txt"), "Two people were injured in the crash.");
    Files.write(directory.resolve("b.txt"), new byte[] {'N', 'o', (byte) 0xC3, '(', '.'});
    Files.writeString(directory.resolve("c.txt"), "Four people were killed, police said.");
    Path out = directory.resolve("facts.jsonl");

    int exit = Main.run("extract", "--progress", "none", "--out", out.toString(), directory.toString());

    assertThat(exit).isEqualTo(ExitCode.SOME_DOCUMENTS_FAILED);
    List<JsonNode> records = records(out);
    assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("a", "b", "c");
    assertThat(records.get(1).get("error").get("kind").asText()).isEqualTo("DECODE");
    assertThat(records.get(1).get("error").get("message").asText()).contains("byte 2");
    assertThat(records.get(2).get("casualties").get(0).get("count").get("value").asLong()).isEqualTo(4);
  }

  @Test
  void readsUndecodableBytesWhenLenient() throws IOException {
    Files.write(directory.resolve("b.txt"), new byte[] {'N', 'o', (byte) 0xC3, '(', '.'});
    Path out = directory.resolve("facts.jsonl");

    int exit = Main.run("extract", "--lenient", "--progress", "none", "--out", out.toString(), directory.toString());

    assertThat(exit).isEqualTo(ExitCode.OK);
    assertThat(records(out).get(0).has("error")).isFalse();
  }

  @Test
  void stopsAtTheFirstFailureWhenFailingFast() throws IOException {
    Files.write(directory.resolve("a.txt"), new byte[] {(byte) 0xFF});
    Files.writeString(directory.resolve("b.txt"), "Fine.");
    Path out = directory.resolve("facts.jsonl");

    int exit = Main.run("extract", "--fail-fast", "--progress", "none", "--out", out.toString(), directory.toString());

    assertThat(exit).isEqualTo(ExitCode.SOME_DOCUMENTS_FAILED);
    assertThat(records(out)).extracting(r -> r.get("id").asText()).containsExactly("a");
  }

  @Test
  void reportsAMissingInputAsAUsageError() {
    int exit = Main.run("extract", directory.resolve("missing.txt").toString());

    assertThat(exit).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void reportsAnUnknownOptionAsAUsageError() {
    assertThat(Main.run("extract", "--no-such-option", "x.txt")).isEqualTo(ExitCode.USAGE);
  }

  private static List<JsonNode> records(Path out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> records = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      records.add(mapper.readTree(line));
    }
    return records;
  }
}
