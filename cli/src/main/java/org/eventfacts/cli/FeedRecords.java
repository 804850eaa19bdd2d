package org.eventfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.AbstractIterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.jspecify.annotations.Nullable;

/**
 * Documents as news feeds give them: JSON Lines with one {@code {"id", "text", "published",
 * "title"}} object per line ({@code published} an ISO day, {@code published} and {@code title}
 * optional), and the {@code <id>.meta.json} sidecar of a text file. A line that is not such an
 * object becomes an {@link Input.Unreadable} with a {@link ErrorKind#DECODE} error, and the run goes
 * on.
 *
 * <pre>{@code
 * {"id": "a1", "text": "AURORA, Ill. — Two men were shot ...", "published": "2024-03-10", "title": "Two shot"}
 * }</pre>
 */
final class FeedRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedRecords() {}

  static boolean isJsonLines(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** The number of non-blank lines of a JSON Lines file. */
  static int count(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return (int) lines.filter(line -> !line.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return 1; // its error record comes when it is read
    }
  }

  /** The documents of a JSON Lines file, read one line at a time. */
  static Iterator<Input> read(Path file) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return java.util.List.<Input>of(
              new Input.Unreadable(
                  file.toString(), new ExtractionError(ErrorKind.DECODE, "cannot read " + file + ": " + e)))
          .iterator();
    }
    return new AbstractIterator<>() {
      private int lineNumber;

      @Override
      protected @Nullable Input computeNext() {
        try {
          String line;
          do {
            line = reader.readLine();
            lineNumber++;
          } while (line != null && line.isBlank());
          if (line == null) {
            reader.close();
            return endOfData();
          }
          return parse(line, file.getFileName() + ":" + lineNumber);
        } catch (IOException e) {
          closeQuietly(reader);
          return new Input.Unreadable(
              file + ":" + lineNumber,
              new ExtractionError(ErrorKind.DECODE, "cannot read " + file + ": " + e));
        }
      }
    };
  }

  /** One line of JSON Lines as a document; {@code where} names the line in an error. */
  static Input parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return new Input.Unreadable(
          where, new ExtractionError(ErrorKind.DECODE, where + ": not a JSON object: " + e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return new Input.Unreadable(
          where, new ExtractionError(ErrorKind.DECODE, where + ": not a JSON object"));
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    String name = id != null && id.isTextual() ? id.asText() : where;
    if (text == null || !text.isTextual()) {
      return new Input.Unreadable(
          name, new ExtractionError(ErrorKind.DECODE, where + ": needs a \"text\" string"));
    }
    try {
      return new Input.Readable(
          new Document(name, text.asText(), published(node.get("published")), title(node.get("title"))));
    } catch (DateTimeParseException e) {
      return new Input.Unreadable(
          name,
          new ExtractionError(
              ErrorKind.DECODE, where + ": \"published\" must be an ISO day such as 2024-03-10"));
    }
  }

  /** The document with the publication date and title of its sidecar, where there is one. */
  static Input withSidecar(Document document, Path meta) {
    if (!Files.isRegularFile(meta)) {
      return new Input.Readable(document);
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(meta, StandardCharsets.UTF_8));
      return new Input.Readable(
          new Document(
              document.id(), document.text(), published(node.get("published")), title(node.get("title"))));
    } catch (IOException | DateTimeParseException e) {
      return new Input.Unreadable(
          document.id(),
          new ExtractionError(ErrorKind.DECODE, meta + ": not a readable {\"published\": \"YYYY-MM-DD\"}: " + e.getMessage()));
    }
  }

  private static @Nullable LocalDate published(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
  }

  private static @Nullable String title(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static void closeQuietly(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException ignored) {
      // the read already failed; its error record says so
    }
  }
}
