package org.eventfacts.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders an {@link EvaluationReport} as a JSON tree: counts as integers, ratios to four
 * decimals, and {@code null} for precision and F1 of a type no document is exhaustive for.
 *
 * <pre>{@code
 * {"name": "seed", "documents": 1,
 *  "types": {"casualty": {"expected": 6, "matched": 5, "recall": 0.8333, "exhaustiveDocuments": 1,
 *                         "predicted": 5, "correct": 5, "precision": 1.0, "f1": 0.9091,
 *                         "slots": {"victims": {"right": 4, "matched": 5, "accuracy": 0.8}}}}}
 * }</pre>
 */
final class ReportJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  static ObjectNode render(EvaluationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", report.name());
    root.put("documents", report.documents().size());
    ObjectNode types = root.putObject("types");
    for (FactType type : report.reportedTypes()) {
      TypeScore score = report.total(type);
      ObjectNode node = types.putObject(type.label());
      node.put("expected", score.expected());
      node.put("matched", score.matched());
      node.put("recall", round(score.recall()));
      node.put("exhaustiveDocuments", score.exhaustiveDocuments());
      if (score.hasPrecision()) {
        node.put("predicted", score.predicted());
        node.put("correct", score.correct());
      } else {
        node.putNull("predicted");
        node.putNull("correct");
      }
      putRatio(node, "precision", score.precision());
      putRatio(node, "f1", score.f1());
      ObjectNode slots = node.putObject("slots");
      for (Map.Entry<Slot, SlotTally> slot : score.slots().entrySet()) {
        ObjectNode tally = slots.putObject(slot.getKey().label());
        tally.put("right", slot.getValue().right());
        tally.put("matched", slot.getValue().scored());
        tally.put("accuracy", round(slot.getValue().accuracy()));
      }
    }
    return root;
  }

  private static void putRatio(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, round(value.getAsDouble()));
    } else {
      node.putNull(name);
    }
  }

  private static double round(double ratio) {
    return Math.round(ratio * 10_000) / 10_000.0;
  }
}
