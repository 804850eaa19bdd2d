package org.eventfacts.text;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Questions the fact readers ask of an enhanced++ dependency graph, named as they are asked.
 * Relation names are matched exactly ("nsubj:pass") or by prefix when they end in ":" ("obl:"
 * matches "obl:to" and "obl:according_to"). Edges the parser added by propagation over
 * coordination ({@link SemanticGraphEdge#isExtra()}) are included unless a method says not.
 */
public final class Dependencies {

  private Dependencies() {}

  /** The dependents of {@code word} along {@code relations}, in text order. */
  public static ImmutableList<IndexedWord> children(
      SemanticGraph graph, IndexedWord word, Set<String> relations) {
    return dependents(graph, word, relations, true);
  }

  /** The dependents along {@code relations} that the parser attached directly, not by propagation. */
  public static ImmutableList<IndexedWord> ownChildren(
      SemanticGraph graph, IndexedWord word, Set<String> relations) {
    return dependents(graph, word, relations, false);
  }

  /**
   * The distinct dependents along {@code relations}, in text order; a loop rather than a stream,
   * as the readers ask this of every word they weigh.
   */
  private static ImmutableList<IndexedWord> dependents(
      SemanticGraph graph, IndexedWord word, Set<String> relations, boolean withExtra) {
    List<IndexedWord> dependents = null;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if ((withExtra || !edge.isExtra()) && matches(edge, relations)) {
        IndexedWord dependent = edge.getDependent();
        if (dependents == null) {
          dependents = new ArrayList<>(2);
        }
        if (!dependents.contains(dependent)) {
          dependents.add(dependent);
        }
      }
    }
    if (dependents == null) {
      return ImmutableList.of();
    }
    dependents.sort(null);
    return ImmutableList.copyOf(dependents);
  }

  /** Whether {@code word} has a dependent along {@code relations} whose lower-cased word is in {@code words}. */
  public static boolean hasChild(
      SemanticGraph graph, IndexedWord word, Set<String> relations, Set<String> words) {
    for (IndexedWord child : children(graph, word, relations)) {
      if (words.contains(lower(child))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} has a dependent along {@code relations} that satisfies {@code test}. */
  public static boolean hasChild(
      SemanticGraph graph, IndexedWord word, Set<String> relations, Predicate<IndexedWord> test) {
    for (IndexedWord child : children(graph, word, relations)) {
      if (test.test(child)) {
        return true;
      }
    }
    return false;
  }

  /** The edge that attaches {@code word} to its head in the basic tree (not a propagated one). */
  public static Optional<SemanticGraphEdge> headEdge(SemanticGraph graph, IndexedWord word) {
    if (!graph.containsVertex(word)) {
      return Optional.empty();
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
      if (!edge.isExtra() && !edge.getRelation().toString().equals("ref")) {
        return Optional.of(edge);
      }
    }
    return Optional.empty();
  }

  /** The relation that attaches {@code word} to its head, or "root". */
  public static String relationToHead(SemanticGraph graph, IndexedWord word) {
    return headEdge(graph, word).map(edge -> edge.getRelation().toString()).orElse("root");
  }

  /** The head of {@code word} in the basic tree, if it has one. */
  public static Optional<IndexedWord> head(SemanticGraph graph, IndexedWord word) {
    return headEdge(graph, word).map(SemanticGraphEdge::getGovernor);
  }

  /** Whether the relation of {@code edge} is one of {@code relations}, by name or prefix. */
  public static boolean matches(SemanticGraphEdge edge, Set<String> relations) {
    return matches(edge.getRelation().toString(), relations);
  }

  /** Whether {@code relation} is one of {@code relations}, by name or by a prefix ending in ":". */
  public static boolean matches(String relation, Set<String> relations) {
    if (relations.contains(relation)) {
      return true;
    }
    for (String wanted : relations) {
      if (wanted.endsWith(":") && relation.startsWith(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The word in lower case. */
  public static String lower(IndexedWord word) {
    return word.word().toLowerCase(Locale.ROOT);
  }

  /** The lemma in lower case, or the word when the lemma is missing. */
  public static String lemma(IndexedWord word) {
    String lemma = word.lemma();
    return (lemma == null ? word.word() : lemma).toLowerCase(Locale.ROOT);
  }
}
