package org.eventfacts.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Phrase;
import org.eventfacts.testing.SharedExtractor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Perpetrators a count's own clause leaves out, read from the attack the text tells around it. */
class AttackersTest {

  private static List<CasualtyCount> casualties(String text) {
    return SharedExtractor.facts(text).casualties();
  }

  private static @Nullable String text(@Nullable Phrase phrase) {
    return phrase == null ? null : phrase.text();
  }

  @Test
  void aPassiveCountTakesTheSubjectOfTheAttackInTheSentenceBefore() {
    assertThat(
            casualties(
                "Masked raiders stormed a roadside market near Orlova on Tuesday. Six traders"
                    + " were killed."))
        .extracting(c -> text(c.perpetrator()))
        .containsExactly("Masked raiders");
  }

  @Test
  void aPronounPerpetratorStandsForThePeopleThePreviousSentenceNames() {
    assertThat(
            casualties(
                "Insurgents attacked the garrison at dawn on Sunday. They killed 14 soldiers"
                    + " before retreating."))
        .extracting(c -> text(c.perpetrator()))
        .containsExactly("Insurgents");
  }

  @Test
  void theOneAccusedOfAKillingIsItsPerpetrator() {
    assertThat(
            casualties(
                "The farmhand is accused of arranging the murder of two neighbours last spring."))
        .extracting(c -> text(c.perpetrator()))
        .containsExactly("The farmhand");
  }
}
