package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Who speaks a quotation in a headline, where headlines leave out the reporting verb. */
class HeadlineSpeakersTest {

  private static final String BODY =
      "\n\nThe county board voted on Monday to close two wards of the hospital by the end of the"
          + " year.\n";

  private static String headlineSpeaker(String headline) {
    return SharedExtractor.facts(headline + BODY).quotes().stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT)
        .findFirst()
        .map(Quote::speaker)
        .map(speaker -> speaker.text())
        .orElse(null);
  }

  @Test
  void givesAHeadlineQuotationToTheHeadlinesSubject() {
    assertThat(headlineSpeaker("Angry Nurses Rip Hospital Board As ‘Reckless Gamblers’"))
        .isEqualTo("Angry Nurses");
  }

  @Test
  void givesAHeadlineQuotationToThePersonNamedBeforeTheColon() {
    assertThat(headlineSpeaker("Maria Lopez on Housing: Rents Are ‘Out of Control’"))
        .isEqualTo("Maria Lopez");
  }

  @Test
  void prefersTheLabelBeforeTheColonToTheSubjectAfterIt() {
    assertThat(headlineSpeaker("Lopez: City Council needs to ‘stop the cuts’ before winter"))
        .isEqualTo("Lopez");
  }

  @Test
  void readsTheSpeakerWhoseNameEndsTheHeadline() {
    assertThat(headlineSpeaker("Ward Closures ‘A Disaster’ For Patients, Lindsey Ware Says"))
        .isEqualTo("Lindsey Ware");
  }

  @Test
  void takesTheNameThatOpensTheHeadlineWhenNoSubjectIsParsed() {
    assertThat(
            headlineSpeaker(
                "Maria Lopez questions the timing of the vote; Closure of wards a ‘rushed job’ at"
                    + " best"))
        .isEqualTo("Maria Lopez");
  }

  @Test
  void leavesAHeadlineQuotationWithoutSpeakerWhenTheHeadlineNamesNobody() {
    assertThat(headlineSpeaker("Ward Closures Are ‘Only The Start’")).isNull();
  }
}
