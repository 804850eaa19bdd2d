package org.eventfacts.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Optional;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * The basic dependency tree under a sentence's enhanced++ graph (no propagated or relative-clause
 * edges), to read the stretch of text a clause covers: the content of "said that ..." is the
 * clause's word and everything below it.
 */
final class BasicTree {

  private final ParsedSentence sentence;
  private final SemanticGraph graph;
  private final int[] heads; // 1-based token index -> 1-based head index, 0 for a root
  // 1-based token index -> first and last token index of its subtree, built on first use
  private int @Nullable [] firsts;
  private int @Nullable [] lasts;

  private BasicTree(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
    int size = sentence.tokens().size();
    this.heads = new int[size + 1];
    for (int i = 1; i <= size; i++) {
      IndexedWord word = sentence.wordAt(i);
      heads[i] =
          word == null ? 0 : Dependencies.head(graph, word).map(IndexedWord::index).orElse(0);
    }
  }

  /** The tree of {@code sentence}, which must have a graph. */
  static BasicTree of(ParsedSentence sentence, SemanticGraph graph) {
    return new BasicTree(sentence, graph);
  }

  ParsedSentence sentence() {
    return sentence;
  }

  SemanticGraph graph() {
    return graph;
  }

  /** The word's head, if it has one. */
  Optional<IndexedWord> head(IndexedWord word) {
    int head = heads[word.index()];
    return head == 0 ? Optional.empty() : Optional.ofNullable(sentence.wordAt(head));
  }

  /** Whether {@code word} is {@code ancestor} or lies below it. */
  boolean dominates(IndexedWord ancestor, IndexedWord word) {
    return dominates(ancestor.index(), word.index());
  }

  boolean dominates(int ancestor, int index) {
    for (int step = 0; index != 0 && step <= heads.length; step++) {
      if (index == ancestor) {
        return true;
      }
      index = heads[index];
    }
    return false;
  }

  /** The first token index of the word's subtree. */
  int first(IndexedWord word) {
    int index = word.index();
    if (index < 1 || index >= heads.length) {
      return index;
    }
    extents();
    return firsts[index];
  }

  /** The last token index of the word's subtree. */
  int last(IndexedWord word) {
    int index = word.index();
    if (index < 1 || index >= heads.length) {
      return index;
    }
    extents();
    return lasts[index];
  }

  /**
   * The first and last token of every subtree, from one walk up from each token along the steps
   * {@link #dominates(int, int)} takes: a word's subtree holds exactly the tokens whose walk
   * passes it. The readers ask for the extent of many subtrees of a sentence, each of which would
   * otherwise cost a walk from every token.
   */
  private void extents() {
    if (firsts != null) {
      return;
    }
    int[] first = new int[heads.length];
    int[] last = new int[heads.length];
    for (int i = 1; i < heads.length; i++) {
      first[i] = i;
      last[i] = i;
    }
    for (int i = 1; i < heads.length; i++) {
      int index = i;
      for (int step = 0; index != 0 && step <= heads.length; step++) {
        first[index] = Math.min(first[index], i);
        last[index] = Math.max(last[index], i);
        index = heads[index];
      }
    }
    lasts = last;
    firsts = first;
  }
}
