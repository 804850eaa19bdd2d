package org.eventfacts.text;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Optional;

/**
 * The dateline that opens a wire story, "KESTON, Ore. (AP) — Two people were killed ...": the
 * parser often makes its place the subject of the sentence's verb ("KESTON ... said"), but a
 * dateline names where the story was filed, never who did or said anything.
 *
 * <pre>{@code
 * Datelines.isDateline(word)   // true for "KESTON" above, false for "Keston" in "police in Keston"
 * Datelines.past(graph, word)  // "Keston Police" in "KESTON, Ore. — Keston Police say ...",
 *                              // where the parser sets the name in apposition to the dateline
 * }</pre>
 */
public final class Datelines {

  private static final ImmutableSet<String> DASHES = ImmutableSet.of("—", "–", "-", "--");

  /** How far into its sentence a dateline's place may start, and how far its dash may follow. */
  private static final int OPENING = 4;

  private static final int LONGEST = 10;

  private Datelines() {}

  /** Whether {@code word} is a place written in capitals, as a dateline writes it. */
  public static boolean isDateline(IndexedWord word) {
    String text = word.word();
    return "LOCATION".equals(word.ner())
        && text.length() > 1
        && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether {@code word} is a dateline's place: a place written in capitals, or any word in
   * capitals among the first of its sentence that a dash follows before any verb ("DELMONT HILLS,
   * Ohio - ...", which the tagger may not know for a place).
   */
  public static boolean isDateline(SemanticGraph graph, IndexedWord word) {
    if (isDateline(word)) {
      return true;
    }
    String text = word.word();
    if (word.index() > OPENING
        || text.length() < 2
        || !Character.isLetter(text.charAt(0))
        || !text.equals(text.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (int i = word.index() + 1; i <= word.index() + LONGEST; i++) {
      IndexedWord next = graph.getNodeByIndexSafe(i);
      if (next == null || (next.tag() != null && next.tag().startsWith("VB"))) {
        return false;
      }
      if (DASHES.contains(next.word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a dateline stands in for: {@code word} itself when it is no dateline, else the
   * name the parser set in apposition to it ("KESTON, Ore. — Keston Police say ..."), if any.
   */
  public static Optional<IndexedWord> past(SemanticGraph graph, IndexedWord word) {
    if (!isDateline(graph, word)) {
      return Optional.of(word);
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
      IndexedWord apposition = edge.getDependent();
      if (edge.getRelation().toString().equals("appos")
          && apposition.index() > word.index()
          && !isDateline(graph, apposition)
          && !"LOCATION".equals(apposition.ner())) {
        return Optional.of(apposition);
      }
    }
    return Optional.empty();
  }

  /**
   * The words of the dateline {@code word} opens, up to and with its dash ("DELMONT HILLS, Ohio
   * -"): what a phrase read past the dateline leaves out. Empty for a word that opens no dateline.
   */
  public static ImmutableSet<IndexedWord> words(SemanticGraph graph, IndexedWord word) {
    if (!isDateline(graph, word)) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<IndexedWord> words = ImmutableSet.builder();
    for (int i = 1; i <= word.index() + LONGEST; i++) {
      IndexedWord next = graph.getNodeByIndexSafe(i);
      if (next == null) {
        break;
      }
      words.add(next);
      if (i > word.index() && DASHES.contains(next.word())) {
        return words.build();
      }
    }
    return ImmutableSet.of();
  }
}
