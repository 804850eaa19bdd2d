package org.eventfacts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on 127.0.0.1: 500 requests, 8 at a time, short texts, the real extractor behind
 * the server with its default limits (and no annotation cache, whatever the build sets), after 16
 * requests of warm-up. No request may fail; the latencies are printed and written
 * to {@code target/load-test.txt}.
 */
class LoadTest {

  private static final int REQUESTS = 500;
  private static final int CONCURRENCY = 8;

  private static final String[] TEXTS = {
    "Two people were killed in the blast, police said.",
    "Police arrested three men after the raid on Friday.",
    "\"We will rebuild,\" the mayor said.",
    "At least 12 passengers were injured when the bus overturned.",
    "Nobody was hurt.",
  };

  @Test
  void answers500RequestsAt8ConcurrentWithoutAnError() throws Exception {
    try (FactServer server = FactServer.builder(RealExtractors.uncached()).port(0).start()) {
      Http http = new Http(server);
      ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
      // Warm up as the load runs (8 connections, both workers), so that the figures are those of
      // a running server, not of its first requests.
      List<Future<Integer>> warmUp = new ArrayList<>();
      for (int i = 0; i < 2 * CONCURRENCY; i++) {
        String text = TEXTS[i % TEXTS.length];
        warmUp.add(clients.submit(() -> http.post("v1/extract", "text/plain", text).status()));
      }
      for (Future<Integer> answer : warmUp) {
        answer.get(5, TimeUnit.MINUTES);
      }
      List<Future<long[]>> answers = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < REQUESTS; i++) {
        String text = TEXTS[i % TEXTS.length] + " (" + i + ")";
        answers.add(
            clients.submit(
                () -> {
                  long sent = System.nanoTime();
                  int status = http.post("v1/extract", "text/plain", text).status();
                  return new long[] {status, System.nanoTime() - sent};
                }));
      }
      List<Long> latencies = new ArrayList<>();
      List<Long> statuses = new ArrayList<>();
      for (Future<long[]> answer : answers) {
        long[] result = answer.get(5, TimeUnit.MINUTES);
        statuses.add(result[0]);
        latencies.add(result[1]);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      clients.shutdown();

      Collections.sort(latencies);
      String report =
          String.format(
              Locale.ROOT,
              "load test: %d requests, %d concurrent, %d server workers, %.1f s, %.0f requests/s,"
                  + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
              REQUESTS,
              CONCURRENCY,
              Runtime.getRuntime().availableProcessors(),
              seconds,
              REQUESTS / seconds,
              percentile(latencies, 50),
              percentile(latencies, 99),
              latencies.get(latencies.size() - 1) / 1e6);
      System.out.print(report);
      write(report);
      assertThat(statuses).hasSize(REQUESTS).containsOnly(200L);
    }
  }

  private static double percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static void write(String report) throws IOException {
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("load-test.txt"), report, StandardCharsets.UTF_8);
    }
  }
}
