package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  private static final InputStream NO_INPUT = InputStream.nullInputStream();

  @TempDir Path directory;

  private static List<Input> read(List<String> paths, InputStream stdin) {
    return ImmutableList.copyOf(Inputs.open(paths, stdin, TextDecoder.strict()));
  }

  private static Document document(Input input) {
    return ((Input.Readable) input).document();
  }

  @Test
  void readsEveryTextFileOfADirectoryInNameOrder() throws IOException {
    Files.writeString(directory.resolve("b.txt"), "Second.");
    Files.writeString(directory.resolve("a.txt"), "First.");
    Files.writeString(directory.resolve("a.gold.json"), "{}");

    List<Input> inputs = read(List.of(directory.toString()), NO_INPUT);

    assertThat(inputs).extracting(Input::id).containsExactly("a", "b");
    assertThat(document(inputs.get(0)).text()).isEqualTo("First.");
  }

  @Test
  void namesAnArticleAfterItsFileWithoutTheExtension() throws IOException {
    Path file = Files.writeString(directory.resolve("report-17.txt"), "Text.");

    assertThat(read(List.of(file.toString()), NO_INPUT)).extracting(Input::id).containsExactly("report-17");
  }

  @Test
  void readsStandardInputForADash() {
    InputStream stdin = new ByteArrayInputStream("Piped text.".getBytes(StandardCharsets.UTF_8));

    assertThat(read(List.of("-"), stdin))
        .extracting(Input::id, input -> document(input).text())
        .containsExactly(tuple("stdin", "Piped text."));
  }

  @Test
  void refusesAPathThatDoesNotExist() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(List.of(directory.resolve("nope.txt").toString()), NO_INPUT))
        .withMessageContaining("no such file or directory");
  }

  @Test
  void keepsAnUndecodableFileInItsPlaceAsADecodeError() throws IOException {
    Files.writeString(directory.resolve("a.txt"), "Fine.");
    Files.write(directory.resolve("b.txt"), new byte[] {'B', 'a', 'd', (byte) 0xFF});
    Files.writeString(directory.resolve("c.txt"), "Also fine.");

    List<Input> inputs = read(List.of(directory.toString()), NO_INPUT);

    assertThat(inputs).extracting(Input::id).containsExactly("a", "b", "c");
    assertThat(inputs.get(1))
        .isInstanceOfSatisfying(
            Input.Unreadable.class,
            bad -> {
              assertThat(bad.error().kind()).isEqualTo(ErrorKind.DECODE);
              assertThat(bad.error().message()).contains("byte 3");
            });
  }

  @Test
  void countsTheInputsBeforeReadingThem() throws IOException {
    Files.writeString(directory.resolve("a.txt"), "One.");
    Files.writeString(directory.resolve("b.txt"), "Two.");

    assertThat(Inputs.open(List.of(directory.toString(), "-"), NO_INPUT, TextDecoder.strict()).size())
        .isEqualTo(3);
  }
}
