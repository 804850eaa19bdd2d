package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.text.Dependencies;
import org.jspecify.annotations.Nullable;

/**
 * Finds who made, ordered or announced an arrest, beyond the subject of an active custody verb:
 *
 * <ul>
 *   <li>the "by"-agent of a passive ("taken into custody by deputies"), or of a custody passive
 *       coordinated with it ("was arrested at the scene and taken into custody by county
 *       deputies"), but not "by Friday";
 *   <li>the one who ordered someone held ("Judge Mary Stone ordered Vic Lang held until trial"),
 *       a custody decision, unlike "ordered police to arrest them", which only orders it;
 *   <li>when the clause names no one, or only a pronoun ("Officers say they detained him"), the
 *       subject of the verb that announces it: "The agency announced that Ivan Petrov had been
 *       arrested", "..., the sheriff's office said".
 * </ul>
 */
final class AuthorityFinder {

  /** The "by"-agent of a passive verb (the parser gives a coordinated passive a plain "by"). */
  private static final ImmutableSet<String> AGENTS = ImmutableSet.of("obl:agent", "obl:by");

  private static final ImmutableSet<String> ANNOUNCED_BY = ImmutableSet.of("ccomp", "dep", "parataxis", "xcomp");

  /** Entity types that are never who made an arrest: "arrested by Friday". */
  private static final ImmutableSet<String> NOT_AGENT_TYPES =
      ImmutableSet.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "ORDINAL");

  private final SemanticGraph graph;

  AuthorityFinder(SemanticGraph graph) {
    this.graph = graph;
  }

  /** The "by"-agent of the passive {@code verb}, or of a custody passive coordinated with it. */
  @Nullable IndexedWord agentOf(IndexedWord verb) {
    IndexedWord own = ownAgent(verb);
    if (own != null) {
      return own;
    }
    List<IndexedWord> coordinated = new ArrayList<>(ownChildren(graph, verb, Arguments.CONJUNCTS));
    Dependencies.headEdge(graph, verb)
        .filter(edge -> edge.getRelation().toString().startsWith("conj"))
        .ifPresent(edge -> coordinated.add(edge.getGovernor()));
    for (IndexedWord other : coordinated) {
      boolean custody =
          ArrestWords.CUSTODY_VERBS.contains(lemma(other)) || ArrestWords.PLACING_VERBS.contains(lemma(other));
      IndexedWord agent = custody ? ownAgent(other) : null;
      if (agent != null) {
        return agent;
      }
    }
    return null;
  }

  private @Nullable IndexedWord ownAgent(IndexedWord verb) {
    for (IndexedWord agent : children(graph, verb, AGENTS)) {
      if (!NOT_AGENT_TYPES.contains(String.valueOf(agent.ner()))) {
        return agent;
      }
    }
    return null;
  }

  /** The verb that orders the custody {@code verb} states: "ordered Vic Lang held". */
  Optional<IndexedWord> orderedBy(IndexedWord verb) {
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, verb);
    if (up.isEmpty() || hasChild(graph, verb, ImmutableSet.of("mark"), ImmutableSet.of("to"))) {
      return Optional.empty();
    }
    String relation = up.get().getRelation().toString();
    IndexedWord governor = up.get().getGovernor();
    boolean complement = relation.equals("xcomp") || relation.equals("dep") || relation.equals("ccomp");
    boolean ordered =
        lemma(governor).equals("order") && !children(graph, governor, Arguments.OBJECTS).isEmpty();
    return complement && ordered ? Optional.of(governor) : Optional.empty();
  }

  /** {@code authority} unless it is missing or a pronoun; then who announced the arrest. */
  @Nullable IndexedWord orAnnouncer(IndexedWord word, @Nullable IndexedWord authority) {
    if (authority != null && !People.isPronoun(authority)) {
      return authority;
    }
    IndexedWord clause = word;
    for (int depth = 0; depth < 4; depth++) {
      for (IndexedWord beside : children(graph, clause, ImmutableSet.of("parataxis"))) {
        IndexedWord subject = announcer(beside);
        if (subject != null) {
          return subject;
        }
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, clause);
      if (up.isEmpty()) {
        break;
      }
      String relation = up.get().getRelation().toString();
      IndexedWord head = up.get().getGovernor();
      boolean announcedBy = Dependencies.matches(relation, ANNOUNCED_BY);
      if (announcedBy) {
        IndexedWord subject = lemma(head).equals("order") ? subjectOf(head) : announcer(head);
        if (subject != null) {
          return subject;
        }
      }
      if (!relation.startsWith("conj") && !announcedBy) {
        break;
      }
      clause = head;
    }
    return authority;
  }

  /** The subject of a verb of announcing, unless it is a pronoun. */
  private @Nullable IndexedWord announcer(IndexedWord verb) {
    return ArrestWords.ANNOUNCING_VERBS.contains(lemma(verb)) ? subjectOf(verb) : null;
  }

  /** The subject of {@code verb}, unless it is a pronoun. */
  @Nullable IndexedWord subjectOf(IndexedWord verb) {
    IndexedWord subject = Arguments.first(children(graph, verb, ImmutableSet.of("nsubj")));
    return subject == null || People.isPronoun(subject) ? null : subject;
  }
}
