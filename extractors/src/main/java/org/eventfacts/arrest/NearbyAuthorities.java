package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds who made an arrest that its own clause leaves out or names only by a pronoun ("The men were
 * detained on Sunday", "that they took into custody"). News names the arresting force once and
 * then reports the arrests: "Police stopped a van near the bridge. Two men were arrested."
 *
 * <ul>
 *   <li>the authority of an earlier arrest in the same or the previous paragraph ("FBI agents
 *       arrested three men. The men, ..., were detained"), nearest first;
 *   <li>otherwise the nearest mention of a police force before the custody word in its sentence or
 *       in the two sentences before it in the paragraph ("found by officers ... . He has been
 *       arrested"), as subject, agent or object ({@link ArrestWords#LAW_ENFORCEMENT_NOUNS}).
 * </ul>
 */
final class NearbyAuthorities {

  /** How many sentences back a police force may be mentioned. */
  private static final int REACH = 2;

  private static final ImmutableSet<String> ROLES =
      ImmutableSet.of("nsubj", "nsubj:pass", "obl:agent", "obl:by", "obj", "iobj", "obl:to");

  private NearbyAuthorities() {}

  /** The authority of {@code draft}, or one its neighbours name. */
  static Optional<Phrase> of(ParsedText text, Draft draft, List<Draft> earlier) {
    if (draft.authority() != null && !isPronoun(draft)) {
      return Optional.of(draft.authority());
    }
    int paragraph = draft.sentence().paragraph();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft other = earlier.get(i);
      boolean near = paragraph - other.sentence().paragraph() <= 1;
      if (near && other.authority() != null && !isPronoun(other)) {
        return Optional.of(other.authority());
      }
    }
    List<ParsedSentence> sentences = text.sentences();
    int at = sentences.indexOf(draft.sentence());
    for (int back = 0; back <= REACH && at - back >= 0; back++) {
      ParsedSentence sentence = sentences.get(at - back);
      if (sentence.paragraph() != paragraph || sentence.graph() == null) {
        break;
      }
      int before = back == 0 ? Math.max(draft.trigger(), 1) : sentence.tokens().size() + 1;
      Optional<Phrase> force = lastForce(sentence, sentence.graph(), before);
      if (force.isPresent()) {
        return force;
      }
    }
    return Optional.ofNullable(draft.authority());
  }

  private static boolean isPronoun(Draft draft) {
    Phrase authority = draft.authority();
    return authority != null
        && ArrestWords.PLURAL_PRONOUNS.contains(authority.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** The last police force named before token {@code before} in a role of its clause. */
  private static Optional<Phrase> lastForce(ParsedSentence sentence, SemanticGraph graph, int before) {
    IndexedWord last = null;
    for (IndexedWord word : sentence.wordsInOrder()) {
      if (word.index() >= before) {
        break;
      }
      if (isForce(graph, word)
          && Dependencies.matches(Dependencies.relationToHead(graph, word), ROLES)) {
        last = word;
      }
    }
    return last == null ? Optional.empty() : NounPhrases.phrase(sentence, last, Set.of(), true);
  }

  /** "officers", "the police", "the Harlow Police Department", "the sheriff's office". */
  private static boolean isForce(SemanticGraph graph, IndexedWord word) {
    if (word.tag() == null || !word.tag().startsWith("NN")) {
      return false;
    }
    if (ArrestWords.LAW_ENFORCEMENT_NOUNS.contains(lemma(word))) {
      return true;
    }
    boolean institution = word.tag().startsWith("NNP") || lemma(word).equals("office");
    return institution
        && Dependencies.hasChild(
            graph,
            word,
            ImmutableSet.of("compound", "nmod:poss"),
            child -> ArrestWords.LAW_ENFORCEMENT_NOUNS.contains(lemma(child)));
  }
}
