package org.eventfacts.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into pieces before they reach the tagger and the parser,
 * whose cost grows faster than the sentence length (a 6,000-token "sentence" of a pasted list took
 * 21 s and 2.7 GB). Each cut falls after the punctuation nearest the limit (a semicolon, colon,
 * comma or dash in the second half of the window), or at the limit when there is none. Token
 * offsets do not change; sentence and token indices are renumbered.
 *
 * <pre>{@code
 * LongSentences.split(annotation, 120);   // after tokenize and ssplit, before pos
 * }</pre>
 */
final class LongSentences {

  private static final Set<String> BREAKS = Set.of(";", ":", ",", "--", "-", "\u2013", "\u2014", "...");

  private LongSentences() {}

  /** Splits the over-long sentences of {@code annotation} in place; returns how many were cut. */
  static int split(Annotation annotation, int maxTokens) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return 0;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> shaped = new ArrayList<>(sentences.size());
    int cut = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxTokens) {
        shaped.add(sentence);
        continue;
      }
      cut++;
      int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int start = 0;
      while (start < tokens.size()) {
        int end = start + maxTokens >= tokens.size() ? tokens.size() : breakAfter(tokens, start, maxTokens);
        shaped.add(piece(text, tokens.subList(start, end), tokenBegin + start));
        start = end;
      }
    }
    if (cut > 0) {
      for (int i = 0; i < shaped.size(); i++) {
        CoreMap sentence = shaped.get(i);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int t = 0; t < tokens.size(); t++) {
          tokens.get(t).setSentIndex(i);
          tokens.get(t).setIndex(t + 1);
        }
      }
      annotation.set(CoreAnnotations.SentencesAnnotation.class, shaped);
    }
    return cut;
  }

  /** The end (exclusive) of the piece that starts at {@code start}. */
  private static int breakAfter(List<CoreLabel> tokens, int start, int maxTokens) {
    for (int end = start + maxTokens; end > start + maxTokens / 2; end--) {
      if (BREAKS.contains(tokens.get(end - 1).word())) {
        return end;
      }
    }
    return start + maxTokens;
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return piece;
  }
}
