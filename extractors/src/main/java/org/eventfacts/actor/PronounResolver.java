package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Resolves the writer's third-person pronouns to the most prominent compatible actor before them
 * ({@link Salience}): "he", "him", "his", "she", "her" to a person of that sex or of unknown sex;
 * "it" as the subject of an action verb and "its" to an organisation of the same or the sentence
 * before ("The ministry said it had ...", "its spokeswoman").
 *
 * <p>Two binding rules keep a pronoun off actors it cannot mean: a possessive in a phrase set
 * beside a name is not that name ("Ana Voss, his spokeswoman": "his" is someone else), and an
 * object pronoun is not its verb's subject ("Voss thanked him").
 */
final class PronounResolver {

  /** Verbs whose subject "it" is usually no actor: "it is clear", "it seems", "it takes time". */
  private static final ImmutableSet<String> EMPTY_VERBS =
      ImmutableSet.of(
          "be",
          "seem",
          "appear",
          "become",
          "remain",
          "take",
          "make",
          "rain",
          "matter",
          "happen",
          "look",
          "feel",
          "sound",
          "mean",
          "cost",
          "come",
          "go",
          "get",
          "begin",
          "start",
          "end",
          "continue",
          "include",
          "follow",
          "show",
          "occur");

  private final MentionIndex index;
  private final Salience salience;

  PronounResolver(MentionIndex index, Salience salience) {
    this.index = index;
    this.salience = salience;
  }

  /** Whether the token is a pronoun this resolver reads. */
  static boolean isPronoun(String word) {
    String lower = TitleWords.lower(word);
    return Gender.ofPronoun(lower) != null || lower.equals("it") || lower.equals("its");
  }

  /** The actor the pronoun at token {@code token} of {@code sentence} refers to. */
  Optional<Entity> resolve(ParsedSentence sentence, int token) {
    String word = sentence.token(token).word();
    Gender gender = Gender.ofPronoun(word);
    Set<Entity> excluded = bound(sentence, token);
    if (gender != null) {
      return salience.best(
          sentence.index(),
          token,
          Salience.WINDOW,
          e ->
              e.kind() == ActorKind.PERSON
                  && (e.gender() == null || e.gender() == gender)
                  && !excluded.contains(e));
    }
    if (!refersToActor(sentence, token)) {
      return Optional.empty();
    }
    return salience.best(
        sentence.index(),
        token,
        1,
        e -> e.kind() == ActorKind.ORGANIZATION && !excluded.contains(e));
  }

  /** "it" as the subject of an action, or "its" before a noun. */
  private static boolean refersToActor(ParsedSentence sentence, int token) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return false;
    }
    IndexedWord pronoun = sentence.wordAt(token);
    if (pronoun == null) {
      return false;
    }
    String relation = Dependencies.relationToHead(graph, pronoun);
    if (relation.equals("nmod:poss")) {
      return true;
    }
    if (!relation.equals("nsubj")) {
      return false;
    }
    Optional<IndexedWord> verb = Dependencies.head(graph, pronoun);
    return verb.isPresent()
        && verb.get().tag() != null
        && verb.get().tag().startsWith("VB")
        && !EMPTY_VERBS.contains(Dependencies.lemma(verb.get()))
        && !Dependencies.hasChild(graph, verb.get(), ImmutableSet.of("cop"), w -> true);
  }

  /** The actors binding keeps this pronoun from referring to. */
  private Set<Entity> bound(ParsedSentence sentence, int token) {
    Set<Entity> excluded = new HashSet<>();
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return excluded;
    }
    IndexedWord pronoun = sentence.wordAt(token);
    if (pronoun == null) {
      return excluded;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, pronoun);
    if (up.isEmpty()) {
      return excluded;
    }
    IndexedWord governor = up.get().getGovernor();
    String relation = up.get().getRelation().toString();
    if (relation.equals("nmod:poss")) {
      // "Ana Voss, his spokeswoman" and "his spokeswoman, Ana Voss"
      for (SemanticGraphEdge edge : graph.outgoingEdgeList(governor)) {
        if (edge.getRelation().toString().equals("appos")
            || edge.getRelation().toString().equals("compound")) {
          entityAt(sentence, edge.getDependent()).ifPresent(excluded::add);
        }
      }
      for (SemanticGraphEdge edge : graph.incomingEdgeList(governor)) {
        if (edge.getRelation().toString().equals("appos")) {
          entityAt(sentence, edge.getGovernor()).ifPresent(excluded::add);
        }
      }
    } else if (relation.equals("obj") || relation.equals("iobj")) {
      for (IndexedWord subject : Dependencies.children(graph, governor, ImmutableSet.of("nsubj"))) {
        entityAt(sentence, subject).ifPresent(excluded::add);
      }
    }
    return excluded;
  }

  private Optional<Entity> entityAt(ParsedSentence sentence, IndexedWord word) {
    return index.entityAt(sentence.index(), word.index());
  }
}
