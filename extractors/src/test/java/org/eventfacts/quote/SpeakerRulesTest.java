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

  @Test
  void givesAFragmentInWhatTheReporterSaidToTheReporterWhoeverTheInnerVerbSays() {
    assertThat(
            speakersOf(
                "Mayor Ana Ruiz, opening the new library on Friday, said it would tell a story of"
                    + " “hard work and stubborn hope.”",
                QuoteKind.PARTIAL))
        .containsExactly("Mayor Ana Ruiz");
  }

  @Test
  void givesWordsOfAVerbHangingFromANameToThatName() {
    assertThat(
            speakersOf(
                "House Speaker Tom Reyes, R-Ohio, despite admitting that he had real worries"
                    + " about “rushed reforms” and some “loose ends” in the draft, voted for the"
                    + " bill.",
                QuoteKind.PARTIAL))
        .containsExactly("House Speaker Tom Reyes", "House Speaker Tom Reyes");
  }

  @Test
  void givesWordsOfAPersonOnFootageToThatPerson() {
    assertThat(
            speakersOf(
                "The advertisement ends with footage of Governor Paul Brandt saying at a rally last"
                    + " week, “Nobody pays less tax than I do,” as the crowd cheers.",
                QuoteKind.DIRECT))
        .containsExactly("Governor Paul Brandt");
  }

  @Test
  void takesTheNameBeforeTheDescriptionTheParserTookForTheSubject() {
    assertThat(
            speakersOf(
                "Even Norway, Iceland's only ally and its main trading partner in the region, said"
                    + " it was “firmly opposed” to the plan.",
                QuoteKind.PARTIAL))
        .containsExactly("Norway");
  }

  @Test
  void keepsTheSpeakerOfAStatementPastReportedSpeechInItsAttribution() {
    assertThat(
            speakersOf(
                "“Subpoenas are not optional,” committee chairman Ron Vale said after the witness"
                    + " failed to show up at a hearing he was called to. “He is a crucial witness"
                    + " in this inquiry.”",
                QuoteKind.DIRECT))
        .containsExactly("committee chairman Ron Vale", "committee chairman Ron Vale");
  }

  @Test
  void givesAStatementAfterASentenceOfReportingToItsSubject() {
    assertThat(
            speakersOf(
                "Her former business partner, Lena Marsh, called her a genius at closing deals."
                    + " “She saw openings that nobody else could see.”",
                QuoteKind.DIRECT))
        .containsExactly("Her former business partner, Lena Marsh");
  }

  @Test
  void givesWordsADescribedNameFearsToThatName() {
    assertThat(
            speakersOf(
                "All this has led the Danish economist Mette Lund to fear a “lost decade for"
                    + " savers.”",
                QuoteKind.PARTIAL))
        .singleElement()
        .asString()
        .contains("Mette Lund");
  }

  @Test
  void looksPastARelativeClauseADashHasClosed() {
    assertThat(
            speakersOf(
                "Hundreds of nurses marched around Civic Plaza - where the city council was meeting"
                    + " - while chanting, “Safe staffing saves lives.”",
                QuoteKind.DIRECT))
        .containsExactly("Hundreds of nurses");
  }
}
