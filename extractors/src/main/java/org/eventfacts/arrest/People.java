package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

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

  /**
   * The last word of the first person's name in {@code phrase}, lower-cased: "roe" for "Jane Roe,
   * 31"; empty when the phrase names no one ("a 23-year-old man").
   */
  static Optional<String> surname(ParsedText text, Phrase phrase) {
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.span().contains(phrase.span())) {
        return surname(sentence, phrase);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> surname(ParsedSentence sentence, Phrase phrase) {
    String last = null;
    for (CoreLabel token : sentence.tokens()) {
      boolean inside =
          token.beginPosition() >= phrase.span().start() && token.endPosition() <= phrase.span().end();
      if (inside && isNameToken(token)) {
        last = token.word().toLowerCase(Locale.ROOT);
      } else if (last != null && inside) {
        break;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The whole name around token {@code index}: the run of person-tagged tokens. */
  static Phrase name(ParsedSentence sentence, int index) {
    int first = index;
    while (first > 1 && isNameToken(sentence.token(first - 1))) {
      first--;
    }
    int last = index;
    while (last < sentence.tokens().size() && isNameToken(sentence.token(last + 1))) {
      last++;
    }
    Span span = sentence.tokenSpan(first, last);
    return Phrase.of(sentence.words(span), span);
  }

  private static boolean isNameToken(CoreLabel token) {
    return "PERSON".equals(token.ner()) && !"POS".equals(token.tag());
  }
}
