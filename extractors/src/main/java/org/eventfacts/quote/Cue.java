package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.children;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * What a statement is attributed through: a reporting verb ("said", "warned", "described ... as")
 * or an "according to" phrase.
 *
 * @param sentence the sentence the cue is in
 * @param word the reporting verb, or for "according to X" the head of X
 * @param accordingTo whether the cue is "according to X"
 */
record Cue(ParsedSentence sentence, IndexedWord word, boolean accordingTo) {

  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of("compound:prt");

  /** A reporting verb. */
  static Cue verb(ParsedSentence sentence, IndexedWord verb) {
    return new Cue(sentence, verb, false);
  }

  /** "according to {@code source}". */
  static Cue accordingTo(ParsedSentence sentence, IndexedWord source) {
    return new Cue(sentence, source, true);
  }

  /** The cue as written: "said", "called on", "according to". */
  Phrase phrase() {
    SemanticGraph graph = sentence.graph();
    if (accordingTo) {
      int according = word.index();
      while (according > 1 && !sentence.token(according).word().equalsIgnoreCase("according")) {
        according--;
      }
      int to = Math.min(according + 1, word.index());
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
