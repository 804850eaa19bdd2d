package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Quotations attributed to a source named beside them: "per X", "as X put it", "according to". */
class NamedSourcesTest {

  private static List<String> speakersOf(String text) {
    return SharedExtractor.facts(text).quotes().stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT)
        .map(Quote::speaker)
        .map(speaker -> speaker == null ? null : speaker.text())
        .toList();
  }

  @Test
  void readsTheSourceAfterPer() {
    assertThat(
            speakersOf(
                "Delegates cannot hand their ballot to a stand-in when the vote is “to choose a new"
                    + " treasurer,” per the club’s charter."))
        .containsExactly("the club’s charter");
  }

  @Test
  void readsTheSourceOfAnAsClauseHungOnTheQuotedWords() {
    assertThat(
            speakersOf(
                "For most strikers the main demand is a “fair wage for a hard day,” as a union"
                    + " leaflet put it."))
        .containsExactly("a union leaflet");
  }

  @Test
  void givesWordsAccordingToASpeechToWhoeverGaveIt() {
    assertThat(
            speakersOf(
                "The tax is meant to curb “activist” investors, according to a speech that Senator"
                    + " Ida Pell delivered in July."))
        .containsExactly("Senator Ida Pell");
  }

  @Test
  void givesWordsAccordingToAStatementFromABodyToThatBody() {
    assertThat(
            speakersOf(
                "The curfew is meant to stop “looting and worse,” according to a statement from the"
                    + " interior ministry."))
        .containsExactly("the interior ministry");
  }
}
