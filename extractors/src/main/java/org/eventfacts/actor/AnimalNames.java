package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import org.eventfacts.text.Dependencies;

/**
 * Tells the names of animals, which English writes like people's: "their two dogs, Biscuit and
 * Pepper", "her horse, Dancer". A name set beside a noun for an animal, or listed with one that is,
 * names the animal, not a person.
 */
final class AnimalNames {

  /** Nouns for the animals people name, lemmas. */
  private static final ImmutableSet<String> ANIMALS =
      ImmutableSet.of(
          "dog", "puppy", "cat", "kitten", "pet", "horse", "pony", "mare", "stallion", "foal",
          "parrot", "rabbit", "hamster", "tortoise", "turtle", "goat", "cow", "pig", "donkey",
          "dolphin", "elephant", "gorilla", "chimpanzee", "panda");

  /** The most links followed from the name to the noun: a list of four names before it. */
  private static final int MOST_STEPS = 5;

  private AnimalNames() {}

  /** Whether {@code name} is set beside a noun for an animal, directly or in a list. */
  static boolean isAnimal(Name name) {
    SemanticGraph graph = name.mention().sentence().graph();
    IndexedWord word = graph == null ? null : TitleReader.headOf(graph, name.mention());
    for (int step = 0; word != null && step < MOST_STEPS; step++) {
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, word);
      if (up.isEmpty()) {
        return false;
      }
      String relation = up.get().getRelation().toString();
      if (!relation.equals("appos") && !relation.startsWith("conj")) {
        return false;
      }
      word = up.get().getGovernor();
      String tag = word.tag() == null ? "" : word.tag();
      if (tag.equals("NN") || tag.equals("NNS")) {
        return ANIMALS.contains(Dependencies.lemma(word));
      }
    }
    return false;
  }
}
