package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Who speaks a quotation whose sentence holds more than one clause with a subject. */
class SpeakerRulesTest {

  private static List<String> speakersOf(String text, QuoteKind kind) {
    return SharedExtractor.facts(text).quotes().stream()
        .filter(q -> q.kind() == kind)
        .map(Quote::speaker)
        .map(speaker -> speaker == null ? null : speaker.text())
        .toList();
  }

  @Test
  void givesAFragmentInsideReportedSpeechToTheReporter() {
    assertThat(
            speakersOf(
                "Senator Ida Pell said the governor had called the budget “a betrayal of farmers”.",
                QuoteKind.PARTIAL))
        .containsExactly("Senator Ida Pell");
  }

  @Test
  void takesTheSubjectBesideAnInterruptingReportingVerb() {
    assertThat(
            speakersOf(
                "These workers, the manager explained, were “well paid” for the job.",
                QuoteKind.PARTIAL))
        .containsExactly("the manager");
  }

  @Test
  void givesAFragmentInAnAdverbialClauseToThatClausesSubject() {
    assertThat(
            speakersOf(
                "She said yes as Carl Odum went on about “the rigged system” and the price of"
                    + " bread.",
                QuoteKind.PARTIAL))
        .containsExactly("Carl Odum");
  }

  @Test
  void looksPastWhatTheSpeakerBelievesForWhoIsSaying() {
    assertThat(
            speakersOf(
                "Mayor Ruth Kells told the crowd that she believes the city must rebuild, saying"
                    + " that “every street matters” to her.",
                QuoteKind.PARTIAL))
        .containsExactly("Mayor Ruth Kells");
  }


  @Test
  void neverTakesTheDatelineForTheSpeaker() {
    assertThat(
            speakersOf(
                "LANSFORD, Calif., May 3 (UPI) — In a new video for her tour, Dana Holt sings"
                    + " “Harbour Lights” to her fans.",
                QuoteKind.PARTIAL))
        .containsExactly("Dana Holt");
  }

  @Test
  void givesWordsAStatementDescribesToWhoeverMadeTheStatement() {
    assertThat(
            speakersOf(
                "The verdict prompted the minister to make a blunt comment that described the"
                    + " strikers as “saboteurs of the economy”.",
                QuoteKind.PARTIAL))
        .containsExactly("the minister");
  }

  @Test
  void takesTheNameWrittenBeforeALongAppositionAndTheVerb() {
    assertThat(
            speakersOf(
                "“We are not asking for charity, we are asking for the clinic to stay open,” Dana"
                    + " Holt, a nurse at the Riverside Clinic and whose son also works there, told"
                    + " The Valley Ledger.",
                QuoteKind.DIRECT))
        .containsExactly("Dana Holt");
  }
}
