package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

  private static List<Quote> quotes(String text) {
    return SharedExtractor.facts(text).quotes().stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT)
        .toList();
  }

  private static String speaker(Quote quote) {
    Phrase speaker = quote.speaker();
    return speaker == null ? null : speaker.text();
  }

  @Test
  void readsAStatementWithItsSpeakerAfterIt() {
    assertThat(quotes("\"We will rebuild every house,\" Mayor Ana Ruiz said on Monday."))
        .extracting(Quote::kind, QuoteExtractorTest::speaker, q -> q.cue().text())
        .containsExactly(tuple(QuoteKind.DIRECT, "Mayor Ana Ruiz", "said"));
  }

  @Test
  void readsAnInvertedSpeakerAfterTheVerb() {
    assertThat(quotes("“The water came in the night,” said Tomas Berg, a farmer near the river."))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Tomas Berg");
  }

  @Test
  void readsTheSpeakerBeforeAColon() {
    assertThat(quotes("The fire chief told reporters: “The building could not be saved.”"))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(tuple(QuoteKind.DIRECT, "The fire chief"));
  }

  @Test
  void givesBothPartsOfAnInterruptedStatementTheSpeakerInTheMiddle() {
    assertThat(
            quotes("\"We warned them for years,\" the engineer said. \"Nobody listened to us.\""))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(
            tuple(QuoteKind.DIRECT, "the engineer"), tuple(QuoteKind.DIRECT, "the engineer"));
  }

  @Test
  void keepsTheSecondPartOfASentenceInterruptedByItsAttributionWhole() {
    assertThat(quotes("\"The economy,\" the minister said, \"is growing faster than we hoped.\""))
        .extracting(Quote::kind)
        .containsOnly(QuoteKind.DIRECT);
  }

  @Test
  void continuesTheLastSpeakerAfterHeAdded() {
    List<Quote> quotes =
        quotes(
            "\"The dam held,\" Governor Lise Amundsen said. Residents were calm.\n\n"
                + "\"We will stay until the water goes down,\" she added.");

    assertThat(quotes)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Governor Lise Amundsen", "Governor Lise Amundsen");
    assertThat(quotes.get(1).speaker().span()).isEqualTo(quotes.get(0).speaker().span());
  }

  @Test
  void continuesTheLastSpeakerInAQuoteOnlyParagraph() {
    List<Quote> quotes =
        quotes(
            "\"Every family will get a tent tonight,\" said Omar Haddad, who leads the relief"
                + " effort.\n\n"
                + "\"Tomorrow we start on the water supply.\"");

    assertThat(quotes)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Omar Haddad", "Omar Haddad");
  }

  @Test
  void givesEveryParagraphOfALongQuotationItsSpeaker() {
    List<Quote> quotes =
        quotes(
            "Police Chief Ray Dunn said at a news conference: \"We are looking for one man. We will"
                + " find him.\n\n\"Do not approach him. Call us.\"");

    assertThat(quotes).hasSize(2);
    assertThat(quotes)
        .extracting(QuoteExtractorTest::speaker)
        .containsOnly("Police Chief Ray Dunn");
    assertThat(quotes).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT);
  }

  @Test
  void readsAFragmentAsPartialAndGivesItTheSpeakerOfItsSentence() {
    assertThat(quotes("Councillor Mara Quist described the budget as \"a betrayal of the town\"."))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(tuple(QuoteKind.PARTIAL, "Councillor Mara Quist"));
  }

  @Test
  void readsAFragmentInsideReportedSpeech() {
    assertThat(quotes("The union said the mine had been \"a death trap for years\"."))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(tuple(QuoteKind.PARTIAL, "The union"));
  }

  @Test
  void leavesASoCalledScareQuoteWithoutSpeaker() {
    assertThat(quotes("The so-called \"green corridor\" stayed closed, the mayor said."))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(tuple(QuoteKind.PARTIAL, null));
  }

  @Test
  void leavesAQuotationNobodyIsReportedAsSayingWithoutSpeaker() {
    assertThat(quotes("The town's \"safe room\" program began in 2019."))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly((String) null);
  }

  @Test
  void givesThePrincipalAsSpeakerWhenASpokesmanSpeaksAndRecordsTheChannel() {
    Quote quote =
        quotes("\"The talks are over,\" the minister's spokesman said on Twitter.").get(0);

    assertThat(speaker(quote)).isEqualTo("the minister");
    assertThat(quote.channel().text()).isEqualTo("Twitter");
  }

  @Test
  void recordsTheChannelOfTheSpokesmanWhoRelaysTheStatement() {
    Quote quote =
        quotes(
                "The minister called the strike \"a crime against the city\", his spokesman said"
                    + " on Twitter.")
            .get(0);

    assertThat(speaker(quote)).isEqualTo("The minister");
    assertThat(quote.channel().text()).isEqualTo("Twitter");
  }

  @Test
  void givesTheOrganisationASpokeswomanSpeaksFor() {
    assertThat(quotes("\"No one was hurt,\" a spokeswoman for the port authority said."))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("the port authority");
  }

  @Test
  void leavesOutAnAppositionAfterTheSpeakersName() {
    assertThat(quotes("Hugh Hill, a doctor at the hospital, said: \"We ran out of beds at noon.\""))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Hugh Hill");
  }

  @Test
  void keepsAPronounSpeakerAsWrittenAndLinksItToItsActor() {
    String text = "Ms Lund left the court. \"I have nothing to hide,\" she said.";
    DocumentFacts facts = SharedExtractor.facts(text);
    Quote quote = facts.quotes().get(0);

    assertThat(speaker(quote)).isEqualTo("she");
    assertThat(quote.speaker().span().coveredText(text)).isEqualTo("she");
    assertThat(facts.nameOf(quote.speaker())).isEqualTo("Lund");
  }

  @Test
  void readsTheSpeakerFromAStatementChannel() {
    Quote quote =
        quotes("\"The road will reopen on Friday,\" the ministry said in a statement.").get(0);

    assertThat(speaker(quote)).isEqualTo("the ministry");
    assertThat(quote.channel().text()).isEqualTo("a statement");
  }

  @Test
  void neverTakesAWordOfTheQuotationForTheSpeaker() {
    assertThat(
            quotes("\"The rebels said they would talk, but they lied,\" Colonel Ivo Marek said."))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Colonel Ivo Marek");
  }

  @Test
  void readsASpeakerAfterADash() {
    assertThat(quotes("\"We lost everything in one night.\" — Rosa Delgado\n\nMore follows."))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Rosa Delgado");
  }

  @Test
  void readsATranscriptLabel() {
    assertThat(quotes("\"HOST: Will you run again?\n\n\"KERR: Not this year.\""))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("HOST", "KERR");
  }

  @Test
  void spansTheQuotationWithItsMarks() {
    String text = "“Enough is enough,” the senator said.";
    Quote quote = quotes(text).get(0);

    assertThat(quote.span().coveredText(text)).isEqualTo("“Enough is enough,”");
    assertThat(quote.text()).isEqualTo("“Enough is enough,”");
  }

  @Test
  void readsTypewriterQuotes() {
    assertThat(quotes("''It is a fair deal,'' Mr. Varga said."))
        .extracting(Quote::kind, QuoteExtractorTest::speaker)
        .containsExactly(tuple(QuoteKind.DIRECT, "Mr. Varga"));
  }

  @Test
  void keepsANestedQuotationInsideTheOuterStatement() {
    assertThat(quotes("“They kept saying ‘wait one more day’ and we waited,” said Lena Park."))
        .extracting(Quote::text, QuoteExtractorTest::speaker)
        .containsExactly(
            tuple("“They kept saying ‘wait one more day’ and we waited,”", "Lena Park"));
  }

  @Test
  void survivesAnUnclosedQuotationMark() {
    String text =
        "The mayor said \"the shelters are full.\n\nThe river crested at noon, officials said.";

    assertThat(SharedExtractor.facts(text).quotes())
        .extracting(q -> q.span().coveredText(text))
        .contains("\"the shelters are full.", "The river crested at noon");
  }

  @Test
  void readsTheSourceOfAQuotationOpenedByAccordingTo() {
    assertThat(quotes("According to Lindqvist, “If it were left to the council, nothing would get built.”"))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Lindqvist");
  }

  @Test
  void keepsATranscriptSpeakerForTheParagraphsThatContinueHisTurn() {
    List<Quote> quotes =
        quotes(
            "\"HOST: Will you run again?\n\n\"OKAFOR: I have not decided. The party will meet"
                + " next week.\n\n\"And I will listen to what the members say.\n\n\"HOST: Thank"
                + " you for coming in.");

    assertThat(quotes).extracting(QuoteExtractorTest::speaker).containsExactly("HOST", "OKAFOR", "OKAFOR", "HOST");
  }
}
