package org.eventfacts.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** The people a list of the dead names, one counted group after another. */
class ListedVictimsTest {

  @Test
  void neverCountsTheSourceThatClosesTheListAmongTheDead() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "The dead included two drivers, one nurse and a boy from the harbour, a port official"
                + " said.");

    assertThat(facts.casualties())
        .extracting(c -> c.victims() == null ? null : c.victims().text())
        .contains("drivers", "nurse")
        .doesNotContain("a port official");
    assertThat(facts.casualties())
        .allSatisfy(c -> assertThat(facts.nameOf(c.source())).isEqualTo("a port official"));
  }

  @Test
  void neverCountsTheSourceThatClosesAListOfClauses() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "The dead included eight passengers; three were Kenyan, one was a trucker from Ghana,"
                + " a port official said.");

    assertThat(facts.casualties())
        .extracting(CasualtyCount::victims)
        .noneMatch(victims -> victims != null && victims.text().contains("official"));
  }
}
