package org.eventfacts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

  @Test
  void judgesNewsEnglishEnglish() {
    assertThat(TextLanguage.of("Police said two people were hurt when a van hit a wall on Friday."))
        .isEqualTo(TextLanguage.ENGLISH);
  }

  @Test
  void judgesChineseArabicAndRussianNotEnglish() {
    assertThat(TextLanguage.of("\u8b66\u65b9\u8868\u793a\uff0c\u8fd9\u6b21\u88ad\u51fb\u9020\u6210\u5341\u4e8c\u4eba\u6b7b\u4ea1\uff0c\u4e09\u5341\u4eba\u53d7\u4f24\u3002\u5f53\u5730\u653f\u5e9c\u5df2\u7ecf\u5f00\u59cb\u8c03\u67e5"))
        .isEqualTo(TextLanguage.OTHER);
    assertThat(TextLanguage.of("\u0642\u0627\u0644\u062a \u0627\u0644\u0634\u0631\u0637\u0629 \u0625\u0646 \u0634\u062e\u0635\u064a\u0646 \u0642\u062a\u0644\u0627 \u0641\u064a \u0627\u0644\u0647\u062c\u0648\u0645"))
        .isEqualTo(TextLanguage.OTHER);
    assertThat(TextLanguage.of("\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430 \u043e \u0434\u0432\u0443\u0445 \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445"))
        .isEqualTo(TextLanguage.OTHER);
  }

  @Test
  void judgesFrenchAndGermanNotEnglish() {
    assertThat(TextLanguage.of("La police a d\u00e9clar\u00e9 que deux personnes ont \u00e9t\u00e9 bless\u00e9es dans la nuit de vendredi, et que les secours sont arriv\u00e9s sur les lieux."))
        .isEqualTo(TextLanguage.OTHER);
    assertThat(TextLanguage.of("Die Polizei sagte, dass zwei Menschen in der Nacht verletzt wurden und der Fahrer mit dem Wagen von der Stra\u00dfe abkam."))
        .isEqualTo(TextLanguage.OTHER);
  }

  @Test
  void readsEnglishWithAForeignSloganOrNameAsEnglish() {
    assertThat(TextLanguage.of("Marchers carried banners reading \u201C\u548c\u5e73\u201D, and the mayor, \u0418\u0432\u0430\u043d Petrov, said the city would mourn the two who died."))
        .isEqualTo(TextLanguage.ENGLISH);
  }

  @Test
  void readsAListWithoutFunctionWordsAsEnglish() {
    assertThat(TextLanguage.of("Street12, Street40, Street7, Street9, Street11, Street300, Street2"))
        .isEqualTo(TextLanguage.ENGLISH);
  }

  @Test
  void leavesVeryShortTextsUndetermined() {
    assertThat(TextLanguage.of("12 \u2014 ok")).isEqualTo(TextLanguage.UNDETERMINED);
  }
}
