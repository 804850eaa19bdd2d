package org.eventfacts.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.testing.SharedExtractor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Victims, perpetrators and sources a count takes from the counts and attributions around it. */
class NeighbourSlotsTest {

  private static List<CasualtyCount> casualties(String text) {
    return SharedExtractor.facts(text).casualties();
  }

  private static @Nullable String text(@Nullable Phrase phrase) {
    return phrase == null ? null : phrase.text();
  }

  @Test
  void aBareCountTakesTheVictimsOfTheCountBesideIt() {
    assertThat(casualties("At least nine miners were killed and 38 remain missing."))
        .extracting(CasualtyCount::outcome, c -> text(c.victims()))
        .containsExactly(tuple(Outcome.KILLED, "miners"), tuple(Outcome.MISSING, "miners"));
  }

  @Test
  void aLaterTollTakesTheVictimsOfTheEarlierCount() {
    assertThat(
            casualties(
                "Four fishermen were killed when the storm hit the bay. By evening the death toll"
                    + " had risen to seven."))
        .extracting(c -> text(c.victims()))
        .containsExactly("fishermen", "fishermen");
  }

  @Test
  void aCountWithoutPerpetratorTakesTheOneItsSentenceNames() {
    assertThat(
            casualties(
                "A gunman killed two guards at the gate, and five visitors were wounded in the"
                    + " shooting."))
        .extracting(c -> text(c.perpetrator()))
        .containsExactly("A gunman", "A gunman");
  }

  @Test
  void readsTheSourceOfAListByTheAttributionThatClosesIt() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "The dead included two drivers, one nurse, one teacher, one cook and a boy from"
                + " Norland, a port official said.");

    assertThat(facts.casualties())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(facts.nameOf(c.source())).isEqualTo("a port official"));
  }

  @Test
  void aPronounCountedAsHitTakesTheVictimsOfTheCountItStandsFor() {
    assertThat(
            casualties(
                "A 26-year-old man was shot in the leg on Elm Street on Friday night. He was"
                    + " wounded near a bus stop, police said."))
        .extracting(c -> text(c.victims()))
        .containsExactly("A 26-year-old man", "A 26-year-old man");
  }

  @Test
  void aCountOfMoreTakesTheVictimsOfTheCountBesideIt() {
    assertThat(
            casualties(
                "Officials said about 20 of those who stormed the gate were killed and 30 more"
                    + " were wounded."))
        .extracting(c -> text(c.victims()))
        .containsExactly("those who stormed the gate", "those who stormed the gate");
  }

  @Test
  void aPronounAfterANamedPersonIsLeftToThatPerson() {
    assertThat(
            casualties(
                "A teenager was shot and killed on Elm Street. Officers found Ana Reyes, 17, on"
                    + " the sidewalk. She was pronounced dead at the scene."))
        .extracting(CasualtyCount::outcome, c -> text(c.victims()))
        .containsExactly(tuple(Outcome.KILLED, "A teenager"), tuple(Outcome.KILLED, "She"));
  }
}
