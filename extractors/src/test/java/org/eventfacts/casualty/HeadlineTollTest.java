package org.eventfacts.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Outcome;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** The toll a headline opens with, without a verb: "5 dead, 12 hurt as ...". */
class HeadlineTollTest {

  private static List<CasualtyCount> casualties(String text) {
    return SharedExtractor.facts(text).casualties();
  }

  @Test
  void readsATitleCaseHeadlineTollWithoutAVerb() {
    assertThat(
            casualties(
                "5 Dead, 12 Hurt As Bus Overturns On Mountain Road\n\nA bus carrying pilgrims"
                    + " overturned on a mountain road on Tuesday."))
        .extracting(CasualtyCount::outcome, c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 5L), tuple(Outcome.INJURED, 12L));
  }

  @Test
  void givesEachCountOfTheTollTheCasualtyWordAfterIt() {
    assertThat(
            casualties(
                "2 Killed, 7 Wounded In Dockside Shooting\n\nA gunman opened fire near the docks"
                    + " on Friday night."))
        .extracting(CasualtyCount::outcome, c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 2L), tuple(Outcome.INJURED, 7L));
  }

  @Test
  void endsTheTollAtTheFirstCountThatIsNoCasualty() {
    assertThat(
            casualties(
                "8 Injured, 2 Arrested After Harbour Brawl\n\nA fight broke out at the harbour on"
                    + " Saturday."))
        .extracting(CasualtyCount::outcome, c -> c.count().value())
        .containsExactly(tuple(Outcome.INJURED, 8L));
  }

  @Test
  void leavesACountedNounAfterTheCasualtyWordToTheGrammar() {
    assertThat(casualties("Two dead bodies were found in the river on Monday."))
        .extracting(CasualtyCount::outcome, c -> c.count().value(), c -> c.victims().text())
        .containsExactly(tuple(Outcome.KILLED, 2L, "bodies"));
  }
}
