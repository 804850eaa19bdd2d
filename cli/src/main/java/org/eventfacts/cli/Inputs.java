package org.eventfacts.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventfacts.Document;

/**
 * The articles named on the command line: a {@code .txt} file, a directory of them (read in name
 * order), or {@code -} for standard input. An article's id is its file name without {@code .txt}.
 */
final class Inputs {

  private Inputs() {}

  static ImmutableList<Document> read(List<String> paths, InputStream stdin) {
    ImmutableList.Builder<Document> articles = ImmutableList.builder();
    for (String name : paths) {
      if (name.equals("-")) {
        articles.add(Document.of("stdin", readAll(stdin)));
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        for (Path file : textFilesIn(path)) {
          articles.add(article(file));
        }
      } else if (Files.isRegularFile(path)) {
        articles.add(article(path));
      } else {
        throw new IllegalArgumentException("no such file or directory: " + name);
      }
    }
    return articles.build();
  }

  private static List<Path> textFilesIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static Document article(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    try {
      return Document.of(id, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as UTF-8 text", e);
    }
  }

  private static String readAll(InputStream stdin) {
    try {
      return CharStreams.toString(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
