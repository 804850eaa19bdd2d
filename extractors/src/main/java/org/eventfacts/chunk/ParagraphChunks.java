package org.eventfacts.chunk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.Span;

/**
 * Cuts a long text into consecutive stretches of at most a given length, each ending at a
 * paragraph break, so that no sentence is split between two of them.
 *
 * <p>Each stretch ends at the last blank line before the limit; where a stretch of that length
 * holds no blank line, at its last line break; where it holds none either, after its last
 * sentence-ending mark followed by a space; and only where it holds none of these (no prose has
 * 100,000 characters without a full stop) at its last space, or at the limit itself. The
 * stretches cover the whole text, in order, with no gap and no overlap; a text no longer than the
 * limit is one stretch.
 *
 * <pre>{@code
 * ImmutableList<Span> chunks = ParagraphChunks.of(text, ParagraphChunks.DEFAULT_SIZE);
 * // a 250,000-character live blog: three spans, each ending at a blank line
 * }</pre>
 */
public final class ParagraphChunks {

  /**
   * The chunk size the extractor reads long texts in: 100,000 characters (about 20,000 tokens of
   * news prose), the length one {@linkplain org.eventfacts.FactExtractor#TIME_LIMIT_CHARACTERS time
   * limit} covers. Its annotation takes a few hundred megabytes of heap besides the models; no
   * article of the dev corpora comes near it (the longest has about 22,000 characters), so they are read whole.
   */
  public static final int DEFAULT_SIZE = 100_000;

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\r?\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*\\s");
  private static final Pattern SPACE = Pattern.compile("\\s");

  private ParagraphChunks() {}

  /** The stretches of {@code text}, in order, each at most {@code size} characters long. */
  public static ImmutableList<Span> of(String text, int size) {
    checkArgument(size >= 1_000, "a chunk must hold at least 1,000 characters, got %s", size);
    ImmutableList.Builder<Span> chunks = ImmutableList.builder();
    int start = 0;
    while (text.length() - start > size) {
      int end = cut(text, start, start + size);
      chunks.add(new Span(start, end));
      start = end;
    }
    chunks.add(new Span(start, text.length()));
    return chunks.build();
  }

  /** Where the stretch from {@code start} ends, at most at {@code limit}. */
  private static int cut(String text, int start, int limit) {
    for (Pattern boundary : new Pattern[] {BLANK_LINE, LINE_BREAK, SENTENCE_END, SPACE}) {
      int end = lastEnd(boundary, text, start, limit);
      if (end > start) {
        return end;
      }
    }
    // no space in the whole stretch: cut at the limit, but not between the halves of a character
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** The end of the last match of {@code boundary} inside [start, limit), or -1. */
  private static int lastEnd(Pattern boundary, String text, int start, int limit) {
    Matcher matcher = boundary.matcher(text).region(start, limit);
    int end = -1;
    while (matcher.find()) {
      end = matcher.end();
    }
    return end;
  }
}
