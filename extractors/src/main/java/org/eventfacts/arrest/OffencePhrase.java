package org.eventfacts.arrest;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.NounPhrases;
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

  /** Tokens that never open or close an offence; "on suspicion of arson" keeps its "on". */
  private static final ImmutableSet<String> EDGE_TAGS =
      ImmutableSet.of(",", ".", ":", "``", "''", "CC", "HYPH");

  /** The offence headed by {@code head}, or empty when nothing but punctuation is left. */
  static Optional<Phrase> of(ParsedSentence sentence, IndexedWord head) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    Set<Integer> inside =
        NounPhrases.below(
            graph,
            head,
            (word, edge) -> {
              String relation = edge.getRelation().toString();
              if (relation.equals("punct")) {
                // the commas of a list of charges belong to it
                return !edge.isExtra() && ",".equals(edge.getDependent().word());
              }
              boolean outside =
                  OUTSIDE.contains(relation) || relation.startsWith("advcl:") || edge.isExtra();
              boolean leadingCase =
                  word.equals(head) && (relation.equals("case") || relation.equals("mark"));
              return !outside && !leadingCase;
            });
    return NounPhrases.runAround(sentence, head, inside, EDGE_TAGS);
  }
}
