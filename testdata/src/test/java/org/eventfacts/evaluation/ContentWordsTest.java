package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void wordsAreLowerCasedAndSplitAtHyphens() {
    assertThat(ContentWords.words("Ana-Maria Voss"))
        .containsExactly("ana", "maria", "voss");
  }

  @Test
  void apostrophesInsideAWordAreKept() {
    assertThat(ContentWords.words("O'Neill")).containsExactly("o'neill");
  }

  @Test
  void possessiveIsDropped() {
    assertThat(ContentWords.of("Voss’s government")).containsExactly("voss", "government");
  }

  @Test
  void determinersPronounsPrepositionsAndOthersAreNotContentWords() {
    assertThat(ContentWords.of("the other demonstrators in their city")).containsExactly(
        "demonstrators", "city");
    assertThat(ContentWords.of("some of the others")).isEmpty();
  }

  @Test
  void numbersAreNotContentWords() {
    assertThat(ContentWords.of("three 17-year-old boys")).containsExactly("year", "old", "boys");
  }

  @Test
  void capitalisedUsIsTheCountry() {
    assertThat(ContentWords.of("US State Department")).contains("us");
    assertThat(ContentWords.of("some of us")).isEmpty();
  }

  @Test
  void phrasesShareAContentWordRegardlessOfCase() {
    assertThat(ContentWords.shareAny("armed men", "the ARMED guards")).isTrue();
  }

  @Test
  void phrasesSharingOnlyStopWordsShareNothing() {
    assertThat(ContentWords.shareAny("the others", "the police")).isFalse();
  }

  @Test
  void missingPredictionSharesNothing() {
    assertThat(ContentWords.shareAny("police", null)).isFalse();
  }

  @Test
  void goldOfStopWordsOnlyIsComparedByItsPlainWords() {
    assertThat(ContentWords.shareAny("three others", "the two others")).isTrue();
    assertThat(ContentWords.shareAny("three others", "the gunman")).isFalse();
  }
}
