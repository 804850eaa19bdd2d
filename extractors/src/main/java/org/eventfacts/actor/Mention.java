package org.eventfacts.actor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * A stretch of one sentence that refers to an actor: a name ("Lentz"), a pronoun ("he") or a
 * description ("the head of state").
 *
 * @param sentence the sentence it lies in
 * @param first its first token, 1-based
 * @param last its last token, 1-based and inclusive
 */
record Mention(ParsedSentence sentence, int first, int last) implements Comparable<Mention> {

  Mention {
    checkArgument(
        first >= 1 && first <= last && last <= sentence.tokens().size(),
        "tokens %s..%s are not in %s",
        first,
        last,
        sentence);
  }

  Span span() {
    return sentence.tokenSpan(first, last);
  }

  /** The words as written, whitespace collapsed. */
  String text() {
    return sentence.words(span());
  }

  /** The words as tokens, in order. */
  ImmutableList<CoreLabel> tokens() {
    return sentence.tokens().subList(first - 1, last);
  }

  int sentenceIndex() {
    return sentence.index();
  }

  boolean contains(int token) {
    return token >= first && token <= last;
  }

  boolean overlaps(Mention other) {
    return sentence.index() == other.sentence.index() && first <= other.last && other.first <= last;
  }

  @Override
  public int compareTo(Mention other) {
    int bySentence = Integer.compare(sentence.index(), other.sentence.index());
    return bySentence != 0 ? bySentence : Integer.compare(first, other.first);
  }
}
