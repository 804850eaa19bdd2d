package org.eventfacts.cli;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionResult;

/**
 * Counts what a run wrote, for the closing line on standard error.
 *
 * <pre>{@code
 * eventfacts: 28 documents, 25 read, 3 failed (DECODE 1, TIMEOUT 1, TOO_LONG 1) in 41.2 s
 * }</pre>
 */
final class RunSummary {

  private int documents;
  private final Map<ErrorKind, Integer> failures = new EnumMap<>(ErrorKind.class);

  /** Counts one record. */
  void count(ExtractionResult result) {
    documents++;
    if (result.failed()) {
      failures.merge(result.error().kind(), 1, Integer::sum);
    }
  }

  /** How many records were written. */
  int documents() {
    return documents;
  }

  /** How many of them are error records. */
  int failed() {
    return failures.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The closing line. */
  String line(Duration elapsed) {
    StringBuilder line =
        new StringBuilder()
            .append("eventfacts: ")
            .append(documents)
            .append(documents == 1 ? " document, " : " documents, ")
            .append(documents - failed())
            .append(" read, ")
            .append(failed())
            .append(" failed");
    if (!failures.isEmpty()) {
      line.append(
          failures.entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ", " (", ")")));
    }
    return line.append(String.format(" in %.1f s", elapsed.toMillis() / 1000.0)).toString();
  }
}
