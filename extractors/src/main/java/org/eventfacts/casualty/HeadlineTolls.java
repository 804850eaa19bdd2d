package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Outcome;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads by word order the toll a headline opens with, without a verb: "5 dead, 12 hurt as bus
 * overturns", "Two Killed, Seven Wounded In Dockside Shooting", "At least 3 dead in blast". Each
 * count is followed by its casualty word, the pairs are set apart by commas or "and", and the last
 * is followed by nothing, by punctuation or by the word that opens what happened ("as", "in",
 * "after"). Parsers read such lines badly, the more so in title case, where "Dead" and "Killed"
 * look like names.
 */
final class HeadlineTolls {

  static final String RULE = "casualty.headline-toll";

  /** The casualty words a headline toll uses, lower case. */
  private static final ImmutableMap<String, Outcome> WORDS =
      ImmutableMap.of(
          "dead", Outcome.KILLED,
          "killed", Outcome.KILLED,
          "hurt", Outcome.INJURED,
          "injured", Outcome.INJURED,
          "wounded", Outcome.INJURED);

  /** Words that open what happened after the toll: "as bus overturns", "in shooting". */
  private static final ImmutableSet<String> OPENERS =
      ImmutableSet.of(
          "as", "in", "after", "at", "on", "when", "while", "near", "during", "following", "from",
          "amid", "over", "outside", "inside");

  /** How far into the line the first number may stand: "At least 5 dead". */
  private static final int FIRST_NUMBER_WITHIN = 3;

  private HeadlineTolls() {}

  /** The counts of the toll {@code sentence} opens with; empty when it does not open with one. */
  static ImmutableList<Reading> read(ParsedSentence sentence, SemanticGraph graph) {
    ImmutableList.Builder<Reading> readings = ImmutableList.builder();
    int size = sentence.tokens().size();
    Optional<CountReading> count = firstCount(sentence, graph);
    while (count.isPresent()) {
      int wordIndex = lastIndex(count.get()) + 1;
      IndexedWord word = wordIndex <= size ? graph.getNodeByIndexSafe(wordIndex) : null;
      Outcome outcome = word == null ? null : WORDS.get(lower(sentence.token(wordIndex)));
      if (outcome == null) {
        return readings.build(); // "8 injured, 2 arrested in ...": the toll ends at its last casualty
      }
      readings.add(
          new Reading(
              new Trigger(word, outcome, TriggerKind.STATE), outcome, count.get(), null, null, RULE));
      int next = wordIndex + 1;
      while (next <= size && isSeparator(sentence.token(next))) {
        next++;
      }
      if (next == wordIndex + 1) {
        return closes(sentence, next) ? readings.build() : ImmutableList.of();
      }
      count = countAt(sentence, graph, next);
      if (count.isEmpty() && !closes(sentence, wordIndex + 1)) {
        return ImmutableList.of();
      }
    }
    return readings.build();
  }

  private static Optional<CountReading> firstCount(ParsedSentence sentence, SemanticGraph graph) {
    int lineStart = sentence.tokenSpan(1, 1).start();
    for (int i = 1; i <= Math.min(FIRST_NUMBER_WITHIN, sentence.tokens().size()); i++) {
      Optional<CountReading> count = countAt(sentence, graph, i);
      if (count.isPresent()) {
        return count.get().span().start() == lineStart ? count : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<CountReading> countAt(ParsedSentence sentence, SemanticGraph graph, int index) {
    IndexedWord number = index <= sentence.tokens().size() ? graph.getNodeByIndexSafe(index) : null;
    if (number == null || !CountReader.isQuantity(sentence, number)) {
      return Optional.empty();
    }
    return CountReader.ofNumber(sentence, number);
  }

  /** Whether the toll may end before token {@code index}: the end, punctuation, or an opener. */
  private static boolean closes(ParsedSentence sentence, int index) {
    if (index > sentence.tokens().size()) {
      return true;
    }
    CoreLabel token = sentence.token(index);
    String word = lower(token);
    return OPENERS.contains(word) || !Character.isLetterOrDigit(word.charAt(0));
  }

  private static boolean isSeparator(CoreLabel token) {
    String word = token.word();
    return word.equals(",") || word.equals(";") || word.equalsIgnoreCase("and");
  }

  private static int lastIndex(CountReading count) {
    return count.words().stream().mapToInt(IndexedWord::index).max().orElse(0);
  }

  private static String lower(CoreLabel token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
