package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.eventfacts.text.Dependencies;

/**
 * The other senses of custody words, which the word's own dependents show: "held hostage", "held
 * at gunpoint" (captivity), "detained in hospital" (care), "held accountable", "held to the same
 * standard" (judgement), "Turn yourself in" (a request), and the caption "A neighbour at the
 * vigil held on Sunday" (an event held).
 */
final class OtherSenses {

  /** Complements of "held" that judge rather than detain. */
  private static final ImmutableSet<String> HELD_AS =
      ImmutableSet.of("accountable", "responsible", "liable", "contempt", "blameless", "culpable");

  private OtherSenses() {}

  /** "Turn yourself in", "Hold them to account": a request, not a report. */
  static boolean isImperative(SemanticGraph graph, IndexedWord verb) {
    if (!"VB".equals(verb.tag()) || !Dependencies.relationToHead(graph, verb).equals("root")) {
      return false;
    }
    return children(graph, verb, ImmutableSet.of("nsubj", "nsubj:pass", "aux", "aux:pass", "mark")).isEmpty();
  }

  /**
   * "held accountable", "held responsible", "held in contempt", "held to the same standard":
   * judged, not detained.
   */
  static boolean isHeldToAStandard(SemanticGraph graph, IndexedWord verb) {
    if (CustodyPlaces.of(graph, verb).isPresent()) {
      return false;
    }
    return hasChild(graph, verb, ImmutableSet.of("xcomp", "advmod", "obl:in", "dep", "obj"), HELD_AS)
        || !children(graph, verb, ImmutableSet.of("obl:to")).isEmpty();
  }

  /** "held hostage", "held at gunpoint", "taken captive". */
  static boolean isCaptivity(SemanticGraph graph, IndexedWord verb) {
    return hasChild(
        graph,
        verb,
        ImmutableSet.of("xcomp", "obj", "obl:", "advmod", "dep", "nsubj:xsubj"),
        child -> ArrestWords.CAPTIVITY_WORDS.contains(lower(child)));
  }

  /** "detained in hospital", "held at the clinic overnight": kept for treatment, not custody. */
  static boolean isKeptForCare(SemanticGraph graph, IndexedWord verb, String lemma) {
    if (!ImmutableSet.of("detain", "hold", "keep").contains(lemma) || CustodyPlaces.of(graph, verb).isPresent()) {
      return false;
    }
    return hasChild(
        graph,
        verb,
        ImmutableSet.of("obl:in", "obl:at", "obl:inside"),
        child -> ArrestWords.CARE_PLACES.contains(lemma(child)));
  }

  /**
   * "A neighbour at the vigil held on Sunday": a participle with a subject but no auxiliary, as
   * in captions and headlines, where "held" and "booked" say custody only with a complement
   * ("Doe held without bail").
   */
  static boolean isBareParticiple(SemanticGraph graph, IndexedWord verb) {
    return "VBN".equals(verb.tag())
        && Dependencies.relationToHead(graph, verb).equals("root")
        && !children(graph, verb, ImmutableSet.of("nsubj")).isEmpty()
        && children(graph, verb, ImmutableSet.of("aux", "aux:pass")).isEmpty();
  }
}
