package org.eventfacts.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.input.TextDecoder;

/**
 * The articles named on the command line: a {@code .txt} file, a JSON Lines file ({@code .jsonl}
 * or {@code .ndjson}: one {@code {"id", "text", "published", "title"}} object per line, as news
 * feeds give them), a directory of such files (read in name order), or {@code -} for standard
 * input. A text file's id is its name without {@code .txt}; a {@code <id>.meta.json} beside it
 * ({@code {"published": "YYYY-MM-DD", "title": "..."}}) gives its publication date and title.
 *
 * <p>The files are listed when the inputs are opened (a path that does not exist is a caller
 * error), and read one at a time as the run reaches them, so that a large folder is never all in
 * memory. Each file is decoded by a {@link TextDecoder}: a file that is not valid text becomes an
 * {@link Input.Unreadable} with a {@link ErrorKind#DECODE} error in its place, and the run goes on.
 *
 * <pre>{@code
 * Inputs inputs = Inputs.open(List.of("articles/"), System.in, TextDecoder.strict());
 * for (Input input : inputs) { ... }
 * }</pre>
 */
final class Inputs implements Iterable<Input> {

  /** Files larger than this are not read into memory: their record is a TOO_LONG error. */
  static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private final ImmutableList<Path> files; // null-free; STDIN stands for "-"
  private final InputStream stdin;
  private final TextDecoder decoder;

  private static final Path STDIN = Path.of("-");

  private Inputs(ImmutableList<Path> files, InputStream stdin, TextDecoder decoder) {
    this.files = files;
    this.stdin = stdin;
    this.decoder = decoder;
  }

  /**
   * The inputs {@code paths} name.
   *
   * @throws IllegalArgumentException if a path is neither a file, a directory nor {@code -}
   */
  static Inputs open(List<String> paths, InputStream stdin, TextDecoder decoder) {
    checkNotNull(stdin, "stdin");
    checkNotNull(decoder, "decoder");
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (String name : paths) {
      if (name.equals("-")) {
        files.add(STDIN);
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        files.addAll(textFilesIn(path));
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + name);
      }
    }
    return new Inputs(files.build(), stdin, decoder);
  }

  /** How many inputs there are (a JSON Lines file counts its non-blank lines). */
  int size() {
    int size = 0;
    for (Path file : files) {
      size += FeedRecords.isJsonLines(file) ? FeedRecords.count(file) : 1;
    }
    return size;
  }

  /** Reads the inputs in order, one file (or one line of a JSON Lines file) at a time. */
  @Override
  public Iterator<Input> iterator() {
    return Iterators.concat(Iterators.transform(files.iterator(), this::inputsOf));
  }

  private Iterator<Input> inputsOf(Path file) {
    if (file != STDIN && FeedRecords.isJsonLines(file)) {
      return FeedRecords.read(file);
    }
    return Iterators.singletonIterator(read(file));
  }

  private Input read(Path file) {
    if (file == STDIN) {
      return decoded("stdin", readStandardInput());
    }
    String id = idOf(file);
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return new Input.Unreadable(
            id,
            new ExtractionError(
                ErrorKind.TOO_LONG,
                String.format(
                    "%s has %,d bytes; files over %,d bytes are not read", file, size, MAX_FILE_BYTES)));
      }
      return decoded(file, id, Files.readAllBytes(file));
    } catch (IOException e) {
      return new Input.Unreadable(
          id, new ExtractionError(ErrorKind.DECODE, "cannot read " + file + ": " + e));
    }
  }

  private Input decoded(String id, byte[] bytes) {
    TextDecoder.Decoded decoded = decoder.decode(bytes);
    if (decoded instanceof TextDecoder.Decoded.Failure failure) {
      return new Input.Unreadable(
          id,
          new ExtractionError(
              ErrorKind.DECODE, failure.message() + "; --lenient replaces bad bytes with U+FFFD"));
    }
    return new Input.Readable(Document.of(id, ((TextDecoder.Decoded.Text) decoded).text()));
  }

  private Input decoded(Path file, String id, byte[] bytes) {
    Input input = decoded(id, bytes);
    if (input instanceof Input.Readable readable) {
      return FeedRecords.withSidecar(readable.document(), file.resolveSibling(id + ".meta.json"));
    }
    return input;
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static List<Path> textFilesIn(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(
              file ->
                  file.getFileName().toString().endsWith(".txt") || FeedRecords.isJsonLines(file))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private byte[] readStandardInput() {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
