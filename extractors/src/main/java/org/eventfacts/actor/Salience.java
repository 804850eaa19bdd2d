package org.eventfacts.actor;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eventfacts.text.Dependencies;

/**
 * How prominent each actor is at a point of the text, for choosing what a pronoun or description
 * refers to (after Lappin and Leass, 1994): each mention adds a weight by its grammatical role
 * (subjects most, then objects, then the rest, possessors least), halved for every sentence since.
 * Per sentence only an actor's strongest mention counts, so repeating a name in one sentence does
 * not outweigh a subject.
 */
final class Salience {

  /** How many sentences back a pronoun may look. */
  static final int WINDOW = 3;

  private record Entry(Entity entity, int sentence, int token, double weight) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Records a mention of {@code entity}. */
  void add(Entity entity, Mention mention, boolean quoted) {
    double weight = roleWeight(mention);
    entries.add(
        new Entry(
            entity, mention.sentenceIndex(), mention.first(), quoted ? weight * 0.3 : weight));
  }

  /**
   * The most prominent actor mentioned before token {@code token} of sentence {@code sentence},
   * within {@code window} sentences back, that passes {@code compatible}.
   */
  Optional<Entity> best(int sentence, int token, int window, Predicate<Entity> compatible) {
    // In order of first mention (Entity has identity equality), so that a tie goes to the actor
    // mentioned first on every run: an identity hash order made ties differ between runs.
    Map<Entity, Map<Integer, Double>> strongest = new LinkedHashMap<>();
    for (Entry entry : entries) {
      boolean before =
          entry.sentence < sentence || (entry.sentence == sentence && entry.token < token);
      if (!before || sentence - entry.sentence > window || !compatible.test(entry.entity)) {
        continue;
      }
      strongest
          .computeIfAbsent(entry.entity, e -> new HashMap<>())
          .merge(entry.sentence, entry.weight, Math::max);
    }
    Entity best = null;
    double bestScore = 0;
    for (Map.Entry<Entity, Map<Integer, Double>> candidate : strongest.entrySet()) {
      double score = 0;
      for (Map.Entry<Integer, Double> perSentence : candidate.getValue().entrySet()) {
        score += perSentence.getValue() / Math.pow(2, sentence - perSentence.getKey());
      }
      if (score > bestScore) {
        best = candidate.getKey();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The most recently mentioned actor that passes {@code compatible}, however far back. */
  Optional<Entity> latest(int sentence, int token, Predicate<Entity> compatible) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      boolean before =
          entry.sentence < sentence || (entry.sentence == sentence && entry.token < token);
      if (before && compatible.test(entry.entity)) {
        return Optional.of(entry.entity);
      }
    }
    return Optional.empty();
  }

  private static double roleWeight(Mention mention) {
    SemanticGraph graph = mention.sentence().graph();
    if (graph == null) {
      return 50;
    }
    IndexedWord head = TitleReader.headOf(graph, mention);
    if (head == null) {
      return 50;
    }
    String relation = Dependencies.relationToHead(graph, head);
    if (relation.equals("appos")
        || relation.equals("compound")
        || relation.equals("flat")
        || relation.equals("dep")) {
      // "spokeswoman, Ana Voss," or "spokeswoman Ana Voss": the role of the phrase it names
      Optional<IndexedWord> governor = Dependencies.head(graph, head);
      if (governor.isPresent()) {
        relation = Dependencies.relationToHead(graph, governor.get());
      }
    }
    if (relation.startsWith("nsubj")) {
      return 100;
    }
    if (relation.equals("obj") || relation.equals("iobj") || relation.equals("root")) {
      return 70;
    }
    if (relation.equals("nmod:poss")) {
      return 40;
    }
    return 50;
  }
}
