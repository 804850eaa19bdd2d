package org.eventfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventfacts.Document;
import org.eventfacts.FactExtractor;
import org.eventfacts.json.FactsJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventfacts extract PATH...}: the facts of each article as one JSON line. */
@Command(
    name = "extract",
    description = "Writes the facts of each article as JSON Lines, one object per document.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A .txt file, a directory of .txt files, or - for standard input.")
  private List<String> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  private @Nullable Path out;

  @Option(names = "--pretty", description = "Indent the JSON (one document spans several lines).")
  private boolean pretty;

  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws IOException {
    List<Document> articles = Inputs.read(paths, System.in);
    FactExtractor extractor = extractorOptions.build();
    ObjectMapper mapper = new ObjectMapper();
    FactsJson json = new FactsJson(mapper);
    ObjectWriter writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    try (Writer output = open()) {
      extractor.extractAll(
          articles,
          result -> {
            try {
              output.write(writer.writeValueAsString(json.write(result)));
              output.write('\n');
              output.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return 0;
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
