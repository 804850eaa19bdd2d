package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.page.Sample;
import org.eventfacts.page.Samples;
import org.eventfacts.service.FactServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} answers each bundled sample article with exactly the JSON {@code extract} writes. */
class ServeCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void answersEachBundledArticleWithTheJsonOfExtract() throws Exception {
    List<String> paths = new ArrayList<>();
    for (Sample sample : Samples.all()) {
      Path file = directory.resolve(sample.id() + ".txt");
      Files.writeString(file, sample.text(), StandardCharsets.UTF_8);
      paths.add(file.toString());
    }
    Path out = directory.resolve("facts.jsonl");
    List<String> args = new ArrayList<>(List.of("extract", "--out", out.toString()));
    args.addAll(paths);
    assertThat(Main.run(args.toArray(String[]::new))).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);

    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0");
    try (FactServer server = serve.start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < Samples.all().size(); i++) {
        Sample sample = Samples.all().get(i);
        String body =
            MAPPER.writeValueAsString(
                MAPPER.createObjectNode().put("id", sample.id()).put("text", sample.text()));
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(server.uri().resolve("v1/extract"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode served = MAPPER.readTree(answer.body());
        assertThat(served).as(sample.id()).isEqualTo(MAPPER.readTree(lines.get(i)));
        assertThat(served.path("casualties").size() + served.path("arrests").size())
            .as(sample.id())
            .isPositive();
      }
    }
  }

  @Test
  void listensOnTheLoopbackAddressUnlessToldOtherwise() throws IOException {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--facts", "CASUALTY");

    try (FactServer server = serve.start()) {
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }
  }
}
