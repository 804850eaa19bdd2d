package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Optional;
import org.eventfacts.fact.Outcome;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/** Finds the words of a sentence that state a casualty, and decides what each says happened. */
final class TriggerFinder {

  private TriggerFinder() {}

  /** The casualty words of {@code sentence}, whose graph is {@code graph}, in text order. */
  static ImmutableList<Trigger> find(ParsedSentence sentence, SemanticGraph graph) {
    ImmutableList.Builder<Trigger> triggers = ImmutableList.builder();
    for (IndexedWord word : sentence.wordsInOrder()) {
      classify(graph, word).ifPresent(triggers::add);
    }
    return triggers.build();
  }

  private static Optional<Trigger> classify(SemanticGraph graph, IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    String lemma = lemma(word);
    String lower = lower(word);
    if (tag.startsWith("VB")) {
      if (isToDeath(graph, word)) {
        return Optional.of(new Trigger(word, Outcome.KILLED, TriggerKind.ACTION));
      }
      Outcome action = CasualtyWords.ACTION_VERBS.get(lemma);
      if (action != null) {
        Outcome outcome = isMadeFatal(graph, word) ? Outcome.KILLED : action;
        return Optional.of(new Trigger(word, outcome, TriggerKind.ACTION));
      }
      Outcome death = CasualtyWords.DEATH_VERBS.get(lemma);
      if (death != null) {
        return Optional.of(new Trigger(word, death, TriggerKind.DEATH));
      }
      if (lower.equals("missing")) {
        return Optional.of(new Trigger(word, Outcome.MISSING, TriggerKind.STATE));
      }
    }
    if (tag.startsWith("JJ") || tag.startsWith("NN")) {
      Outcome state = CasualtyWords.STATE_WORDS.get(lower);
      if (state != null) {
        return Optional.of(new Trigger(word, state, TriggerKind.STATE));
      }
    }
    if (tag.startsWith("NN")) {
      Outcome harm = CasualtyWords.HARM_NOUNS.get(lemma);
      if (harm != null) {
        return Optional.of(new Trigger(word, harm, TriggerKind.HARM_NOUN));
      }
      if (CasualtyWords.TOLL_NOUNS.contains(lemma)) {
        return Optional.of(new Trigger(word, Outcome.KILLED, TriggerKind.TOLL));
      }
      if (lemma.equals("life")
          && Dependencies.head(graph, word)
              .map(head -> CasualtyWords.LIFE_VERBS.contains(lemma(head)))
              .orElse(false)) {
        return Optional.of(new Trigger(word, Outcome.KILLED, TriggerKind.LIVES));
      }
    }
    return Optional.empty();
  }

  /** "shot dead", "fatally shot", "mortally wounded", "shot and killed" stays two triggers. */
  private static boolean isMadeFatal(SemanticGraph graph, IndexedWord verb) {
    return hasChild(
            graph, verb, ImmutableSet.of("advmod", "xcomp", "amod", "obj"), CasualtyWords.FATAL_MODIFIERS)
        || isToDeath(graph, verb);
  }

  /** "beaten to death", "stabbed to death", "shot to death". */
  private static boolean isToDeath(SemanticGraph graph, IndexedWord verb) {
    return children(graph, verb, ImmutableSet.of("obl:to")).stream()
        .anyMatch(child -> lemma(child).equals("death"));
  }
}
