package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTextTest {

  private static String prose(String text) {
    String prose = ProseText.of(text, Limits.DEFAULT);
    assertThat(prose).hasSameSizeAs(text);
    return prose;
  }

  @Test
  void keepsPlainProseAsItIs() {
    String text = "Police said 12 people were hurt.\r\n\r\n\u201CIt was awful,\u201D she said.";

    assertThat(prose(text)).isEqualTo(text);
  }

  @Test
  void blanksEmojiAndPictographsKeepingEveryOffset() {
    assertThat(prose("\uD83D\uDEA8\uD83D\uDD34 Police said 12 were hurt \uD83D\uDE22."))
        .isEqualTo("     Police said 12 were hurt   .");
  }

  @Test
  void readsDigitsOfOtherScriptsAsAsciiDigits() {
    assertThat(prose("\u0661\u0662 and \uFF13\uFF10 and \u096B")).isEqualTo("12 and 30 and 5");
  }

  @Test
  void blanksControlCharactersButKeepsLineBreaksAndTabs() {
    assertThat(prose("a\u0000b\u001B[31mc\td\ne\u007F")).isEqualTo("a b [31mc\td\ne ");
  }

  @Test
  void keepsWindows1252PunctuationReadAsLatin1() {
    String text = "the club\u0092s door \u0093was shut\u0094 \u0085 \u0095 next";

    assertThat(prose(text)).isEqualTo(text);
  }

  @Test
  void keepsTypographicSymbolsThatAreNoEmoji() {
    String text = "\u00D7 4 dead \u25BARelated: 20\u00B0C \u00A9 Herald";

    assertThat(prose(text)).isEqualTo(text);
  }

  @Test
  void blanksSymbolsOfTheEmojiBlocks() {
    assertThat(prose("\u2600\u26A0\u2764\uFE0F news")).isEqualTo("     news");
  }

  @Test
  void turnsLineSeparatorsIntoLineBreaksAndOddSpacesIntoSpaces() {
    assertThat(prose("one\u2028two\u00A0three\u2003four")).isEqualTo("one\ntwo three four");
  }

  @Test
  void keepsSoftHyphensAndJoinersInsideWords() {
    assertThat(prose("in\u00ADjured")).isEqualTo("in\u00ADjured");
  }

  @Test
  void blanksRunsLongerThanAnyWord() {
    String text = "The code " + "x".repeat(150) + " was wrong.";

    assertThat(prose(text)).isEqualTo("The code " + " ".repeat(150) + " was wrong.");
  }

  @Test
  void blanksLinesOfNumbersLinksAndTableRows() {
    String text =
        "12\t400\t7\t1999\t3\n"
            + "https://example.org/a?utm_source=x https://example.org/b\n"
            + "| district | killed |\n"
            + "Two people were hurt.";

    String[] lines = text.split("\n", -1);

    String[] prose = prose(text).split("\n", -1);

    assertThat(prose)
        .containsExactly(
            " ".repeat(lines[0].length()),
            " ".repeat(lines[1].length()),
            " ".repeat(lines[2].length()),
            "Two people were hurt.");
  }

  @Test
  void keepsShortLinesWhateverTheyHold() {
    assertThat(prose("12\n\nFive were hurt.")).isEqualTo("12\n\nFive were hurt.");
  }

  @Test
  void blanksTheMarkupOfAnHtmlPage() {
    String text =
        "<html><head><style>p{color:red}</style></head><body><p>Two were hurt.</p>"
            + "<p>More.</p></body></html>";

    String prose = prose(text);

    assertThat(prose.strip().replaceAll(" +", " ")).isEqualTo("Two were hurt. More.");
  }
}
