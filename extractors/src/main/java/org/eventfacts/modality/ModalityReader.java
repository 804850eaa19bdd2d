package org.eventfacts.modality;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Collection;
import java.util.Optional;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads the {@link Modality} of the clause around a predicate ("killed", "deaths", "arrested") from
 * the dependency graph: its negation, its modal auxiliaries, the verb it is the complement of, and
 * the participants it is stated of ("no one").
 */
public final class ModalityReader {

  private static final ImmutableSet<String> NEGATORS = ImmutableSet.of("not", "n't", "never", "no");

  private static final ImmutableSet<String> NOBODY = ImmutableSet.of("nobody", "none", "noone");

  /** Auxiliaries that make a clause counterfactual or future: "could have been killed". */
  private static final ImmutableSet<String> IRREALIS_AUXILIARIES =
      ImmutableSet.of("could", "would", "should", "will", "'ll", "wo", "shall", "can", "ca");

  /** "may be arrested" is a possibility; "may have been killed" is a hedged report. */
  private static final ImmutableSet<String> EPISTEMIC_AUXILIARIES = ImmutableSet.of("may", "might");

  /** Verbs whose complement is intended, feared or attempted, not done: "threatened to kill". */
  private static final ImmutableSet<String> INTENTION_VERBS =
      ImmutableSet.of(
          "threaten", "try", "attempt", "plan", "want", "intend", "vow", "aim", "seek", "hope",
          "plot", "conspire", "risk", "expect", "wish", "order", "urge", "call", "demand", "ask",
          "prepare", "prevent", "avoid", "escape", "refuse", "deny", "fail");

  /** Nouns whose complement is a danger, not an event: "the risk of death". */
  private static final ImmutableSet<String> DANGER_NOUNS =
      ImmutableSet.of("risk", "threat", "danger", "fear", "possibility", "chance", "warrant", "plot");

  private static final ImmutableSet<String> CONDITIONAL_MARKERS =
      ImmutableSet.of("if", "unless", "whether", "lest");

  private ModalityReader() {}

  /**
   * The modality of the clause headed by {@code predicate}, stated of {@code participants} (the
   * victims or arrestees, whose "no" or "none" negates it).
   */
  public static Modality read(
      ParsedSentence sentence, IndexedWord predicate, Collection<IndexedWord> participants) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Modality.ASSERTED;
    }
    for (IndexedWord participant : participants) {
      if (NOBODY.contains(lower(participant))
          || hasChild(graph, participant, ImmutableSet.of("det", "advmod"), ImmutableSet.of("no"))) {
        return Modality.NEGATED;
      }
    }
    IndexedWord clause = predicate;
    for (int depth = 0; depth < 6; depth++) {
      if (isNegated(graph, clause)) {
        return Modality.NEGATED;
      }
      if (isIrrealis(graph, clause)) {
        return Modality.HYPOTHETICAL;
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, clause);
      if (up.isEmpty()) {
        break;
      }
      String relation = up.get().getRelation().toString();
      IndexedWord head = up.get().getGovernor();
      if (relation.equals("xcomp") && INTENTION_VERBS.contains(lemma(head))) {
        return Modality.HYPOTHETICAL;
      }
      if (relation.startsWith("nmod") && DANGER_NOUNS.contains(lemma(head))) {
        return Modality.HYPOTHETICAL;
      }
      if (relation.startsWith("acl") && DANGER_NOUNS.contains(lemma(head))) {
        return Modality.HYPOTHETICAL;
      }
      // Negation and modals of a coordinated or embedding clause carry over ("were not killed or
      // injured"; "could be shot and killed"); a reporting verb's do not ("police did not say").
      boolean carries =
          relation.startsWith("conj") || relation.equals("xcomp") || relation.startsWith("obl");
      if (!carries) {
        break;
      }
      clause = head;
    }
    return Modality.ASSERTED;
  }

  /** "may have been killed", "might have died": a hedged report rather than a hypothesis. */
  public static boolean isEpistemic(ParsedSentence sentence, IndexedWord predicate) {
    SemanticGraph graph = sentence.graph();
    return graph != null
        && hasChild(graph, predicate, ImmutableSet.of("aux"), EPISTEMIC_AUXILIARIES)
        && hasChild(graph, predicate, ImmutableSet.of("aux"), ImmutableSet.of("have", "'ve"));
  }

  private static boolean isNegated(SemanticGraph graph, IndexedWord clause) {
    if (hasChild(graph, clause, ImmutableSet.of("advmod", "neg", "det"), NEGATORS)) {
      return true;
    }
    // "without injury", "without being hurt"
    return hasChild(graph, clause, ImmutableSet.of("case", "mark"), ImmutableSet.of("without"));
  }

  private static boolean isIrrealis(SemanticGraph graph, IndexedWord clause) {
    // A bare infinitive names an act, it does not report one: "the order to shoot", "vowed to kill".
    if ("VB".equals(clause.tag())
        && hasChild(graph, clause, ImmutableSet.of("mark"), ImmutableSet.of("to"))) {
      return true;
    }
    if (hasChild(graph, clause, ImmutableSet.of("aux"), IRREALIS_AUXILIARIES)) {
      return true;
    }
    boolean epistemic = hasChild(graph, clause, ImmutableSet.of("aux"), EPISTEMIC_AUXILIARIES);
    boolean perfect = hasChild(graph, clause, ImmutableSet.of("aux"), ImmutableSet.of("have", "'ve"));
    if (epistemic && !perfect) {
      return true;
    }
    return children(graph, clause, ImmutableSet.of("mark")).stream()
        .anyMatch(mark -> CONDITIONAL_MARKERS.contains(lower(mark)));
  }
}
