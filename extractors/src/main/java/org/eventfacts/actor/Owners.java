package org.eventfacts.actor;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Optional;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;

/**
 * Tells a name that the text uses only to say whose something is: "a reading of Ivo Lentz's first
 * novel", "a post on Lentz's staff". Such a name takes no part in what is reported, and is no
 * actor. Where the thing owned acts, the owner takes part through it: "Lentz's office said ...",
 * "Norgas's shares fell"; and so it does through a body of its own: "a lecturer at the University
 * of Dunmore's Institute of Marine Science".
 */
final class Owners {

  private Owners() {}

  /** Whether every mention of {@code entity} is the possessive of something that does not act. */
  static boolean isOnlyAnOwner(Entity entity) {
    boolean scored = entity.kind() == ActorKind.PERSON || entity.kind() == ActorKind.ORGANIZATION;
    if (!scored || entity.names().isEmpty()) {
      return false; // countries and places: where things happen, not who does them
    }
    for (Mention mention : entity.mentions()) {
      if (!ownsWithoutActing(mention)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ownsWithoutActing(Mention mention) {
    SemanticGraph graph = mention.sentence().graph();
    if (graph == null) {
      return false;
    }
    IndexedWord head = TitleReader.headOf(graph, mention);
    if (head == null || !Dependencies.relationToHead(graph, head).equals("nmod:poss")) {
      return false;
    }
    Optional<IndexedWord> owned = Dependencies.head(graph, head);
    return owned.isPresent()
        && !Dependencies.relationToHead(graph, owned.get()).startsWith("nsubj")
        && !OrganisationWords.isHead(owned.get().word());
  }
}
