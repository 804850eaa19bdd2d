package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

  private static List<String> quotations(String text) {
    return QuotationFinder.find(text).stream().map(q -> q.span().coveredText(text)).toList();
  }

  @Test
  void findsStraightDoubleQuotes() {
    assertThat(quotations("\"We will rebuild,\" the mayor said."))
        .containsExactly("\"We will rebuild,\"");
  }

  @Test
  void findsCurlyDoubleQuotes() {
    assertThat(quotations("The mayor said: “We will rebuild.”"))
        .containsExactly("“We will rebuild.”");
  }

  @Test
  void findsTypewriterPairsOfBackticksAndApostrophes() {
    assertThat(quotations("``It was a long night,'' she said. ''We are tired.''"))
        .containsExactly("``It was a long night,''", "''We are tired.''");
  }

  @Test
  void findsSingleQuotesOutsideDoubleQuotes() {
    assertThat(quotations("Mayor calls port strike 'a crime against the city'"))
        .containsExactly("'a crime against the city'");
  }

  @Test
  void takesApostrophesInsideWordsForApostrophes() {
    assertThat(quotations("The union's leader said workers don't trust the ministry's figures."))
        .isEmpty();
  }

  @Test
  void takesAnElisionForAnApostrophe() {
    assertThat(quotations("Prices last rose this fast in the '90s, the bank's report said."))
        .isEmpty();
  }

  @Test
  void keepsANestedQuotationInsideTheOuterOne() {
    assertThat(
            quotations(
                "\"He called it a “temporary measure,” and nobody believed him,\" she said."))
        .containsExactly("\"He called it a “temporary measure,” and nobody believed him,\"");
  }

  @Test
  void keepsNestedSingleQuotesInsideTheOuterOne() {
    assertThat(quotations("“They told us ‘stay inside’ and left,” a resident said."))
        .containsExactly("“They told us ‘stay inside’ and left,”");
  }

  @Test
  void runsAQuotationLeftOpenToTheEndOfItsParagraph() {
    String text =
        "\"We searched all night. Nobody slept.\n\n\"We will search again tomorrow,\" he said.";

    List<Quotation> found = QuotationFinder.find(text);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).span().coveredText(text))
        .isEqualTo("\"We searched all night. Nobody slept.");
    assertThat(found.get(0).closed()).isFalse();
    assertThat(found.get(1).reopened()).isTrue();
  }

  @Test
  void doesNotLetAnUnclosedMarkReachIntoTheNextParagraph() {
    String text = "The chief said \"nothing more tonight.\n\nOfficers left the scene at midnight.";

    assertThat(quotations(text)).containsExactly("\"nothing more tonight.");
  }

  @Test
  void ignoresAStrayClosingMark() {
    assertThat(quotations("The council met” on Monday and voted.")).isEmpty();
  }

  @Test
  void decidesAMarkByItsNeighboursBeforeItsShape() {
    // a closing curly mark used as an opening one, as careless typesetting does
    assertThat(quotations("She said ”we are leaving” and walked out."))
        .containsExactly("”we are leaving”");
  }

  @Test
  void givesTheWordsInsideTheMarks() {
    String text = "He said: “Enough.”";
    Quotation quotation = QuotationFinder.find(text).get(0);

    assertThat(quotation.words().coveredText(text)).isEqualTo("Enough.");
  }

  @Test
  void findsNothingInAnEmptyText() {
    assertThat(QuotationFinder.find("")).isEmpty();
  }
}
