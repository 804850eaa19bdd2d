package org.eventfacts.text;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        IndexedWord child = edge.getDependent();
        String relation = edge.getRelation().toString();
        boolean belongs =
            INSIDE.contains(relation)
                || (withConjuncts && (relation.startsWith("conj") || relation.equals("cc")));
        if (edge.isExtra() || !belongs || leaveOut.contains(child)) {
          continue;
        }
        if (word.equals(head) && (relation.equals("case") || relation.equals("mark"))) {
          continue; // "according to" or "by" in front of the phrase is not part of it
        }
        if (relation.equals("amod") && FILLER_ADJECTIVES.contains(child.word().toLowerCase())) {
          continue;
        }
        todo.push(child);
      }
    }
    // Keep the contiguous run of words around the head; a gap means a left-out part.
    int first = head.index();
    while (inside.contains(first - 1)) {
      first--;
    }
    int last = head.index();
    while (inside.contains(last + 1)) {
      last++;
    }
    while (first < last && isEdgePunctuationOrCase(sentence, first)) {
      first++;
    }
    while (last > first && isEdgePunctuationOrCase(sentence, last)) {
      last--;
    }
    if (isEdgePunctuationOrCase(sentence, first)) {
      return Optional.empty();
    }
    Span span = sentence.tokenSpan(first, last);
    return Optional.of(Phrase.of(sentence.words(span), span));
  }

  private static boolean isEdgePunctuationOrCase(ParsedSentence sentence, int index) {
    String tag = sentence.token(index).tag();
    return tag == null
        || tag.equals(",")
        || tag.equals(".")
        || tag.equals(":")
        || tag.equals("``")
        || tag.equals("''")
        || tag.equals("-LRB-")
        || tag.equals("-RRB-")
        || tag.equals("IN")
        || tag.equals("CC")
        || tag.equals("HYPH");
  }
}
