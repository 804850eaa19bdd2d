package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The corpus README requires that predictions built from the gold itself score perfectly; these
 * tests read the corpora from {@code ../shared/corpus} (the {@code eventfacts.corpus} system
 * property) and are skipped where it is absent. No corpus text is copied into the project.
 */
class GoldBuiltPredictionsTest {

  private static Path corpora() {
    String property = System.getProperty("eventfacts.corpus");
    assumeTrue(property != null, "eventfacts.corpus is not set");
    Path root = Path.of(property);
    assumeTrue(Files.isDirectory(root), "no corpora at " + root);
    return root;
  }

  private static EvaluationReport scoreGoldAgainstItself(Path directory) {
    Corpus corpus = Corpus.read(directory);
    return Evaluation.score(corpus, corpus.documents().stream().map(GoldFacts::of).toList());
  }

  private static void assertPerfect(EvaluationReport report, SoftAssertions softly) {
    for (FactType type : report.reportedTypes()) {
      TypeScore score = report.total(type);
      String what = report.name() + " " + type.label();
      softly.assertThat(score.recall()).as(what + " recall").isEqualTo(1.0);
      score.precision().ifPresent(p -> softly.assertThat(p).as(what + " precision").isEqualTo(1.0));
      for (Map.Entry<Slot, SlotTally> slot : score.slots().entrySet()) {
        softly
            .assertThat(slot.getValue().accuracy())
            .as(what + "." + slot.getKey().label() + " accuracy")
            .isEqualTo(1.0);
      }
    }
  }

  @Test
  void seedGoldScoresPerfectlyAgainstItself() {
    Path seed = corpora().resolve("seed");
    assumeTrue(Files.isDirectory(seed), "no seed corpus");

    EvaluationReport report = scoreGoldAgainstItself(seed);

    assertThat(report.documents()).isNotEmpty();
    assertThat(report.reportedTypes())
        .containsExactly(
            FactType.CASUALTY, FactType.ARREST, FactType.QUOTE, FactType.INDIRECT, FactType.ACTOR);
    SoftAssertions softly = new SoftAssertions();
    assertPerfect(report, softly);
    softly.assertAll();
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void everyCorpusGoldScoresPerfectlyAgainstItself() throws IOException {
    List<Path> directories;
    try (Stream<Path> children = Files.list(corpora())) {
      directories = children.filter(Files::isDirectory).sorted().toList();
    }
    assumeTrue(!directories.isEmpty(), "no corpus directories");

    SoftAssertions softly = new SoftAssertions();
    for (Path directory : directories) {
      EvaluationReport report = scoreGoldAgainstItself(directory);
      softly.assertThat(report.documents()).as(report.name() + " documents").isNotEmpty();
      assertPerfect(report, softly);
    }
    softly.assertAll();
  }
}
