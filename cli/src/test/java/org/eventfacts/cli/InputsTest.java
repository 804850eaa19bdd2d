package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventfacts.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  private static final InputStream NO_INPUT = InputStream.nullInputStream();

  @TempDir Path directory;

  @Test
  void readsEveryTextFileOfADirectoryInNameOrder() throws IOException {
    Files.writeString(directory.resolve("b.txt"), "Second.");
    Files.writeString(directory.resolve("a.txt"), "First.");
    Files.writeString(directory.resolve("a.gold.json"), "{}");

    List<Document> articles = Inputs.read(List.of(directory.toString()), NO_INPUT);

    assertThat(articles).extracting(Document::id).containsExactly("a", "b");
    assertThat(articles.get(0).text()).isEqualTo("First.");
  }

  @Test
  void namesAnArticleAfterItsFileWithoutTheExtension() throws IOException {
    Path file = Files.writeString(directory.resolve("report-17.txt"), "Text.");

    assertThat(Inputs.read(List.of(file.toString()), NO_INPUT))
        .extracting(Document::id)
        .containsExactly("report-17");
  }

  @Test
  void readsStandardInputForADash() {
    InputStream stdin = new ByteArrayInputStream("Piped text.".getBytes(StandardCharsets.UTF_8));

    assertThat(Inputs.read(List.of("-"), stdin))
        .extracting(Document::id, Document::text)
        .containsExactly(org.assertj.core.api.Assertions.tuple("stdin", "Piped text."));
  }

  @Test
  void refusesAPathThatDoesNotExist() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Inputs.read(List.of(directory.resolve("nope.txt").toString()), NO_INPUT))
        .withMessageContaining("no such file or directory");
  }
}
