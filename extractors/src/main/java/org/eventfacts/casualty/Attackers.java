package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds who attacked when a count's own clause does not say, the way news names the attacker once:
 *
 * <ul>
 *   <li>the subject of a verb of attack in the count's sentence or the sentence before it ("Two
 *       people were killed when a gunman opened fire", "Rebels stormed the village. Eleven
 *       villagers died");
 *   <li>for a pronoun ("They killed 23 soldiers"), the subject that names people in the sentence
 *       before it ("Gunmen attacked the base at dawn."), even across a paragraph break.
 * </ul>
 */
final class Attackers {

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:xsubj");
  private static final ImmutableSet<String> PASSIVE = ImmutableSet.of("nsubj:pass", "aux:pass");
  private static final ImmutableSet<String> PLURAL_PRONOUNS = ImmutableSet.of("they", "them");
  private static final ImmutableSet<String> SINGULAR_PRONOUNS =
      ImmutableSet.of("he", "she", "him", "her");

  private final ParsedText text;

  Attackers(ParsedText text) {
    this.text = text;
  }

  /**
   * The attacker named near a count stated in sentence {@code sentence}, if any, and not within
   * {@code victims} (the words that state the count and its victims).
   */
  Optional<Phrase> near(int sentence, Span victims) {
    for (ParsedSentence candidate : sameParagraph(sentence)) {
      SemanticGraph graph = candidate.graph();
      if (graph == null) {
        continue;
      }
      for (IndexedWord verb : candidate.wordsInOrder()) {
        if (!isAttack(graph, verb)
            || Dependencies.relationToHead(graph, verb).startsWith("acl")
            || !children(graph, verb, PASSIVE).isEmpty()) {
          continue; // "militants who attacked a post" describes the victims; "were shot" them
        }
        for (IndexedWord subject : children(graph, verb, SUBJECTS)) {
          if (isSomeone(subject)
              && !isPronoun(subject)
              && !victims.intersects(candidate.span(subject))) {
            return phrase(candidate, subject);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Who the pronoun {@code pronoun}, the perpetrator of a count in {@code sentence}, stands for. */
  Optional<Phrase> resolve(int sentence, Phrase pronoun) {
    String word = pronoun.text().toLowerCase(java.util.Locale.ROOT);
    boolean plural = PLURAL_PRONOUNS.contains(word);
    if (!plural && !SINGULAR_PRONOUNS.contains(word)) {
      return Optional.empty();
    }
    if (sentence == 0) {
      return Optional.empty();
    }
    // a paragraph may open with the pronoun: "Gunmen attacked the base. | They killed 23."
    ParsedSentence previous = text.sentences().get(sentence - 1);
    SemanticGraph graph = previous.graph();
    if (graph == null) {
      return Optional.empty();
    }
    for (IndexedWord root : graph.getRoots()) {
      for (IndexedWord subject : children(graph, root, SUBJECTS)) {
        boolean number =
            plural
                ? "NNS".equals(subject.tag()) || "NNPS".equals(subject.tag())
                : "PERSON".equals(subject.ner());
        if (number && isSomeone(subject)) {
          return phrase(previous, subject);
        }
      }
    }
    return Optional.empty();
  }

  /** The count's sentence, then the one before it when it is in the same paragraph. */
  private List<ParsedSentence> sameParagraph(int sentence) {
    List<ParsedSentence> sentences = text.sentences();
    ParsedSentence own = sentences.get(sentence);
    if (sentence > 0 && sentences.get(sentence - 1).paragraph() == own.paragraph()) {
      return List.of(own, sentences.get(sentence - 1));
    }
    return List.of(own);
  }

  private static boolean isAttack(SemanticGraph graph, IndexedWord verb) {
    if (verb.tag() == null || !verb.tag().startsWith("VB")) {
      return false;
    }
    String lemma = lemma(verb);
    if (lemma.equals("open")) {
      return children(graph, verb, ImmutableSet.of("obj")).stream()
          .anyMatch(object -> lower(object).equals("fire")); // "opened fire"
    }
    return CasualtyWords.ATTACK_VERBS.contains(lemma);
  }

  /** A subject that can have done it: not a thing, a time or a place name. */
  private static boolean isSomeone(IndexedWord word) {
    String ner = String.valueOf(word.ner());
    return word.tag() != null
        && (word.tag().startsWith("NN") || word.tag().equals("PRP"))
        && !CasualtyWords.NOT_PEOPLE.contains(lemma(word))
        && !CasualtyWords.TIME_NOUNS.contains(lemma(word))
        && !ner.equals("LOCATION")
        && !ner.equals("DATE")
        && !ner.equals("TIME");
  }

  private static boolean isPronoun(IndexedWord word) {
    return "PRP".equals(word.tag());
  }

  private static Optional<Phrase> phrase(ParsedSentence sentence, IndexedWord head) {
    return NounPhrases.phrase(sentence, head, Set.of(), true);
  }
}
