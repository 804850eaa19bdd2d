package org.eventfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.json.FactsJson;
import org.eventfacts.page.StandalonePage;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventfacts render FILE}: the page the server shows, for one document, as a single HTML
 * file with its style, script, text and facts inside, to attach to a report and open offline.
 */
@Command(
    name = "render",
    description =
        "Writes one article with its facts highlighted as a self-contained HTML file.",
    mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A .txt file, or - for standard input.")
  private String path;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private @Nullable Path out;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "The day the article was published (YYYY-MM-DD), for its relative dates.")
  private @Nullable LocalDate published;

  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws IOException {
    Input input = Inputs.open(List.of(path), System.in, TextDecoder.strict()).iterator().next();
    ExtractionResult result;
    Document document = null;
    if (input instanceof Input.Readable readable) {
      Document read = readable.document();
      document = new Document(read.id(), read.text(), published, null);
      result = extractorOptions.build().tryExtract(document);
    } else {
      Input.Unreadable unreadable = (Input.Unreadable) input;
      result = ExtractionResult.failed(unreadable.id(), unreadable.error());
    }
    if (result.failed() || document == null) {
      System.err.println(
          "eventfacts: " + result.id() + " (" + result.error().kind() + "): "
              + result.error().message());
      return ExitCode.SOME_DOCUMENTS_FAILED;
    }
    ObjectMapper mapper = new ObjectMapper();
    String html = StandalonePage.render(mapper, document.text(), new FactsJson(mapper).write(result));
    if (out == null) {
      System.out.write(html.getBytes(StandardCharsets.UTF_8));
      System.out.flush();
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
    }
    return ExitCode.OK;
  }
}
