package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.count.CountReader;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of a word in one sentence: the ones the parser attached to it with their
 * coordinated conjuncts ("Ben Holt and Sam Reyes were arrested"), or, when there are none, the ones it
 * shared over coordination or a relative clause, if they are people ("was arrested and booked",
 * "a novelist who had spent years under house arrest").
 */
final class Arguments {

  static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:pass");

  /** Objects; the parser sometimes reads "detained the trader Paul Ferris" as an indirect one. */
  static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj", "iobj");

  static final ImmutableSet<String> CONJUNCTS = ImmutableSet.of("conj:");

  private final ParsedSentence sentence;
  private final SemanticGraph graph;

  Arguments(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
  }

  ParsedSentence sentence() {
    return sentence;
  }

  SemanticGraph graph() {
    return graph;
  }

  /** The arguments of {@code word} along {@code relations}, in text order. */
  List<IndexedWord> along(IndexedWord word, Set<String> relations) {
    Set<IndexedWord> found = new LinkedHashSet<>();
    List<IndexedWord> owns = ownChildren(graph, word, relations);
    for (int i = 0; i < owns.size(); i++) {
      IndexedWord own = owns.get(i);
      if (i + 1 < owns.size() && isNamedAfter(own, owns.get(i + 1))) {
        continue; // "arrested the pickup's driver, Dale Rucker": one person, parsed as two objects
      }
      found.add(own);
      found.addAll(ownChildren(graph, own, CONJUNCTS));
    }
    if (found.isEmpty()) {
      for (IndexedWord propagated : children(graph, word, relations)) {
        boolean described = Dependencies.head(graph, word).map(propagated::equals).orElse(false);
        if (described || isPersonLike(propagated)) {
          found.add(propagated);
        }
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * Whether {@code name} is a name right after {@code description} and a comma, with no "and"
   * between: the name in apposition that the parser made a second argument.
   */
  private boolean isNamedAfter(IndexedWord description, IndexedWord name) {
    if (!"PERSON".equals(name.ner()) || "PERSON".equals(description.ner())) {
      return false;
    }
    int comma = description.index() + 1;
    if (comma >= name.index() || !",".equals(sentence.token(comma).word())) {
      return false;
    }
    for (int i = comma + 1; i < name.index(); i++) {
      if (!"PERSON".equals(sentence.token(i).ner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word is a person or people: a word for people, a name, or a number of them.
   * Arguments read by propagation or by repairing a parse must be.
   */
  boolean isPersonLike(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    return People.isPerson(graph, word)
        || tag.startsWith("NNP")
        || CountReader.isQuantity(sentence, word)
        || CountReader.ofPhrase(sentence, word).isPresent();
  }

  /** The first of {@code words}, or {@code null}. */
  static @Nullable IndexedWord first(ImmutableList<IndexedWord> words) {
    return words.isEmpty() ? null : words.get(0);
  }
}
