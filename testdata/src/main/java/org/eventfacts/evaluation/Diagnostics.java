package org.eventfacts.evaluation;

import java.util.Locale;

/**
 * Renders what each document's extraction got wrong: a line per missed expectation, per false
 * positive and per wrong slot of a matched pair (the gold, then what was predicted), so a developer
 * can see which rule to fix.
 *
 * <pre>{@code
 * == kazakhstan-stern
 *   missed casualty  KILLED 26 EXACT victims="armed men" hedged=true
 *   missed quote     [812, 867) DIRECT speaker="Ana Voss" | “We will not retreat…”
 *   wrong  arrest    arrestee="reporters" [1200, 1240) arrest.passive | "reporters were held…"
 *   slot   quote     speaker: [90, 130) DIRECT speaker="Ana Voss" <- DIRECT speaker="he" [90, 130) quote.direct.no-cue | “…”
 * }</pre>
 */
final class Diagnostics {

  private static final int MAX_EVIDENCE = 160;

  private Diagnostics() {}

  static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    for (DocumentScore document : report.documents()) {
      if (document.misses().isEmpty()
          && document.falsePositives().isEmpty()
          && document.slotErrors().isEmpty()) {
        continue;
      }
      out.append("== ").append(document.id()).append('\n');
      for (Miss miss : document.misses()) {
        Expectation expected = miss.expectation();
        out.append(line("missed", expected.type(), expected.summary(), miss.evidence()));
      }
      for (FalsePositive wrong : document.falsePositives()) {
        String where = wrong.span() + (wrong.rule() == null ? "" : " " + wrong.rule());
        out.append(line("wrong", wrong.type(), wrong.summary() + " " + where, wrong.evidence()));
      }
      for (SlotError error : document.slotErrors()) {
        FalsePositive predicted = error.predicted();
        String where = predicted.span() + (predicted.rule() == null ? "" : " " + predicted.rule());
        String summary =
            error.slot().label()
                + ": "
                + error.expected().summary()
                + " <- "
                + predicted.summary()
                + " "
                + where;
        out.append(line("slot", error.expected().type(), summary, predicted.evidence()));
      }
    }
    return out.toString();
  }

  private static String line(String verdict, FactType type, String summary, String evidence) {
    String text = evidence.isBlank() ? "" : " | " + excerpt(evidence);
    return String.format(Locale.ROOT, "  %-6s %-9s %s%s%n", verdict, type.label(), summary, text);
  }

  /** The evidence on one line, shortened to its start. */
  static String excerpt(String evidence) {
    String oneLine = evidence.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_EVIDENCE ? oneLine : oneLine.substring(0, MAX_EVIDENCE) + "…";
  }
}
