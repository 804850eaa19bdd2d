package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;

/**
 * Recognises the places and states of custody: "custody", "jail", "prison", "bars", "under
 * arrest", and institutions named as such ("the Dunmore County Detention Center", "a correctional
 * facility", "police headquarters"), entered or kept "in", "into", "to", "behind" or "under" them,
 * but not left "from" them ("released from custody").
 */
final class CustodyPlaces {

  private CustodyPlaces() {}

  /**
   * The custody place a verb puts or keeps someone in: an oblique "in", "into", "to", "behind" or
   * "under" whose noun is a custody place ("into custody", "to the county jail", "behind bars").
   */
  static Optional<IndexedWord> of(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if (edge.isExtra() || !relation.startsWith("obl:")) {
        continue;
      }
      String preposition = relation.substring("obl:".length());
      if (ArrestWords.INTO_PLACE.contains(preposition) && is(graph, edge.getDependent())) {
        return Optional.of(edge.getDependent());
      }
    }
    return Optional.empty();
  }

  /**
   * "custody", "jail", "bars", "under arrest", or an institution named as one: "the county
   * detention center", "the correctional facility", "police headquarters".
   */
  static boolean is(SemanticGraph graph, IndexedWord word) {
    String lemma = lemma(word);
    if (lemma.equals("arrest")) {
      return caseOf(graph, word).equals("under"); // "under arrest", "under house arrest"
    }
    if (ArrestWords.CUSTODY_PLACES.contains(lemma) || ArrestWords.CUSTODY_PLACES.contains(lower(word))) {
      return true; // "behind bars" has the lemma "bar"
    }
    return ArrestWords.INSTITUTION_HEADS.contains(lemma)
        && hasChild(
            graph,
            word,
            ImmutableSet.of("compound", "amod"),
            child -> ArrestWords.CUSTODY_MODIFIERS.contains(lemma(child)));
  }

  private static String caseOf(SemanticGraph graph, IndexedWord word) {
    ImmutableList<IndexedWord> cases = ownChildren(graph, word, ImmutableSet.of("case"));
    return cases.isEmpty() ? "" : lower(cases.get(0));
  }

  /** "in custody", "behind bars", "into the county jail": a custody place with its preposition. */
  static boolean isPlaceEntered(SemanticGraph graph, IndexedWord word) {
    return is(graph, word) && ArrestWords.INTO_PLACE.contains(caseOf(graph, word));
  }
}
