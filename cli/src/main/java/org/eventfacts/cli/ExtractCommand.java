package org.eventfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.Iterators;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.csv.EventsCsv;
import org.eventfacts.json.FactsJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventfacts extract PATH...}: one JSON line per input, in input order, holding the
 * document's facts or its error record, or with {@code --format csv} one row per event ({@link
 * EventsCsv}); a failed document never stops the run (unless {@code --fail-fast}). Standard error gets progress on long runs and a closing summary; the exit code
 * says whether every document was read ({@link ExitCode}).
 */
@Command(
    name = "extract",
    description = {
      "Writes one JSON line per input, in input order: its facts, or an error record"
          + " {\"id\",\"error\":{\"kind\",\"message\"}}; or, with --format csv, one row per event.",
      "Exit codes: 0 every document read; 3 some documents have error records;"
          + " 2 usage error; 1 the run failed."
    },
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A .txt file, a directory of .txt files, or - for standard input.")
  private List<String> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  private @Nullable Path out;

  @Option(names = "--pretty", description = "Indent the JSON (one document spans several lines).")
  private boolean pretty;

  /** What the records are written as. */
  enum Format {
    JSON,
    CSV
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "json (default): one JSON line per input; csv: a header, then one row per event (a"
              + " document without events has no row; errors go to standard error only).")
  private Format format = Format.JSON;

  @Option(
      names = "--lenient",
      description =
          "Replace invalid UTF-8 bytes with U+FFFD instead of writing a DECODE error record"
              + " (offsets then count the decoded text).")
  private boolean lenient;

  @Option(
      names = "--fail-fast",
      description = "Stop at the first document that fails, after writing its error record.")
  private boolean failFast;

  @Option(
      names = "--progress",
      paramLabel = "STYLE",
      description =
          "Progress on standard error: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: a bar"
              + " on a terminal, a line every 10 s otherwise).")
  private Progress.Style progressStyle = Progress.Style.AUTO;

  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Inputs inputs;
    try {
      inputs = Inputs.open(paths, System.in, lenient ? TextDecoder.lenient() : TextDecoder.strict());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    FactExtractor extractor = extractorOptions.build();
    ObjectMapper mapper = new ObjectMapper();
    FactsJson json = new FactsJson(mapper);
    ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    RunSummary summary = new RunSummary();
    // The documents handed to the extractor, oldest first: a result's record echoes its document's
    // publication date and title (results come back in document order).
    Deque<Document> given = new ArrayDeque<>();
    try (Writer output = open();
        Progress progress = Progress.start(progressStyle, System.err, inputs.size())) {
      if (format == Format.CSV) {
        output.write(EventsCsv.HEADER);
        output.write("\r\n");
      }
      InputOrder order =
          new InputOrder(
              inputs,
              result -> {
                Document document =
                    !given.isEmpty() && given.peekFirst().id().equals(result.id())
                        ? given.pollFirst()
                        : null;
                if (format == Format.CSV) {
                  writeRows(output, result);
                } else {
                  write(output, writer, json, result, document);
                }
                summary.count(result);
                progress.done();
                if (result.failed()) {
                  progress.note(
                      "failed: " + result.id() + " (" + result.error().kind() + "): "
                          + result.error().message());
                  if (failFast) {
                    throw new FailFast();
                  }
                }
              });
      try {
        Iterable<Document> documents =
            () -> Iterators.transform(order.documents().iterator(), d -> remember(given, d));
        extractor.extractAll(documents, order);
        order.finish();
      } catch (FailFast stop) {
        // the failing document's record is written; the rest are not read
      }
    }
    System.err.println(summary.line(Duration.ofNanos(System.nanoTime() - start)));
    return summary.failed() == 0 ? ExitCode.OK : ExitCode.SOME_DOCUMENTS_FAILED;
  }

  private static Document remember(Deque<Document> given, Document document) {
    given.addLast(document);
    return document;
  }

  private static void write(
      Writer output,
      ObjectWriter writer,
      FactsJson json,
      ExtractionResult result,
      @Nullable Document document) {
    try {
      output.write(writer.writeValueAsString(json.write(result, document)));
      output.write('\n');
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of " + result.id(), e);
    }
  }

  private static void writeRows(Writer output, ExtractionResult result) {
    if (result.facts() == null) {
      return; // the failure is on standard error
    }
    try {
      for (String row : EventsCsv.rows(result.facts())) {
        output.write(row);
        output.write("\r\n");
      }
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rows of " + result.id(), e);
    }
  }

  /** Stops a {@code --fail-fast} run after the first error record. */
  private static final class FailFast extends RuntimeException {
    FailFast() {
      super(null, null, false, false);
    }
  }

  private Writer open() throws IOException {
    if (out == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // leave System.out open
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
