package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;

/**
 * Finds the words of a sentence that state custody, and decides how each reaches its arrestee.
 *
 * <p>Words that look like custody but are not are left out here, where the word itself shows it:
 * an arrest noun that only modifies another ("an arrest warrant", "arrest records"), the other
 * senses of custody verbs ({@link OtherSenses}: "held hostage", "detained in hospital", "held
 * accountable"), "released from custody" (a custody place after "from", see {@link
 * CustodyPlaces}), and "held", "booked", "captured", "rounded up" said of something that is not a
 * person ("the vigil was held", "captured the town", "rounded up the best recipes").
 */
final class TriggerFinder {

  private static final ImmutableSet<String> PARTICIPLES =
      ImmutableSet.of("arrested", "detained", "jailed", "imprisoned", "incarcerated", "interned");

  private static final ImmutableSet<String> REFLEXIVES =
      ImmutableSet.of("himself", "herself", "themselves", "myself", "ourselves", "yourself");

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:pass");

  private TriggerFinder() {}

  /** The custody words of {@code sentence}, whose graph is {@code graph}, in text order. */
  static ImmutableList<Trigger> find(ParsedSentence sentence, SemanticGraph graph) {
    ImmutableList.Builder<Trigger> triggers = ImmutableList.builder();
    for (IndexedWord word : sentence.wordsInOrder()) {
      classify(graph, word).ifPresent(triggers::add);
    }
    return triggers.build();
  }

  private static Optional<Trigger> classify(SemanticGraph graph, IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    if (tag.startsWith("VB") || (tag.startsWith("JJ") && PARTICIPLES.contains(lower(word)))) {
      return verb(graph, word);
    }
    if (tag.startsWith("NN")) {
      return noun(graph, word);
    }
    return Optional.empty();
  }

  private static Optional<Trigger> verb(SemanticGraph graph, IndexedWord word) {
    String lemma = PARTICIPLES.contains(lower(word)) ? participleLemma(word) : lemma(word);
    if (OtherSenses.isCaptivity(graph, word) || OtherSenses.isKeptForCare(graph, word, lemma) || OtherSenses.isImperative(graph, word)) {
      return Optional.empty();
    }
    ImmutableList<IndexedWord> particles = children(graph, word, ImmutableSet.of("compound:prt"));
    if (!particles.isEmpty()) {
      // "rounded up 17 suspects", "locked up"; but "rounded up the ways", "held officers off",
      // "held up a store", "taken in"
      boolean up =
          ArrestWords.PARTICLE_UP_VERBS.contains(lemma)
              && lower(particles.get(0)).equals("up")
              && isDoneToAPerson(graph, word);
      return up ? trigger(word, TriggerKind.VERB) : surrenderOrNothing(graph, word, lemma);
    }
    if (lemma.equals("hold") && OtherSenses.isHeldToAStandard(graph, word)) {
      return Optional.empty();
    }
    if (ArrestWords.CUSTODY_VERBS.contains(lemma)) {
      return trigger(word, TriggerKind.VERB);
    }
    if (isSurrender(graph, word, lemma)) {
      return trigger(word, TriggerKind.SURRENDER);
    }
    boolean intoPlace = CustodyPlaces.of(graph, word).isPresent();
    if (intoPlace && ArrestWords.PLACING_VERBS.contains(lemma)) {
      return trigger(word, TriggerKind.VERB);
    }
    if (intoPlace && ArrestWords.STATE_VERBS.contains(lemma)) {
      return trigger(word, TriggerKind.STATE);
    }
    if (ArrestWords.PERSON_CUSTODY_VERBS.contains(lemma)
        && (hasCustodyComplement(graph, word) || (isDoneToAPerson(graph, word) && !OtherSenses.isBareParticiple(graph, word)))) {
      return trigger(word, TriggerKind.VERB);
    }
    return Optional.empty();
  }

  private static Optional<Trigger> surrenderOrNothing(SemanticGraph graph, IndexedWord word, String lemma) {
    return isSurrender(graph, word, lemma) ? trigger(word, TriggerKind.SURRENDER) : Optional.empty();
  }

  private static Optional<Trigger> noun(SemanticGraph graph, IndexedWord word) {
    String relation = Dependencies.relationToHead(graph, word);
    if (relation.equals("compound")) {
      return Optional.empty(); // "arrest warrant", "jail cell", "custody battle"
    }
    if (CustodyPlaces.isPlaceEntered(graph, word)) {
      if (!children(graph, word, ImmutableSet.of("cop")).isEmpty()) {
        return trigger(word, TriggerKind.STATE); // "he is in custody"
      }
      boolean describesAPerson =
          relation.startsWith("nmod")
              && Dependencies.head(graph, word).map(head -> People.isPerson(graph, head)).orElse(false);
      if (describesAPerson) {
        return trigger(word, TriggerKind.STATE); // "the man in custody"
      }
      return Optional.empty();
    }
    if (ArrestWords.ARREST_NOUNS.contains(lemma(word))) {
      return trigger(word, TriggerKind.NOUN);
    }
    return Optional.empty();
  }




