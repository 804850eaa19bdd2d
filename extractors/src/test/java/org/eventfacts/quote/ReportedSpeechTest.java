package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

  private static List<Quote> reported(String text) {
    return SharedExtractor.facts(text).quotes().stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT)
        .toList();
  }

  private static String speaker(Quote quote) {
    Phrase speaker = quote.speaker();
    return speaker == null ? null : speaker.text();
  }

  @Test
  void readsTheContentClauseOfAReportingVerbWithoutThat() {
    assertThat(reported("Governor Lise Amundsen warned that the dam could fail within hours."))
        .extracting(Quote::text, ReportedSpeechTest::speaker, q -> q.cue().text())
        .containsExactly(
            tuple("the dam could fail within hours", "Governor Lise Amundsen", "warned"));
  }

  @Test
  void readsAStatementMadeThroughAChannel() {
    Quote quote =
        reported(
                "The ministry said in a statement that the border crossing would reopen on Monday.")
            .get(0);

    assertThat(quote.text()).isEqualTo("the border crossing would reopen on Monday");
    assertThat(speaker(quote)).isEqualTo("The ministry");
    assertThat(quote.channel().text()).isEqualTo("a statement");
  }

  @Test
  void readsAClauseFollowedByItsAttribution() {
    assertThat(reported("Two guards were arrested at the gate on Sunday, police said."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("Two guards were arrested at the gate on Sunday", "police"));
  }

  @Test
  void readsAnInvertedTrailingAttribution() {
    assertThat(reported("The talks broke down after midnight, said one diplomat in the room."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("The talks broke down after midnight", "one diplomat in the room"));
  }

  @Test
  void readsARequestAsWhatWasAsked() {
    assertThat(reported("The sheriff urged residents to stay off the roads until morning."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("residents to stay off the roads until morning", "The sheriff"));
  }

  @Test
  void readsTheClauseAnAsAttributionFrames() {
    assertThat(
            reported("As the agency reported, the army shelled the northern districts overnight."))
        .extracting(Quote::text)
        .containsExactly("the army shelled the northern districts overnight");
  }

  @Test
  void endsTheContentWhereAFurtherAttributionBegins() {
    assertThat(
            reported(
                "The coach said the team had trained for months, adding that nobody expected the"
                    + " result."))
        .extracting(Quote::text)
        .contains("the team had trained for months", "nobody expected the result");
  }

  @Test
  void givesTheSpeakerOfHeAddedFromTheStatementBefore() {
    List<Quote> quotes =
        reported(
            "Mayor Ana Ruiz said the shelters were full. He added that more beds would arrive by"
                + " bus.");

    assertThat(quotes)
        .extracting(ReportedSpeechTest::speaker)
        .containsExactly("Mayor Ana Ruiz", "Mayor Ana Ruiz");
  }

  @Test
  void leavesContentHoldingAQuotationToTheQuotation() {
    List<Quote> quotes =
        SharedExtractor.facts("The union said the mine had been \"a death trap for years\".")
            .quotes();

    assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.PARTIAL);
  }

  @Test
  void doesNotReadAParticipleDescriptionAsAnAttribution() {
    assertThat(reported("Police are searching for the driver, described as a man in his 30s."))
        .isEmpty();
  }

  @Test
  void doesNotTakeAClauseAfterAColonForReportedSpeech() {
    assertThat(
            reported(
                "The embassy tightened its warning: it advised against all travel to the"
                    + " province."))
        .isEmpty();
  }

  @Test
  void spansTheContentInTheText() {
    String text = "Officials said the bridge was safe.";
    Quote quote = reported(text).get(0);

    assertThat(quote.span().coveredText(text)).isEqualTo("the bridge was safe");
    assertThat(quote.evidence().sentence()).isZero();
  }

  @Test
  void readsNothingFromATextWithoutSpeech() {
    assertThat(SharedExtractor.facts("The river rose two metres overnight.").quotes()).isEmpty();
  }

  @Test
  void readsBothFragmentsOfAStatementItsAttributionInterrupts() {
    assertThat(reported("The new bridge, the mayor said on Friday, would open in the spring."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .contains(
            tuple("The new bridge", "the mayor"), tuple("would open in the spring", "the mayor"));
  }

  @Test
  void leavesAPhraseAfterAClosingAttributionOutOfTheStatement() {
    assertThat(
            reported(
                "Five dockers were hurt at the gates, the port authority said, in the worst"
                    + " clashes the harbour has seen."))
        .extracting(Quote::text)
        .doesNotContain("in the worst clashes the harbour has seen");
  }

  @Test
  void readsWhatAnAccordingToPhraseAttributesAfterIt() {
    assertThat(reported("According to the union, the mine had no working alarms."))
        .extracting(Quote::text, ReportedSpeechTest::speaker, q -> q.cue().text())
        .containsExactly(tuple("the mine had no working alarms", "the union", "According to"));
  }

  @Test
  void readsWhatAnAccordingToPhraseAttributesBeforeIt() {
    assertThat(reported("The ferry was towed back to port, according to court records."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("The ferry was towed back to port", "court records"));
  }

  @Test
  void readsWhatASpeechActTakesAsItsObject() {
    assertThat(reported("Senator Ola Brandt questioned the cost of the new harbour bridge."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("the cost of the new harbour bridge", "Senator Ola Brandt"));
  }

  @Test
  void readsWhatASpeechActNamesAfterItsPreposition() {
    assertThat(reported("The union called for an inquiry into the collapse."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("an inquiry into the collapse", "The union"));
  }

  @Test
  void doesNotReadWhatWitnessesDescribedAsTheirWords() {
    assertThat(reported("Witnesses described a chaotic night at the station.")).isEmpty();
  }

  @Test
  void readsWhatAStanceAdjectiveIsAbout() {
    assertThat(reported("Farm leaders are worried about the falling price of grain."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("the falling price of grain", "Farm leaders"));
  }

  @Test
  void readsWhatANounOfStatementIsAboutWithItsOwnerAsSpeaker() {
    assertThat(reported("The mayor's criticism of the new parking fees angered shop owners."))
        .extracting(Quote::text)
        .containsExactly("the new parking fees");
  }

  @Test
  void doesNotReadWhereAProgrammeFocusesAsSpeech() {
    assertThat(reported("The programme has focused on the streets around the old market.")).isEmpty();
  }

  @Test
  void readsWhatAVerbOfNamingCalledItsObject() {
    assertThat(reported("The union has called the new pay offer an insult to its members."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("the new pay offer an insult to its members", "The union"));
  }

  @Test
  void doesNotReadWhereSomeoneWasCalledToAsNaming() {
    assertThat(reported("The coach called the young players to the front of the stage.")).isEmpty();
    assertThat(reported("The council called a special meeting last week.")).isEmpty();
  }

  @Test
  void readsABeliefAboutSomeoneWithItsInfinitive() {
    assertThat(reported("Most analysts expect the central bank to raise rates again in June."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("the central bank to raise rates again in June", "Most analysts"));
  }

  @Test
  void readsWhatAPassiveOfBeliefSaysWithoutABeliever() {
    assertThat(reported("The new bridge is expected to open to traffic next spring."))
        .extracting(Quote::text)
        .containsExactly("to open to traffic next spring");
  }

  @Test
  void readsARequestTheParserReadsAsAClauseAfterOn() {
    assertThat(reported("The union called on the council to reopen the talks before Friday."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .contains(tuple("the council to reopen the talks before Friday", "The union"));
  }

  @Test
  void doesNotReadTheMainClauseAsFramedByAnAsThatSaysWhen() {
    assertThat(
            reported(
                "The crowd grew quiet as the organiser called for a minute of silence for the"
                    + " victims."))
        .extracting(Quote::text)
        .doesNotContain("The crowd grew quiet");
  }

  @Test
  void readsWhatAPollOrStudyFound() {
    assertThat(
            reported("A new survey of tenants found most households behind on their rent."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("most households behind on their rent", "A new survey of tenants"));
  }

  @Test
  void readsAJudgementInThePassiveWithoutASpeaker() {
    assertThat(reported("The agency has often been accused of ignoring warnings from its engineers."))
        .extracting(Quote::text, ReportedSpeechTest::speaker)
        .containsExactly(tuple("ignoring warnings from its engineers", null));
  }
}
