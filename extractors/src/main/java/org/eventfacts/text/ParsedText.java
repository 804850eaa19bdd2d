package org.eventfacts.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.regex.Pattern;
import org.eventfacts.fact.Span;

/**
 * An annotated document as the fact readers see it: the original text and its sentences, each
 * knowing its paragraph (paragraphs are separated by blank lines, as in wire copy and the
 * plain-text dumps of web articles).
 */
public final class ParsedText {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\r?\\n");

  private final String text;
  private final ImmutableList<ParsedSentence> sentences;

  private ParsedText(String text, ImmutableList<ParsedSentence> sentences) {
    this.text = text;
    this.sentences = sentences;
  }

  /**
   * Views {@code document}, which must have been annotated at least with tokenize and ssplit.
   *
   * @throws IllegalArgumentException if the document has no sentence annotation
   */
  public static ParsedText of(CoreDocument document) {
    String text = document.text();
    checkArgument(text != null, "the CoreDocument has no text");
    List<CoreMap> sentenceMaps = document.annotation().get(CoreAnnotations.SentencesAnnotation.class);
    checkArgument(
        sentenceMaps != null,
        "the CoreDocument has no sentences: annotate it with at least tokenize and ssplit");
    ImmutableList.Builder<ParsedSentence> sentences = ImmutableList.builder();
    int paragraph = 0;
    int previousEnd = 0;
    for (int i = 0; i < sentenceMaps.size(); i++) {
      CoreMap map = sentenceMaps.get(i);
      List<CoreLabel> tokens = map.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      int begin = tokens.get(0).beginPosition();
      if (i > 0 && BLANK_LINE.matcher(text.substring(previousEnd, Math.max(previousEnd, begin))).find()) {
        paragraph++;
      }
      sentences.add(new ParsedSentence(text, i, paragraph, map));
      previousEnd = tokens.get(tokens.size() - 1).endPosition();
    }
    return new ParsedText(text, sentences.build());
  }

  /** The original text; every span refers to it. */
  public String text() {
    return text;
  }

  /** The sentences in text order. */
  public ImmutableList<ParsedSentence> sentences() {
    return sentences;
  }

  /** The characters of {@code span}. */
  public String text(Span span) {
    return span.coveredText(text);
  }

  /** The sentences of the paragraph {@code paragraph}, in order. */
  public ImmutableList<ParsedSentence> paragraph(int paragraph) {
    return sentences.stream()
        .filter(s -> s.paragraph() == paragraph)
        .collect(ImmutableList.toImmutableList());
  }
}