  /** "surrendered to police", "turned himself in", "gave himself up". */
  private static boolean isSurrender(SemanticGraph graph, IndexedWord verb, String lemma) {
    if (ArrestWords.SURRENDER_VERBS.contains(lemma)) {
      return !children(graph, verb, ImmutableSet.of("obl:to")).isEmpty();
    }
    boolean reflexive = hasChild(graph, verb, ImmutableSet.of("obj", "iobj"), REFLEXIVES);
    return reflexive
        && ((lemma.equals("turn") && hasChild(graph, verb, ImmutableSet.of("compound:prt", "advmod", "obl"), ImmutableSet.of("in")))
            || (lemma.equals("give") && hasChild(graph, verb, ImmutableSet.of("compound:prt"), ImmutableSet.of("up"))));
  }






  /**
   * "held without bail", "held in lieu of $1 million bail", "booked on a murder charge", "held
   * for questioning", "held pending trial": complements only custody takes.
   */
  private static boolean hasCustodyComplement(SemanticGraph graph, IndexedWord verb) {
    if (CustodyPlaces.of(graph, verb).isPresent()) {
      return true;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord complement = edge.getDependent();
      if (relation.equals("obl:pending") || relation.equals("obl:in_lieu_of")) {
        return true;
      }
      boolean custodyWord =
          ArrestWords.CUSTODY_COMPLEMENTS.contains(lemma(complement))
              || ArrestWords.CUSTODY_COMPLEMENTS.contains(lower(complement));
      if (relation.startsWith("obl:") && custodyWord) {
        return true;
      }
    }
    return false;
  }

  /** Whether the one held, booked or captured is a person, by the voice of the verb. */
  private static boolean isDoneToAPerson(SemanticGraph graph, IndexedWord verb) {
    String relation = Dependencies.relationToHead(graph, verb);
    boolean participle = "VBN".equals(verb.tag()) || "JJ".equals(verb.tag());
    if ((relation.equals("amod") || relation.equals("acl")) && participle) {
      // "the man held without bail"; not "the tourist capturing the parade on video", "who held hands"
      return Dependencies.head(graph, verb).map(head -> People.isPerson(graph, head)).orElse(false);
    }
    boolean passive =
        hasChild(graph, verb, ImmutableSet.of("aux:pass"), child -> true)
            || ("VBN".equals(verb.tag())
                && children(graph, verb, ImmutableSet.of("obj")).isEmpty()
                && !hasChild(graph, verb, ImmutableSet.of("aux"), ImmutableSet.of("have", "has", "had", "'ve")));
    List<IndexedWord> sides = new ArrayList<>();
    if (passive) {
      sides.addAll(children(graph, verb, SUBJECTS));
      for (IndexedWord clause : children(graph, verb, ImmutableSet.of("csubj:pass", "csubj"))) {
        // "Jail records show Ada Burke was booked": the parser's clause subject holds the person
        sides.addAll(children(graph, clause, ImmutableSet.of("obj", "nsubj")));
      }
    } else {
      sides.addAll(children(graph, verb, ImmutableSet.of("obj")));
    }
    return sides.stream().anyMatch(side -> People.isPerson(graph, side) || isCountOfPeople(graph, side));
  }

  /**
   * Whether a participle describes the noun the parser hangs it on: it comes right before the
   * noun ("the jailed activist") or right after its phrase ("the man arrested Friday", "Two men
   * arrested after a chase"), not after a phrase between them ("the mother at the vigil held on
   * Sunday", where the vigil was held).
   */
  static boolean describesItsHead(ParsedSentence sentence, SemanticGraph graph, IndexedWord participle) {
    Optional<IndexedWord> head = Dependencies.head(graph, participle);
    if (head.isEmpty()) {
      return false;
    }
    if (participle.index() < head.get().index()) {
      return true;
    }
    int end =
        NounPhrases.phrase(sentence, head.get(), java.util.Set.of(participle), false)
            .map(phrase -> phrase.span().end())
            .orElse(sentence.span(head.get()).end());
    int between = sentence.token(participle.index()).beginPosition() - end;
    return between <= 2;
  }

  /** "rounded up dozens", "detained 14": a number standing for people. */
  private static boolean isCountOfPeople(SemanticGraph graph, IndexedWord word) {
    boolean one = lower(word).equals("one") || lower(word).equals("1");
    return ("CD".equals(word.tag()) && !one)
        || ImmutableSet.of("dozens", "hundreds", "thousands", "scores").contains(lower(word))
        || hasChild(graph, word, ImmutableSet.of("nummod"), child -> true);
  }

  private static String participleLemma(IndexedWord word) {
    String lower = lower(word);
    return switch (lower) {
      case "arrested" -> "arrest";
      case "detained" -> "detain";
      case "jailed" -> "jail";
      case "imprisoned" -> "imprison";
      case "incarcerated" -> "incarcerate";
      case "interned" -> "intern";
      default -> lemma(word);
    };
  }

  private static Optional<Trigger> trigger(IndexedWord word, TriggerKind kind) {
    return Optional.of(new Trigger(word, kind));
  }
}
