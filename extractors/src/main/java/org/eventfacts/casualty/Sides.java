package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.eventfacts.text.Dependencies;
import org.jspecify.annotations.Nullable;

/** Finds the side a count is given for when the clause names it apart from the count. */
final class Sides {

  private final SemanticGraph graph;

  Sides(SemanticGraph graph) {
    this.graph = graph;
  }

  /**
   * The group a count is given for when the clause names it apart from the count: "On the part of
   * the army, there were 9 dead", "On the police side, four died", "Among the
   * soldiers, 12 were wounded".
   */
  @Nullable IndexedWord of(IndexedWord trigger) {
    IndexedWord clause = trigger;
    for (int depth = 0; depth < 3 && clause != null; depth++) {
      for (IndexedWord among : children(graph, clause, ImmutableSet.of("obl:among"))) {
        return among;
      }
      for (IndexedWord on : children(graph, clause, ImmutableSet.of("obl:on"))) {
        if (ImmutableSet.of("part", "side").contains(lemma(on))) {
          IndexedWord owner = first(children(graph, on, ImmutableSet.of("nmod:of")));
          if (owner != null) {
            return owner;
          }
          return on; // "on the police side"
        }
      }
      clause = Dependencies.head(graph, clause).orElse(null);
    }
    return null;
  }

  private static @Nullable IndexedWord first(ImmutableList<IndexedWord> words) {
    return words.isEmpty() ? null : words.get(0);
  }
}
