package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.eventfacts.text.Dependencies;

/**
 * Reads a one-word name where someone is born, lives or dies, or where someone travels, as a place,
 * whatever the tagger called it: "she was born in Tarnby", "he travelled with Lentz to Harrowgate",
 * "they settled near Kestwick". "Born to Ana" names parents, so birth takes only "in" and "near".
 */
final class PlacesOfMotion {

  /** Verbs of being somewhere, by lemma: a place after "in" or "near". */
  private static final ImmutableSet<String> BEING =
      ImmutableSet.of("bear", "live", "settle", "die", "grow", "reside", "raise", "bury");

  /** Verbs of going somewhere, by lemma: a place after "to". */
  private static final ImmutableSet<String> GOING =
      ImmutableSet.of("travel", "emigrate", "flee", "sail", "journey");

  private PlacesOfMotion() {}

  /** {@code names}, with the one-word places of being and going made places. */
  static List<Name> correct(List<Name> names) {
    return MistaggedPlaces.oneWordNames(
        names,
        name -> !Acronyms.looksLikeAcronym(name.text()) && isWhereSomeoneIsOrGoes(name.mention()));
  }

  private static boolean isWhereSomeoneIsOrGoes(Mention mention) {
    SemanticGraph graph = mention.sentence().graph();
    IndexedWord head = graph == null ? null : TitleReader.headOf(graph, mention);
    if (head == null || !Dependencies.relationToHead(graph, head).startsWith("obl")) {
      return false;
    }
    IndexedWord verb = Dependencies.head(graph, head).orElse(null);
    if (verb == null) {
      return false;
    }
    String lemma = Dependencies.lemma(verb);
    for (IndexedWord marker : Dependencies.children(graph, head, ImmutableSet.of("case"))) {
      String preposition = Dependencies.lower(marker);
      if (BEING.contains(lemma) && (preposition.equals("in") || preposition.equals("near"))
          || GOING.contains(lemma) && preposition.equals("to")) {
        return true;
      }
    }
    return false;
  }
}
