package org.eventfacts.text;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;

/**
 * Reads the words of a noun phrase from its head in the dependency graph: the head and its
 * modifiers, without what news sentences hang on a phrase after it (relative clauses,
 * appositions, "including ..." lists, parentheticals) and without words the caller has used for
 * something else (the number of a count).
 */
public final class NounPhrases {

  /** Dependents that belong to the phrase itself. */
  private static final ImmutableSet<String> INSIDE =
      ImmutableSet.of(
          "det", "det:poss", "det:predet", "amod", "compound", "compound:prt", "nummod", "nmod:poss",
          "nmod:of", "nmod:from", "nmod:in", "nmod:at", "nmod:with", "fixed", "flat", "case",
          "advmod", "obl:npmod", "nmod:npmod", "det:qmod", "dep", "punct", "mark", "nmod:tmod",
          "obl:tmod");

  /** Punctuation, prepositions and conjunctions, which never open or close a phrase. */
  public static final ImmutableSet<String> EDGE_TAGS =
      ImmutableSet.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "IN", "CC", "HYPH");

  /** Modifiers that only restate that the people are further ones ("other demonstrators"). */
  private static final ImmutableSet<String> FILLER_ADJECTIVES =
      ImmutableSet.of("other", "more", "additional", "further", "another");

  private NounPhrases() {}

  /**
   * The phrase headed by {@code head}, leaving out {@code leaveOut} and everything below it, or
   * empty when nothing but punctuation and filler is left.
   *
   * @param withConjuncts whether "a boy and a man" is one phrase (true) or "a boy" alone
   */
  public static Optional<Phrase> phrase(
      ParsedSentence sentence, IndexedWord head, Set<IndexedWord> leaveOut, boolean withConjuncts) {
    SemanticGraph graph = sentence.graph();
    if (graph == null || leaveOut.contains(head)) {
      return Optional.empty();
    }
    Set<Integer> inside =
        below(
            graph,
            head,
            (word, edge) -> {
              String relation = edge.getRelation().toString();
              IndexedWord child = edge.getDependent();
              boolean belongs =
                  INSIDE.contains(relation)
                      || (withConjuncts && (relation.startsWith("conj") || relation.equals("cc")));
              if (edge.isExtra() || !belongs || leaveOut.contains(child)) {
                return false;
              }
              if (word.equals(head) && (relation.equals("case") || relation.equals("mark"))) {
                return false; // "according to" or "by" in front of the phrase is not part of it
              }
              return !relation.equals("amod")
                  || !FILLER_ADJECTIVES.contains(child.word().toLowerCase(Locale.ROOT));
            });
    return runAround(sentence, head, inside, EDGE_TAGS);
  }

  /**
   * The indices of {@code head} and of every word below it reached along the edges {@code follow}
   * accepts ({@code follow} is given the word an edge leaves and the edge).
   */
  public static Set<Integer> below(
      SemanticGraph graph, IndexedWord head, BiPredicate<IndexedWord, SemanticGraphEdge> follow) {
    Set<Integer> inside = new TreeSet<>();
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      IndexedWord word = todo.pop();
      if (!seen.add(word)) {
        continue;
      }
      inside.add(word.index());
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
        if (follow.test(word, edge)) {
          todo.push(edge.getDependent());
        }
      }
    }
    return inside;
  }

  /**
   * The phrase of the unbroken run of {@code inside} words around {@code head} (a gap means a
   * left-out part), without words at either edge whose part-of-speech tag is in {@code edgeTags};
   * empty when nothing else is left.
   */
  public static Optional<Phrase> runAround(
      ParsedSentence sentence, IndexedWord head, Set<Integer> inside, Set<String> edgeTags) {
    int first = head.index();
    while (inside.contains(first - 1)) {
      first--;
    }
    int last = head.index();
    while (inside.contains(last + 1)) {
      last++;
    }
    while (first < last && isEdge(sentence, first, edgeTags)) {
      first++;
    }
    while (last > first && isEdge(sentence, last, edgeTags)) {
      last--;
    }
    if (isEdge(sentence, first, edgeTags)) {
      return Optional.empty();
    }
    Span span = sentence.tokenSpan(first, last);
    return Optional.of(Phrase.of(sentence.words(span), span));
  }

  private static boolean isEdge(ParsedSentence sentence, int index, Set<String> edgeTags) {
    String tag = sentence.token(index).tag();
    return tag == null || edgeTags.contains(tag);
  }
}
