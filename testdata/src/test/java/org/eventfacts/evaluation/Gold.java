package org.eventfacts.evaluation;

import java.util.List;

/**
 * Gold documents for tests, written as JSON with single quotes for readability: {@code
 * Gold.document(List.of("casualty"), "{'type': 'casualty', 'outcome': 'KILLED', ...}")}.
 */
final class Gold {

  private Gold() {}

  /** A gold document "doc" exhaustive for {@code exhaustive}, with these expectations. */
  static GoldDocument document(List<String> exhaustive, String... expectations) {
    return GoldDocument.parse(json(exhaustive, expectations), "doc.gold.json");
  }

  /** A gold document "doc" that is exhaustive for nothing. */
  static GoldDocument recallOnly(String... expectations) {
    return document(List.of(), expectations);
  }

  static String json(List<String> exhaustive, String... expectations) {
    String types =
        exhaustive.stream().map(t -> "'" + t + "'").reduce((a, b) -> a + ", " + b).orElse("");
    return ("{'id': 'doc', 'exhaustive': [" + types + "], 'expect': ["
            + String.join(", ", expectations) + "]}")
        .replace('\'', '"');
  }
}
