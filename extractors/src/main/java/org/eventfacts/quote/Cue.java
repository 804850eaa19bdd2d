package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.children;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * What a statement is attributed through: a reporting verb ("said", "warned", "described ... as"),
 * an "according to" phrase, or a noun of speech with its owner ("Trump's claim that ...").
 *
 * @param sentence the sentence the cue is in
 * @param word the reporting verb, the head of X in "according to X", or the noun of speech
 * @param kind which of the three
 */
record Cue(ParsedSentence sentence, IndexedWord word, Kind kind) {

  /** The grammar of a cue. */
  enum Kind {
    /** "said", "warned", "described ... as". */
    VERB,
    /** "according to X". */
    ACCORDING_TO,
    /** "Trump's claim that ...", "the ministry's statement". */
    SPEECH_NOUN
  }

  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of("compound:prt");

  /** The words that introduce a named source: "according to X", "per X", "as X put it". */
  private static final ImmutableSet<String> SOURCE_WORDS = ImmutableSet.of("according", "per", "as");

  /** A reporting verb. */
  static Cue verb(ParsedSentence sentence, IndexedWord verb) {
    return new Cue(sentence, verb, Kind.VERB);
  }

  /** "according to {@code source}", "per {@code source}", "as {@code source} put it". */
  static Cue accordingTo(ParsedSentence sentence, IndexedWord source) {
    return new Cue(sentence, source, Kind.ACCORDING_TO);
  }

  /** A noun of speech: "claim" in "Trump's claim that ...". */
  static Cue speechNoun(ParsedSentence sentence, IndexedWord noun) {
    return new Cue(sentence, noun, Kind.SPEECH_NOUN);
  }

  private static String lower(String word) {
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the cue is "according to X". */
  boolean accordingTo() {
    return kind == Kind.ACCORDING_TO;
  }

  /** Whether the cue is a verb. */
  boolean isVerb() {
    return kind == Kind.VERB;
  }

  /** The cue as written: "said", "called on", "according to". */
  Phrase phrase() {
    SemanticGraph graph = sentence.graph();
    if (accordingTo()) {
      int according = word.index();
      while (according > 1 && !SOURCE_WORDS.contains(lower(sentence.token(according).word()))) {
        according--;
      }
      if (!SOURCE_WORDS.contains(lower(sentence.token(according).word()))) {
        Span span = sentence.span(word);
        return Phrase.of(sentence.words(span), span);
      }
      boolean two = lower(sentence.token(according).word()).equals("according");
      int to = Math.min(two ? according + 1 : according, word.index());
      Span span = sentence.tokenSpan(according, to);
      return Phrase.of(sentence.words(span), span);
    }
    Span span = sentence.span(word);
    if (graph != null) {
      for (IndexedWord particle : children(graph, word, PARTICLES)) {
        if (particle.index() == word.index() + 1) {
          span = span.union(sentence.span(particle));
        }
      }
    }
    return Phrase.of(sentence.words(span), span);
  }
}
