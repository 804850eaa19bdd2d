package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Tells whether a word names a person or a group of people, for the custody words that have other
 * senses ("the suspect was held" but "the vigil was held").
 */
final class People {

  private static final ImmutableSet<String> NAME_PARTS = ImmutableSet.of("compound", "dep", "appos", "flat");

  private People() {}

  /**
   * Whether {@code word} is a person's name ("Jane Roe"), a personal or relative pronoun ("he",
   * "who"), a word for people in crime news ("the suspect", "two men"), or a title before a name
   * ("the former minister Ivan Petrov").
   */
  static boolean isPerson(SemanticGraph graph, IndexedWord word) {
    if (isName(word) || isPronoun(word)) {
      return true;
    }
    if (ArrestWords.PEOPLE_NOUNS.contains(lemma(word)) || ArrestWords.PEOPLE_NOUNS.contains(lower(word))) {
      return true;
    }
    return children(graph, word, NAME_PARTS).stream().anyMatch(People::isName);
  }

  /** Whether {@code word} is tagged as (part of) a person's name. */
  static boolean isName(IndexedWord word) {
    return "PERSON".equals(word.ner());
  }

  /** "he", "them", "who": a word that stands for people named elsewhere. */
  static boolean isPronoun(IndexedWord word) {
    String lower = lower(word);
    return ArrestWords.SINGULAR_PRONOUNS.contains(lower)
        || ArrestWords.PLURAL_PRONOUNS.contains(lower)
        || ((lower.equals("who") || lower.equals("whom") || lower.equals("whose")));
  }
}
