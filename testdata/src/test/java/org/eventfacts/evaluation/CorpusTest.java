package org.eventfacts.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path directory;

  private void write(String name, String content) throws IOException {
    Files.writeString(directory.resolve(name), content, UTF_8);
  }

  private void writeDocument(String id, String text) throws IOException {
    write(id + ".txt", text);
    write(id + ".gold.json", "{\"id\": \"" + id + "\", \"exhaustive\": [], \"expect\": []}");
  }

  @Test
  void readsTextAndGoldPairsInOrderOfId() throws IOException {
    writeDocument("b.2024", "Second.");
    writeDocument("a.2024", "First – with a dash.");

    Corpus corpus = Corpus.read(directory);

    assertThat(corpus.documents())
        .extracting(CorpusDocument::id)
        .containsExactly("a.2024", "b.2024");
    assertThat(corpus.documents().get(0).text()).isEqualTo("First – with a dash.");
    assertThat(corpus.documents().get(0).gold().id()).isEqualTo("a.2024");
  }

  @Test
  void isNamedAfterItsDirectory() throws IOException {
    assertThat(Corpus.read(directory).name()).isEqualTo(directory.getFileName().toString());
  }

  @Test
  void ignoresFilesThatAreNeitherTextNorGold() throws IOException {
    writeDocument("a", "First.");
    write("CORPUS.md", "# About");

    assertThat(Corpus.read(directory).documents()).hasSize(1);
  }

  @Test
  void rejectsAMissingDirectory() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Corpus.read(directory.resolve("absent")))
        .withMessageContaining("no corpus directory at")
        .withMessageContaining("absent");
  }

  @Test
  void rejectsATextWithoutGold() throws IOException {
    write("lonely.txt", "Nobody annotated me.");

    assertThatThrownBy(() -> Corpus.read(directory))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("lonely.txt has no gold file lonely.gold.json");
  }

  @Test
  void rejectsGoldWithoutText() throws IOException {
    write("orphan.gold.json", "{\"id\": \"orphan\", \"exhaustive\": [], \"expect\": []}");

    assertThatThrownBy(() -> Corpus.read(directory))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("orphan.gold.json has no text file orphan.txt");
  }

  @Test
  void rejectsGoldWhoseIdIsNotItsFileName() throws IOException {
    write("a.txt", "First.");
    write("a.gold.json", "{\"id\": \"b\", \"exhaustive\": [], \"expect\": []}");

    assertThatThrownBy(() -> Corpus.read(directory))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("\"id\" must be the file's name \"a\", got \"b\"");
  }

  @Test
  void rejectsAGoldQuoteRunningPastTheText() throws IOException {
    write("a.txt", "Short.");
    write(
        "a.gold.json",
        "{\"id\": \"a\", \"exhaustive\": [], \"expect\": "
            + "[{\"type\": \"quote\", \"start\": 2, \"end\": 40, \"kind\": \"DIRECT\"}]}");

    assertThatThrownBy(() -> Corpus.read(directory))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("quote [2, 40) runs past the end of a text of 6 chars");
  }
}
