package org.eventfacts.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    List<CoreMap> kept = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    int paragraph = 0;
    int previousEnd = 0;
    for (CoreMap map : sentenceMaps) {
      List<CoreLabel> tokens = map.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      int begin = tokens.get(0).beginPosition();
      if (!kept.isEmpty() && BLANK_LINE.matcher(text.substring(previousEnd, Math.max(previousEnd, begin))).find()) {
        paragraph++;
      }
      kept.add(map);
      paragraphs.add(paragraph);
      previousEnd = tokens.get(tokens.size() - 1).endPosition();
    }
    Set<Integer> furniture = furnitureParagraphs(text, kept, paragraphs);
    ImmutableList.Builder<ParsedSentence> sentences = ImmutableList.builder();
    for (int i = 0; i < kept.size(); i++) {
      int p = paragraphs.get(i);
      sentences.add(new ParsedSentence(text, i, p, furniture.contains(p), kept.get(i)));
    }
    return new ParsedText(text, sentences.build());
  }

  private static Set<Integer> furnitureParagraphs(
      String text, List<CoreMap> sentences, List<Integer> paragraphs) {
    Map<Integer, int[]> extents = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      extents.merge(paragraphs.get(i), new int[] {begin, end}, (a, b) -> new int[] {a[0], b[1]});
    }
    Set<Integer> furniture = new HashSet<>();
    extents.forEach(
        (p, extent) -> {
          if (PageFurniture.isFurniture(text.substring(extent[0], extent[1]))) {
            furniture.add(p);
          }
        });
    return furniture;
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
