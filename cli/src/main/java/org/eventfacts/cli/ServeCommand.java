package org.eventfacts.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.eventfacts.service.Extractors;
import org.eventfacts.service.FactServer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventfacts serve}: the facts over HTTP ({@code POST /v1/extract}, {@code POST
 * /v1/extract/batch}, {@code GET /health}, {@code GET /version}, {@code GET /openapi.json}) and,
 * at {@code /}, the page that shows them highlighted in the article. The answers are the JSON that
 * {@code extract} writes.
 */
@Command(
    name = "serve",
    description = {
      "Serves the facts over HTTP, with a page at / that shows them highlighted in the article.",
      "Listens on 127.0.0.1 only, unless --host says otherwise."
    },
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host = FactServer.DEFAULT_HOST;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  private int port = FactServer.DEFAULT_PORT;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      description = "The largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  private long maxBodyBytes = FactServer.DEFAULT_MAX_BODY_BYTES;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "The time one request may take; past it, 504 (default: ${DEFAULT-VALUE}).")
  private double timeoutSeconds = FactServer.DEFAULT_TIMEOUT.toMillis() / 1000.0;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description =
          "Requests that may wait for a worker; more get 503 at once (default: ${DEFAULT-VALUE}).")
  private int queue = FactServer.DEFAULT_QUEUE;

  @Option(
      names = "--allow-origin",
      paramLabel = "ORIGIN",
      description = "Let pages from ORIGIN (or *) call the API from a browser (default: none).")
  private @Nullable String allowOrigin;

  /** --threads sets the workers: extractions that run at once. */
  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws InterruptedException {
    try (FactServer server = start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "eventfacts-stop"));
      System.err.println("eventfacts: listening on " + server.uri() + " (Ctrl-C stops)");
      server.join();
    }
    return 0;
  }

  /** Loads the models, then starts the server as the options say. */
  FactServer start() {
    Extractors extractors = Extractors.of(extractorOptions.facts(), extractorOptions::build);
    System.err.println("eventfacts: loading the models...");
    extractors.warmUp();
    FactServer.Builder builder =
        FactServer.builder(extractors)
            .host(host)
            .port(port)
            .maxBodyBytes(maxBodyBytes)
            .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
            .workers(extractorOptions.threads())
            .queue(queue);
    if (allowOrigin != null) {
      builder.allowOrigin(allowOrigin);
    }
    return builder.start();
  }
}
