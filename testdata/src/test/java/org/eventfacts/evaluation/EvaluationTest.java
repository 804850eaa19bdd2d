package org.eventfacts.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  private static final String TEXT = "Two people were killed.";

  @TempDir Path directory;

  private Corpus corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    for (String id : List.of("one", "two")) {
      Files.writeString(directory.resolve(id + ".txt"), TEXT, UTF_8);
      Files.writeString(
          directory.resolve(id + ".gold.json"),
          ("{'id': '" + id + "', 'exhaustive': ['casualty'], 'expect': [{'type': 'casualty',"
                  + " 'outcome': 'KILLED', 'count': {'value': 2, 'qualifier': 'EXACT'}}]}")
              .replace('\'', '"'),
          UTF_8);
    }
    corpus = Corpus.read(directory);
  }

  private static DocumentFacts twoKilled(String id, String text) {
    CasualtyCount casualty =
        new CasualtyCount(
            Outcome.KILLED,
            Count.exact("Two", 2),
            null,
            null,
            null,
            false,
            new Evidence(new Span(0, 22), 0, "test.rule"));
    return new DocumentFacts(id, text, List.of(casualty), List.of(), List.of(), List.of());
  }

  @Test
  void runScoresEveryDocumentWithTheExtractor() {
    List<String> seen = new ArrayList<>();

    EvaluationReport report =
        Evaluation.run(
            corpus,
            (id, text) -> {
              seen.add(id);
              return twoKilled(id, text);
            });

    assertThat(seen).containsExactly("one", "two");
    assertThat(report.name()).isEqualTo(corpus.name());
    assertThat(report.total(FactType.CASUALTY).recall()).isEqualTo(1.0);
    assertThat(report.total(FactType.CASUALTY).precision()).hasValue(1.0);
  }

  @Test
  void scorePairsEarlierPredictionsWithDocumentsById() {
    EvaluationReport report =
        Evaluation.score(
            corpus, List.of(twoKilled("two", TEXT), DocumentFacts.empty("one", TEXT)));

    assertThat(report.documents()).extracting(DocumentScore::id).containsExactly("one", "two");
    assertThat(report.total(FactType.CASUALTY).matched()).isEqualTo(1);
  }

  @Test
  void scoreRejectsADocumentWithoutPredictions() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.score(corpus, List.of(twoKilled("one", TEXT))))
        .withMessageContaining("no predictions for documents [two]");
  }

  @Test
  void scoreRejectsPredictionsForAnUnknownDocument() {
    List<DocumentFacts> predictions =
        List.of(
            DocumentFacts.empty("one", TEXT),
            DocumentFacts.empty("two", TEXT),
            DocumentFacts.empty("three", TEXT));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.score(corpus, predictions))
        .withMessageContaining("[three]");
  }

  @Test
  void runRejectsFactsReadFromAnotherText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.run(corpus, (id, text) -> DocumentFacts.empty(id, "Other.")))
        .withMessageContaining("different text");
  }
}
