package org.eventfacts.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders an {@link EvaluationReport} as a plain-text table. */
final class ReportTable {

  private static final String ROW = "%-10s %9s %8s %7s %10s %10s %7s %11s%n";

  private ReportTable() {}

  static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    int documents = report.documents().size();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d document%s%n%n",
            report.name(),
            documents,
            documents == 1 ? "" : "s"));
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "type",
            "expected",
            "matched",
            "recall",
            "predicted",
            "precision",
            "F1",
            "exhaustive"));
    for (FactType type : report.reportedTypes()) {
      TypeScore score = report.total(type);
      boolean precise = score.hasPrecision();
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              type.label(),
              score.expected(),
              score.matched(),
              ratio(score.recall()),
              precise ? Integer.toString(score.predicted()) : "-",
              ratio(score.precision()),
              ratio(score.f1()),
              score.exhaustiveDocuments() + "/" + documents));
    }
    StringBuilder slots = new StringBuilder();
    for (FactType type : report.reportedTypes()) {
      for (Map.Entry<Slot, SlotTally> slot : report.total(type).slots().entrySet()) {
        SlotTally tally = slot.getValue();
        slots.append(
            String.format(
                Locale.ROOT,
                "%-24s %11s = %s%n",
                type.label() + "." + slot.getKey().label(),
                tally.right() + "/" + tally.scored(),
                ratio(tally.accuracy())));
      }
    }
    if (slots.length() > 0) {
      out.append(String.format("%nslots (right/matched = accuracy)%n")).append(slots);
    }
    return out.toString();
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String ratio(OptionalDouble value) {
    return value.isPresent() ? ratio(value.getAsDouble()) : "-";
  }
}
