package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.badinput.BadInput;
import org.eventfacts.badinput.BadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of bad inputs, as a user would give it to {@code extract}: one record per file. */
class BadInputFolderTest {

  @TempDir Path directory;

  @Test
  void writesOneRecordPerFileInOrderWithTheKindEachMustHave() throws IOException {
    List<BadInput> inputs = new ArrayList<>(BadInputs.all());
    inputs.sort((a, b) -> a.name().compareTo(b.name()));
    for (BadInput input : inputs) {
      Files.write(directory.resolve(input.name() + ".txt"), input.bytes());
    }
    Path out = directory.resolve("records.jsonl");

    int exit =
        Main.run(
            "extract", "--progress", "none", "--threads", "2",
            "--max-length", String.valueOf(BadInputs.HARD_LIMIT),
            "--out", out.toString(), directory.toString());

    assertThat(exit).isEqualTo(ExitCode.SOME_DOCUMENTS_FAILED);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSameSizeAs(inputs);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode record = mapper.readTree(lines.get(i));
      BadInput input = inputs.get(i);
      assertThat(record.get("id").asText()).isEqualTo(input.name());
      // under the hard limit the huge text is refused; read, it would take minutes
      String kind = input.name().equals(BadInputs.HUGE_TEXT) ? "TOO_LONG" : input.errorKind();
      if (kind == null) {
        assertThat(record.has("error")).as("%s has facts", input.name()).isFalse();
      } else {
        assertThat(record.get("error").get("kind").asText()).as(input.name()).isEqualTo(kind);
      }
    }
  }
}
