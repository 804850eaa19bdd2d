package org.eventfacts.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The facts over HTTP, and the page that shows them in the article: a Jetty server over one set
 * of {@link Extractors} shared by every request.
 *
 * <pre>{@code
 * Extractors extractors =
 *     Extractors.of(EnumSet.allOf(FactType.class), facts -> EventFacts.builder().facts(facts).build());
 * try (FactServer server = FactServer.builder(extractors).port(8080).start()) {
 *   System.out.println("listening on " + server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code POST /v1/extract}, {@code POST /v1/extract/batch}, {@code GET /health},
 * {@code GET /version}, {@code GET /openapi.json} (which describes them all), and {@code GET /},
 * the page. Every bound has a default ({@link Builder}); the server listens on 127.0.0.1 unless
 * told otherwise, sends no CORS headers unless an origin is allowed, and reads no file a request
 * names.
 */
public final class FactServer implements AutoCloseable {

  /** The address the server listens on unless told otherwise: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The port the server listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;
  /** The largest request body, unless told otherwise: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
  /** The time a request may take, unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** Extractions that may wait for a worker, unless told otherwise. */
  public static final int DEFAULT_QUEUE = 16;
  /** How long a silent connection stays open, unless told otherwise. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  private final Server server;
  private final ServerConnector connector;
  private final ExtractionQueue queue;

  private FactServer(Builder builder) {
    Limits limits =
        new Limits(
            builder.maxBodyBytes,
            builder.timeout,
            builder.workers,
            builder.queue,
            builder.idleTimeout);
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.queue = new ExtractionQueue(limits.workers(), limits.queue());
    // Jetty's threads wait on extractions; the workers and the queue bound those, and the
    // connection limit bounds everything else (slow clients, keep-alive connections).
    int capacity = limits.workers() + limits.queue();
    int maxThreads = Math.max(16, 2 * capacity + 8);
    QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 4);
    threads.setName("eventfacts-http");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(16 * 1024);
    http.setIdleTimeout(limits.idleTimeout().toMillis());
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(builder.host);
    connector.setPort(builder.port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(builder.maxConnections, server));
    server.setErrorHandler(new JsonErrorHandler(mapper));
    server.setHandler(
        new Routes(
            mapper,
            new ExtractEndpoint(builder.extractors, queue, limits, mapper),
            new BatchEndpoint(builder.extractors, queue, limits, mapper),
            builder.extractors,
            ServiceInfo.load(),
            builder.allowedOrigin));
    server.setStopTimeout(2_000);
  }

  /** A builder for a server over {@code extractors}, with every limit at its default. */
  public static Builder builder(Extractors extractors) {
    return new Builder(extractors);
  }

  /** The port the server listens on (the one chosen when the builder asked for port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The server's address: {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = connector.getHost() == null ? "0.0.0.0" : connector.getHost();
    String authority = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + authority + ":" + port() + "/");
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops listening and ends the workers. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the server", e);
    } finally {
      queue.close();
    }
  }

  private FactServer startListening() {
    try {
      server.start();
    } catch (Exception e) {
      queue.close();
      throw new IllegalStateException(
          "cannot listen on " + connector.getHost() + ":" + connector.getPort() + ": " + e, e);
    }
    return this;
  }

  /** Configures a {@link FactServer}. */
  public static final class Builder {

    private final Extractors extractors;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int workers = Runtime.getRuntime().availableProcessors();
    private int queue = DEFAULT_QUEUE;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private int maxConnections = 256;
    private @Nullable String allowedOrigin;

    private Builder(Extractors extractors) {
      this.extractors = checkNotNull(extractors, "extractors");
    }

    /** The address to listen on (default {@value FactServer#DEFAULT_HOST}). */
    public Builder host(String host) {
      this.host = checkNotNull(host, "host");
      return this;
    }

    /** The port to listen on (default {@value FactServer#DEFAULT_PORT}; 0 for any free port). */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65535, "port must be in 0..65535, got %s", port);
      this.port = port;
      return this;
    }

    /** The largest request body in bytes (default 1 MiB); a larger one is refused with 413. */
    public Builder maxBodyBytes(long bytes) {
      checkArgument(bytes >= 1, "maxBodyBytes must be positive, got %s", bytes);
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * The time a request may take from arrival to answer, its body's arrival included (default
     * 30 s); past it the answer is 504, or 408 while the body is still arriving.
     */
    public Builder timeout(Duration timeout) {
      checkArgument(timeout.toMillis() >= 1, "timeout must be at least 1 ms, got %s", timeout);
      this.timeout = timeout;
      return this;
    }

    /** Extractions that run at once (default: one per core). */
    public Builder workers(int workers) {
      checkArgument(workers >= 1, "workers must be at least 1, got %s", workers);
      this.workers = workers;
      return this;
    }

    /**
     * Extractions that may wait for a worker (default {@value FactServer#DEFAULT_QUEUE}); when
     * they are all waiting, a new request is refused with 503 at once.
     */
    public Builder queue(int queue) {
      checkArgument(queue >= 0, "queue must not be negative, got %s", queue);
      this.queue = queue;
      return this;
    }

    /** How long a silent connection stays open (default 30 s). */
    public Builder idleTimeout(Duration idleTimeout) {
      checkArgument(
          idleTimeout.toMillis() >= 1, "idleTimeout must be at least 1 ms, got %s", idleTimeout);
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** Connections open at once (default 256); more wait to be accepted. */
    public Builder maxConnections(int maxConnections) {
      checkArgument(maxConnections >= 1, "maxConnections must be positive, got %s", maxConnections);
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * Lets pages from {@code origin} ({@code https://example.org}, or {@code *}) call the API
     * from a browser. Without it the server sends no CORS headers, and browsers allow only the
     * server's own page.
     */
    public Builder allowOrigin(String origin) {
      this.allowedOrigin = checkNotNull(origin, "origin");
      return this;
    }

    /** Starts the server; it listens once this returns. */
    public FactServer start() {
      return new FactServer(this).startListening();
    }
  }
}
