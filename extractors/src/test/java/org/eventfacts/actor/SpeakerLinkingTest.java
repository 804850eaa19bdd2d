package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** How quote speakers come to name their actors, end to end. */
class SpeakerLinkingTest {

  private static String speakerOf(DocumentFacts facts, QuoteKind kind) {
    Quote quote = facts.quotes().stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
    return facts.nameOf(quote.speaker());
  }

  @Test
  void givesANamedSpeakerThatNoNameCoversAnActorOfItsOwn() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "\u201cWe were never asked about the road.\u201d \u2015 Odalys Brennig\n\nThe road opens in May.");

    assertThat(facts.actors()).extracting(a -> a.name()).contains("Odalys Brennig");
    assertThat(speakerOf(facts, QuoteKind.DIRECT)).isEqualTo("Odalys Brennig");
  }

  @Test
  void linksADescriptionSetAfterANameToThatPerson() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "As Mara Quillon, a tax lawyer at the Delmont Institute, recently put it, \u201cThe"
                + " rules were written for someone else.\u201d");

    assertThat(speakerOf(facts, QuoteKind.DIRECT)).isEqualTo("Mara Quillon");
  }

  @Test
  void creditsWhatAReportSaysToItsAuthor() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "The Harlow Institute published its annual survey on Monday. The Harlow Institute"
                + " report said that rents had risen for the fifth year in a row.");

    assertThat(speakerOf(facts, QuoteKind.INDIRECT)).isEqualTo("Harlow Institute");
  }

  @Test
  void givesAPronounThatSpeaksNoActorOfItsOwn() {
    DocumentFacts facts =
        SharedExtractor.facts("We hope that the ferry will run again by the summer.");

    assertThat(facts.actors()).extracting(a -> a.name()).doesNotContain("We");
  }

  @Test
  void givesACommonWordThatStartsASentenceAndSpeaksNoActor() {
    DocumentFacts facts =
        SharedExtractor.facts("People want to know when the ferry will run again.");

    assertThat(facts.actors()).extracting(a -> a.name()).doesNotContain("People");
  }

  @Test
  void keepsASpeakerTheTextCapitalisesInsideASentence() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "After the debate, the fact checkers at Factwise looked at the claim. Factwise said"
                + " that the figures were two years old.");

    assertThat(facts.actors()).extracting(a -> a.name()).contains("Factwise");
  }
}
