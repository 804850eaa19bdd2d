package org.eventfacts.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;

/**
 * Gives sentences written all in capitals (wire copy, headlines, alerts) to the tagger in sentence
 * case: the models are trained on mixed case and read "POLICE SAID 12 PEOPLE WERE KILLED" as a
 * run of proper nouns, so no casualty is found. Only such sentences change, and only the words
 * the models see: offsets and original text stay.
 *
 * <p>Lowercasing costs one pass over the sentence's tokens and lets the tagger and parser read
 * counts, outcomes and victims (the test of a wire sentence in capitals finds both its counts).
 * CoreNLP's truecaser ({@code truecase} annotator) would also restore the capitals of names, but
 * its model is a 104 MB file to load (not measured further here); names in an all-capitals
 * sentence are therefore not found as actors.
 *
 * <pre>{@code
 * CapitalSentences.lowercase(annotation);   // after tokenize and ssplit, before pos
 * }</pre>
 */
final class CapitalSentences {

  /** A sentence needs at least this many cased letters to be judged. */
  private static final int FEWEST_LETTERS = 12;

  private CapitalSentences() {}

  /** Lowercases the words of every all-capitals sentence in place; returns how many. */
  static int lowercase(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return 0;
    }
    int changed = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (isAllCapitals(tokens)) {
        changed++;
        boolean first = true;
        for (CoreLabel token : tokens) {
          String word = token.word().toLowerCase(Locale.ROOT);
          if (first && !word.isEmpty() && Character.isLetter(word.charAt(0))) {
            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            first = false;
          }
          token.setWord(word);
          token.setValue(word);
        }
      }
    }
    return changed;
  }

  static boolean isAllCapitals(List<CoreLabel> tokens) {
    int upper = 0;
    int lower = 0;
    for (CoreLabel token : tokens) {
      String word = token.word();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return upper >= FEWEST_LETTERS && lower * 20 <= upper;
  }
}
