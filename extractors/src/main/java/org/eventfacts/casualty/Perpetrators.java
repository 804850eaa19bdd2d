package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import org.eventfacts.text.Datelines;
import org.eventfacts.text.Dependencies;
import org.jspecify.annotations.Nullable;

/**
 * Finds who killed or injured: the subject of an active verb ("gunmen killed 49"), the "by" phrase
 * of a passive ("were shot by police") or of a nominal killing ("the massacre of 300 villagers by
 * the militia"), never an event, an instrument or a time ("the blast killed two", "by the end of
 * the year").
 */
final class Perpetrators {

  private static final ImmutableSet<String> AGENTS = ImmutableSet.of("obl:agent", "nmod:agent");

  private final SemanticGraph graph;

  Perpetrators(SemanticGraph graph) {
    this.graph = graph;
  }

  /** "were shot by police": the agent of a passive casualty verb. */
  @Nullable IndexedWord ofPassive(IndexedWord verb) {
    IndexedWord agent = first(children(graph, verb, AGENTS));
    return agent != null && isPerpetrator(agent) ? agent : null;
  }

  /**
   * Who did a nominal killing: "the massacre of 1.5 million people by the army", "the army's
   * massacre of ...". Only nouns of an act have an agent; "their deaths" names the victims.
   */
  @Nullable IndexedWord ofKilling(IndexedWord noun) {
    if (!CasualtyWords.AGENTIVE_HARM_NOUNS.contains(lemma(noun))) {
      return null;
    }
    IndexedWord agent = first(children(graph, noun, ImmutableSet.of("nmod:by", "nmod:agent", "nmod:poss")));
    if (agent == null) {
      // "the massacre of 300 villagers by the militia": the parser hangs "by" on the victims
      for (IndexedWord victims : children(graph, noun, ImmutableSet.of("nmod:of"))) {
        agent = first(children(graph, victims, ImmutableSet.of("nmod:by")));
      }
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, noun);
    if (agent == null && up.isPresent() && up.get().getRelation().toString().equals("obj")) {
      // ... or on the active verb whose object the killing is ("recalled the massacre ... by")
      IndexedWord verb = up.get().getGovernor();
      for (IndexedWord by : children(graph, verb, ImmutableSet.of("obl:by"))) {
        if (by.index() > noun.index()) {
          agent = by;
        }
      }
    }
    if (agent == null) {
      agent = alleged(noun);
    }
    return agent != null && isPerpetrator(agent) ? agent : null;
  }

  /**
   * Who is accused of it: the one a word of accusation above the casualty word is about ("Vane is
   * accused of arranging the murder of ...", "a man suspected of killing his wife").
   */
  @Nullable IndexedWord alleged(IndexedWord word) {
    IndexedWord node = word;
    for (int step = 0; step < 3; step++) {
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, node);
      if (up.isEmpty()) {
        return null;
      }
      IndexedWord head = up.get().getGovernor();
      if (CasualtyWords.ALLEGING_WORDS.contains(lemma(head))) {
        IndexedWord accused =
            first(children(graph, head, ImmutableSet.of("nsubj:pass", "obj")));
        if (accused == null && Dependencies.relationToHead(graph, head).startsWith("acl")) {
          accused = Dependencies.head(graph, head).orElse(null); // "a man suspected of ..."
        }
        return accused;
      }
      node = head;
    }
    return null;
  }

  @Nullable IndexedWord ofActive(IndexedWord verb) {
    IndexedWord subject = first(children(graph, verb, ImmutableSet.of("nsubj")));
    if (subject == null && "VBG".equals(verb.tag())) {
      // "Gunmen opened fire, killing three": the subject of the clause the participle hangs on
      subject = Dependencies.head(graph, verb)
          .map(head -> first(children(graph, head, ImmutableSet.of("nsubj"))))
          .orElse(null);
    }
    if (subject == null) {
      subject = alleged(verb);
    }
    if (subject != null && isDateline(subject)) {
      // "KETRA, Dastria — Government troops killed ...": the parser makes the dateline the subject
      subject = first(children(graph, subject, ImmutableSet.of("appos")));
    }
    return subject != null && isPerpetrator(subject) ? subject : null;
  }

  /**
   * Whether a subject or "by" phrase names who did it, not what ("the blast killed two") or when
   * ("by the end of 1988, 312 had been killed").
   */
  private boolean isPerpetrator(IndexedWord word) {
    String ner = String.valueOf(word.ner());
    return !isDateline(word)
        && !CasualtyWords.NOT_PEOPLE.contains(lemma(word))
        && !CasualtyWords.TIME_NOUNS.contains(lemma(word))
        && !ner.equals("DATE")
        && !ner.equals("TIME")
        && !ner.equals("DURATION");
  }

  /** "KETRA, Dastria — Troops killed ...": a place written in capitals at the head of a story. */
  private static boolean isDateline(IndexedWord word) {
    return Datelines.isDateline(word);
  }

  private static @Nullable IndexedWord first(ImmutableList<IndexedWord> words) {
    return words.isEmpty() ? null : words.get(0);
  }
}
