package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;

/**
 * Who a count of a part of a group names: "three of its own fighters died" counts fighters, "about
 * 20 of those who stormed the gate were killed" those who stormed it. When the group is itself a
 * casualty word, the sentence says who they were, or else the group is all it says: "two of the
 * dead were children" counts children, "five of the wounded died" the wounded.
 */
final class Partitives {

  private static final ImmutableSet<String> OF = ImmutableSet.of("nmod:of");

  /** Groups named by a casualty word: "the dead", "the injured", "the victims". */
  private static final ImmutableSet<String> CASUALTY_GROUPS =
      ImmutableSet.of("dead", "injured", "wounded", "hurt", "killed", "missing", "victim", "casualty");

  /** Words that stand for a group named elsewhere: "two of them", "three of whom". */
  private static final ImmutableSet<String> REFERRING_TAGS =
      ImmutableSet.of("PRP", "PRP$", "WP", "WDT");

  private static final ImmutableSet<String> DEMONSTRATIVES = ImmutableSet.of("those", "these");

  private Partitives() {}

  /** The head of the phrase that names who a count of {@code countWords} counts, if a part. */
  static Optional<IndexedWord> victims(SemanticGraph graph, Set<IndexedWord> countWords) {
    for (IndexedWord number :
        countWords.stream().sorted(Comparator.comparingInt(IndexedWord::index)).toList()) {
      for (IndexedWord group : children(graph, number, OF)) {
        if (countWords.contains(group) || REFERRING_TAGS.contains(String.valueOf(group.tag()))) {
          continue;
        }
        if (!isCasualtyGroup(graph, group)) {
          return CasualtyWords.NOT_PEOPLE.contains(lemma(group)) ? Optional.empty() : Optional.of(group);
        }
        Optional<IndexedWord> predicate = predicateNoun(graph, number);
        if (predicate.isPresent()) {
          return predicate; // "two of the dead were children"
        }
        return "CD".equals(group.tag()) ? Optional.empty() : Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the group is named by a casualty word, or by a number ("two of the 12"), or by an
   * article whose noun the parser lost ("of the wounded" read as "the" with a modifier).
   */
  private static boolean isCasualtyGroup(SemanticGraph graph, IndexedWord group) {
    if (CASUALTY_GROUPS.contains(lemma(group)) || CASUALTY_GROUPS.contains(group.word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return "CD".equals(group.tag()) || "DT".equals(group.tag());
  }

  /** "Two of the dead were children": the noun the count is the subject of, after "were". */
  private static Optional<IndexedWord> predicateNoun(SemanticGraph graph, IndexedWord number) {
    Optional<IndexedWord> head = Dependencies.head(graph, number);
    if (head.isEmpty()
        || !Dependencies.relationToHead(graph, number).equals("nsubj")
        || head.get().tag() == null
        || !head.get().tag().startsWith("NN")
        || children(graph, head.get(), ImmutableSet.of("cop")).isEmpty()) {
      return Optional.empty();
    }
    return head;
  }

  /**
   * "those who stormed the gate": a demonstrative that heads the victims names them by the
   * relative clause after it, which the phrase of its head alone leaves out.
   */
  static Phrase withRelativeClause(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head, Phrase phrase) {
    if (!DEMONSTRATIVES.contains(head.word().toLowerCase(Locale.ROOT))) {
      return phrase;
    }
    for (IndexedWord clause : children(graph, head, ImmutableSet.of("acl:relcl"))) {
      int last =
          NounPhrases.below(graph, clause, (word, edge) -> !edge.isExtra()).stream()
              .mapToInt(Integer::intValue)
              .max()
              .orElse(clause.index());
      if (clause.index() > head.index()) {
        Span span = phrase.span().union(sentence.tokenSpan(head.index(), last));
        return Phrase.of(sentence.words(span), span);
      }
    }
    return phrase;
  }
}
