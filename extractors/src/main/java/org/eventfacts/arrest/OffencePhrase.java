package org.eventfacts.arrest;

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
import org.eventfacts.text.ParsedSentence;

/**
 * Reads the words that name an offence from its head: the whole phrase below it, since charges
 * are long and nest ("three counts of fraud and one count of forgery", "a preliminary
 * investigation into treason", "complicity in the killing of a judge"), but without the clauses
 * news sentences hang after it ("..., which carries a life sentence", "..., police said").
 */
final class OffencePhrase {

  /** Dependents that start another statement, not part of the offence. */
  private static final ImmutableSet<String> OUTSIDE =
      ImmutableSet.of("acl:relcl", "parataxis", "ref", "punct", "advcl", "advcl:", "obl:tmod", "nmod:tmod");

  private OffencePhrase() {}

  /** The offence headed by {@code head}, or empty when nothing but punctuation is left. */
  static Optional<Phrase> of(ParsedSentence sentence, IndexedWord head) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
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
        String relation = edge.getRelation().toString();
        boolean outside =
            OUTSIDE.contains(relation) || relation.startsWith("advcl:") || edge.isExtra();
        boolean leadingCase = word.equals(head) && (relation.equals("case") || relation.equals("mark"));
        if (!outside && !leadingCase) {
          todo.push(edge.getDependent());
        }
        if (relation.equals("punct") && !edge.isExtra() && isInnerPunctuation(sentence, edge.getDependent())) {
          inside.add(edge.getDependent().index()); // the commas of a list of charges
        }
      }
    }
    int first = head.index();
    while (inside.contains(first - 1)) {
      first--;
    }
    int last = head.index();
    while (inside.contains(last + 1)) {
      last++;
    }
    while (first < last && isEdge(sentence, first)) {
      first++;
    }
    while (last > first && isEdge(sentence, last)) {
      last--;
    }
    if (isEdge(sentence, first)) {
      return Optional.empty();
    }
    Span span = sentence.tokenSpan(first, last);
    return Optional.of(Phrase.of(sentence.words(span), span));
  }

  private static boolean isInnerPunctuation(ParsedSentence sentence, IndexedWord word) {
    return ",".equals(sentence.token(word.index()).word());
  }

  private static boolean isEdge(ParsedSentence sentence, int index) {
    String tag = sentence.token(index).tag();
    return tag == null
        || tag.equals(",")
        || tag.equals(".")
        || tag.equals(":")
        || tag.equals("``")
        || tag.equals("''")
        || tag.equals("CC")
        || tag.equals("HYPH");
  }
}
