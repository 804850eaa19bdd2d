package org.eventfacts.arrest;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Reads the words that name an arrestee as written, keeping the person's name where the sentence
 * gives it: "Jane Roe, 31"; "a 23-year-old man, Tyrell Dawson" and "One of his deputies, Stefan
 * Oprea" (a description with the name in apposition); "Vera Lind, a prize-winning novelist" (a
 * description in apposition to the name). The number of a count is left out ("More than 2400
 * demonstrators": "demonstrators"), and "one of his deputies" names the deputies.
 */
final class ArresteePhrase {

  /** How many characters may separate a description from the name in apposition to it. */
  private static final int APPOSITION_GAP = 3;

  private ArresteePhrase() {}

  /** The arrestee headed by {@code head}, leaving out the custody word and the count's words. */
  static Optional<Phrase> of(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head, IndexedWord trigger, @Nullable CountReading count) {
    IndexedWord described = head;
    Set<IndexedWord> leaveOut = new HashSet<>(Set.of(trigger));
    if (count != null) {
      leaveOut.addAll(count.words());
      if (count.words().contains(head)) {
        // "One of his deputies", "two of the suspects": the people are the "of"
        described =
            Dependencies.ownChildren(graph, head, ImmutableSet.of("nmod:of")).stream().findFirst().orElse(head);
      }
    }
    Phrase phrase = NounPhrases.phrase(sentence, described, leaveOut, false).orElse(null);
    return Optional.ofNullable(withName(sentence, graph, head, phrase));
  }

  /**
   * Whether the arrestee is named where it is mentioned, and so needs no antecedent: a name ("Jane
   * Roe"), a title with a name ("the former minister Ivan Petrov"), or a description in
   * apposition to a name ("Rita Kane, a 40-year-old teacher"); not a possessor ("Petrov's close
   * ally").
   */
  static boolean isNamed(SemanticGraph graph, IndexedWord head) {
    if (People.isName(head)) {
      return true;
    }
    if (Dependencies.hasChild(graph, head, ImmutableSet.of("appos", "dep", "flat"), People::isName)) {
      return true;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, head);
    return up.isPresent()
        && up.get().getRelation().toString().equals("appos")
        && People.isName(up.get().getGovernor());
  }

  private static @Nullable Phrase withName(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head, @Nullable Phrase phrase) {
    if (People.isName(head) || "NNS".equals(head.tag())) {
      return phrase; // a group's names in apposition are its members, read one by one
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, head);
    if (phrase != null && up.isPresent() && up.get().getRelation().toString().equals("appos")
        && People.isName(up.get().getGovernor())) {
      Phrase name = People.name(sentence, up.get().getGovernor().index());
      if (isRightBefore(name, phrase)) {
        return joined(sentence, name, phrase);
      }
    }
    for (IndexedWord apposition : Dependencies.ownChildren(graph, head, ImmutableSet.of("appos"))) {
      if (!People.isName(apposition)) {
        continue;
      }
      Optional<Phrase> name = NounPhrases.phrase(sentence, apposition, Set.of(), false);
      if (name.isPresent()) {
        return phrase != null && isRightBefore(phrase, name.get()) ? joined(sentence, phrase, name.get()) : name.get();
      }
    }
    return phrase;
  }

  private static boolean isRightBefore(Phrase first, Phrase second) {
    int gap = second.span().start() - first.span().end();
    return gap > 0 && gap <= APPOSITION_GAP;
  }

  private static Phrase joined(ParsedSentence sentence, Phrase first, Phrase second) {
    Span union = first.span().union(second.span());
    return Phrase.of(sentence.words(union), union);
  }
}
