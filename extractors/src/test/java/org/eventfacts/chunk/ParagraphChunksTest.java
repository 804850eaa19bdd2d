package org.eventfacts.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.eventfacts.fact.Span;
import org.junit.jupiter.api.Test;

class ParagraphChunksTest {

  private static final String PARAGRAPH =
      "The ferry left the harbour at dawn. Its crew said the sea was calm, and the passengers"
          + " watched the cliffs go by.";

  private static String paragraphs(int count, String between) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i).append(". ").append(PARAGRAPH).append(between);
    }
    return text.toString();
  }

  private static void assertCovers(ImmutableList<Span> chunks, String text, int size) {
    assertThat(chunks.get(0).start()).isZero();
    assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
    for (int i = 0; i < chunks.size(); i++) {
      assertThat(chunks.get(i).length()).isLessThanOrEqualTo(size);
      if (i > 0) {
        assertThat(chunks.get(i).start()).isEqualTo(chunks.get(i - 1).end());
      }
    }
  }

  @Test
  void keepsATextNoLongerThanTheSizeWhole() {
    String text = paragraphs(3, "\n\n");

    assertThat(ParagraphChunks.of(text, 1_000)).containsExactly(new Span(0, text.length()));
  }

  @Test
  void cutsAfterTheLastBlankLineBeforeTheSize() {
    String text = paragraphs(40, "\n\n");

    ImmutableList<Span> chunks = ParagraphChunks.of(text, 1_000);

    assertCovers(chunks, text, 1_000);
    assertThat(chunks).hasSizeGreaterThan(4);
    for (Span chunk : chunks.subList(0, chunks.size() - 1)) {
      assertThat(text.substring(chunk.start(), chunk.end())).endsWith("go by.\n\n");
    }
  }

  @Test
  void cutsAtALineBreakWhereNoParagraphBreakIsNearEnough() {
    String text = paragraphs(40, "\n");

    ImmutableList<Span> chunks = ParagraphChunks.of(text, 1_000);

    assertCovers(chunks, text, 1_000);
    for (Span chunk : chunks.subList(0, chunks.size() - 1)) {
      assertThat(text.substring(chunk.start(), chunk.end())).endsWith("go by.\n");
    }
  }

  @Test
  void cutsAfterASentenceInTextWithoutLineBreaks() {
    String text = paragraphs(40, " ");

    ImmutableList<Span> chunks = ParagraphChunks.of(text, 1_000);

    assertCovers(chunks, text, 1_000);
    for (Span chunk : chunks.subList(0, chunks.size() - 1)) {
      assertThat(text.substring(chunk.start(), chunk.end())).matches("(?s).*[.] $");
    }
  }

  @Test
  void cutsARunWithoutSpacesAtTheSizeButNotInsideACharacter() {
    String text = "\uD83D\uDEA8".repeat(3_000);

    ImmutableList<Span> chunks = ParagraphChunks.of(text, 1_001);

    assertCovers(chunks, text, 1_001);
    for (Span chunk : chunks) {
      assertThat(Character.isLowSurrogate(text.charAt(chunk.start()))).isFalse();
    }
  }
}
