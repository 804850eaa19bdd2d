package org.eventfacts.quote;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * The sentences of one document by position: which sentences a quotation spans, the sentence before
 * and after, and each sentence's {@link BasicTree} (built once, on first use). One per document and
 * thread.
 */
final class SentenceMap {

  private final ParsedText text;
  private final ImmutableList<ParsedSentence> sentences;
  private final Map<Integer, BasicTree> trees = new HashMap<>();

  SentenceMap(ParsedText text) {
    this.text = text;
    this.sentences = text.sentences();
  }

  String text() {
    return text.text();
  }

  ImmutableList<ParsedSentence> sentences() {
    return sentences;
  }

  /** The sentences that share a character with {@code span}, in order. */
  ImmutableList<ParsedSentence> overlapping(Span span) {
    ImmutableList.Builder<ParsedSentence> overlapping = ImmutableList.builder();
    for (ParsedSentence sentence : sentences) {
      if (sentence.span().start() >= span.end()) {
        break;
      }
      if (sentence.span().intersects(span)) {
        overlapping.add(sentence);
      }
    }
    return overlapping.build();
  }

  /** The sentence that holds {@code offset}, else the first one after it, else the last. */
  Optional<ParsedSentence> at(int offset) {
    for (ParsedSentence sentence : sentences) {
      if (sentence.span().end() > offset) {
        return Optional.of(sentence);
      }
    }
    return sentences.isEmpty()
        ? Optional.empty()
        : Optional.of(sentences.get(sentences.size() - 1));
  }

  /** The sentence after {@code sentence}, if any. */
  Optional<ParsedSentence> next(ParsedSentence sentence) {
    int position = sentences.indexOf(sentence);
    return position + 1 < sentences.size()
        ? Optional.of(sentences.get(position + 1))
        : Optional.empty();
  }

  /** The sentence before {@code sentence}, if any. */
  Optional<ParsedSentence> previous(ParsedSentence sentence) {
    int position = sentences.indexOf(sentence);
    return position > 0 ? Optional.of(sentences.get(position - 1)) : Optional.empty();
  }

  /** The basic tree of {@code sentence}, or empty when the parser skipped it. */
  Optional<BasicTree> tree(ParsedSentence sentence) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    return Optional.of(trees.computeIfAbsent(sentence.index(), i -> BasicTree.of(sentence, graph)));
  }
}
