package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.casualty;
import static org.eventfacts.evaluation.Predicted.facts;
import static org.eventfacts.evaluation.Predicted.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.QuoteKind;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

  /** Casualties exhaustive: one of two found, with its victims, and one wrong; indirect missed. */
  private static final DocumentScore FIRST =
      Scorer.score(
          Gold.document(
              List.of("casualty"),
              "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': 12},"
                  + " 'victims': 'people'}",
              "{'type': 'casualty', 'outcome': 'INJURED', 'count': {'value': 40}}",
              "{'type': 'quote', 'start': 0, 'end': 37, 'kind': 'INDIRECT', 'speaker': 'Police'}"),
          facts(
              casualty(Outcome.KILLED, Count.exact("twelve", 12), "people"),
              casualty(Outcome.MISSING, Count.exact("twelve", 12))));

  /** Quotes recall-only: one of one found. */
  private static final DocumentScore SECOND =
      Scorer.score(
          Gold.recallOnly("{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'DIRECT'}"),
          facts(quote(100, 140, QuoteKind.DIRECT)));

  private static final EvaluationReport REPORT =
      new EvaluationReport("test", List.of(FIRST, SECOND));

  @Test
  void totalSumsTheDocuments() {
    TypeScore casualties = REPORT.total(FactType.CASUALTY);

    assertThat(casualties.expected()).isEqualTo(2);
    assertThat(casualties.matched()).isEqualTo(1);
    assertThat(casualties.predicted()).isEqualTo(2);
    assertThat(casualties.correct()).isEqualTo(1);
    assertThat(REPORT.total(FactType.QUOTE).matched()).isEqualTo(1);
  }

  @Test
  void reportsOnlyTypesWithExpectationsOrExhaustiveGold() {
    assertThat(REPORT.reportedTypes())
        .containsExactly(FactType.CASUALTY, FactType.QUOTE, FactType.INDIRECT);
  }

  @Test
  void tableGivesRecallPrecisionAndF1PerType() {
    assertThat(REPORT.toTable())
        .contains(
            "type        expected  matched  recall  predicted  precision      F1  exhaustive\n"
                + "casualty           2        1   0.500          2      0.500   0.500"
                + "         1/2\n");
  }

  @Test
  void tableShowsDashesForRecallOnlyTypes() {
    assertThat(REPORT.toTable())
        .contains(
            "quote              1        1   1.000          -          -       -         0/2\n");
  }

  @Test
  void tableGivesSlotAccuracies() {
    assertThat(REPORT.toTable()).contains("casualty.victims                 1/1 = 1.000\n");
  }

  @Test
  void jsonHoldsTheSameNumbers() {
    JsonNode casualty = REPORT.toJsonTree().path("types").path("casualty");

    assertThat(casualty.path("expected").intValue()).isEqualTo(2);
    assertThat(casualty.path("recall").doubleValue()).isEqualTo(0.5);
    assertThat(casualty.path("precision").doubleValue()).isEqualTo(0.5);
    assertThat(casualty.path("slots").path("victims").path("right").intValue()).isEqualTo(1);
  }

  @Test
  void jsonHasNullPrecisionForRecallOnlyTypes() {
    JsonNode quote = REPORT.toJsonTree().path("types").path("quote");

    assertThat(quote.path("precision").isNull()).isTrue();
    assertThat(quote.path("f1").isNull()).isTrue();
  }

  @Test
  void jsonTextIsTheTree() {
    assertThat(REPORT.toJson()).contains("\"name\" : \"test\"").contains("\"documents\" : 2");
  }

  @Test
  void diagnosticsListMissesWithQuotedTextAndFalsePositivesWithEvidence() {
    assertThat(REPORT.diagnostics())
        .isEqualTo(
            "== doc\n"
                + "  missed casualty  INJURED 40\n"
                + "  missed indirect  [0, 37) INDIRECT speaker=\"Police\""
                + " | Police said twelve people were killed\n"
                + "  wrong  casualty  MISSING \"twelve\" EXACT [12, 37) test.rule"
                + " | twelve people were killed\n");
  }

  @Test
  void diagnosticsListWrongSlotsWithTheGoldAndThePrediction() {
    DocumentScore score =
        Scorer.score(
            Gold.document(
                List.of("casualty"),
                "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': 12},"
                    + " 'victims': 'miners'}"),
            facts(casualty(Outcome.KILLED, Count.exact("twelve", 12), "people")));

    assertThat(new EvaluationReport("slots", List.of(score)).diagnostics())
        .isEqualTo(
            "== doc\n"
                + "  slot   casualty  victims: KILLED 12 victims=\"miners\""
                + " <- KILLED \"twelve\" EXACT victims=\"people\" [12, 37) test.rule"
                + " | twelve people were killed\n");
  }

  @Test
  void combinedReportSumsItsParts() {
    EvaluationReport combined =
        EvaluationReport.combine(
            new EvaluationReport("a", List.of(FIRST)), new EvaluationReport("b", List.of(SECOND)));

    assertThat(combined.name()).isEqualTo("a+b");
    assertThat(combined.total(FactType.CASUALTY)).isEqualTo(REPORT.total(FactType.CASUALTY));
    assertThat(combined.total(FactType.QUOTE)).isEqualTo(REPORT.total(FactType.QUOTE));
  }
}
