package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedRecordsTest {

  @TempDir Path folder;

  @Test
  void readsAFeedLineWithItsPublicationDateAndTitle() {
    Input input =
        FeedRecords.parse(
            "{\"id\": \"a1\", \"text\": \"Two were hurt.\", \"published\": \"2024-03-10\","
                + " \"title\": \"Two hurt\"}",
            "feed.jsonl:1");

    assertThat(input).isInstanceOf(Input.Readable.class);
    var document = ((Input.Readable) input).document();
    assertThat(document.id()).isEqualTo("a1");
    assertThat(document.published()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(document.title()).isEqualTo("Two hurt");
  }

  @Test
  void turnsABrokenLineIntoADecodeError() {
    Input input = FeedRecords.parse("{\"id\": \"a2\", \"published\": \"soon\"", "feed.jsonl:2");

    assertThat(input).isInstanceOf(Input.Unreadable.class);
    assertThat(((Input.Unreadable) input).error().kind()).isEqualTo(ErrorKind.DECODE);
  }

  @Test
  void readsEveryNonBlankLineOfAJsonLinesFileInOrder() throws IOException {
    Path feed = folder.resolve("feed.jsonl");
    Files.writeString(
        feed, "{\"id\": \"x\", \"text\": \"One.\"}\n\n{\"id\": \"y\", \"text\": \"Two.\"}\n");

    List<String> ids = new ArrayList<>();
    FeedRecords.read(feed).forEachRemaining(input -> ids.add(input.id()));

    assertThat(ids).containsExactly("x", "y");
    assertThat(FeedRecords.count(feed)).isEqualTo(2);
  }

  @Test
  void givesATextFileThePublicationDateOfItsSidecar() throws IOException {
    Files.writeString(folder.resolve("r1.txt"), "Three were killed on Friday.");
    Files.writeString(folder.resolve("r1.meta.json"), "{\"published\": \"2024-03-10\"}");

    Inputs inputs = Inputs.open(List.of(folder.toString()), System.in, TextDecoder.strict());
    Input input = inputs.iterator().next();

    assertThat(((Input.Readable) input).document().published()).isEqualTo(LocalDate.of(2024, 3, 10));
  }
}
