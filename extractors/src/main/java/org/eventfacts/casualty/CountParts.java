package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lower;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.count.CountReader;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/** Reads the parts and totals a sentence numbers beside a count it states. */
final class CountParts {

  private final ParsedSentence sentence;
  private final SemanticGraph graph;

  CountParts(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
  }

  /**
   * Parts of a count the sentence numbers on their own, which news reports list beside the total:
   * "Two of the 12 killed" (the total, 12, and the part, two), "Of the 130 injured, 77 were
   * children", "312 had been killed, 140 of them civilians".
   */
  List<Reading> of(Trigger trigger, List<Reading> found) {
    List<Reading> parts = new ArrayList<>();
    for (Reading reading : found) {
      for (IndexedWord number : reading.count().words()) {
        if (!isNumberish(number)) {
          continue;
        }
        // "two of the 12 killed": the count read is the part; add the total it is "of" when the
        // casualty word is a bare participle describing it ("Five of the six injured"), not a
        // finite verb said of the part alone ("One of the six died")
        if (!describesTotal(trigger.word())) {
          continue;
        }
        for (IndexedWord total : ownChildren(graph, number, ImmutableSet.of("nmod:of"))) {
          if (isNumberish(total)) {
            CountReader.ofPhrase(sentence, total).ifPresent(
                count -> parts.add(new Reading(trigger, reading.outcome(), count, null, null, "casualty.total-of-part")));
          }
        }
        // "Of the 130 injured, 77 were children": the subject of the clause the total opens
        Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, number);
        if (up.isPresent() && up.get().getRelation().toString().equals("obl:of")) {
          for (IndexedWord part : ownChildren(graph, up.get().getGovernor(), ImmutableSet.of("nsubj"))) {
            if (isNumberish(part)) {
              CountReader.ofPhrase(sentence, part).ifPresent(
                  count -> parts.add(new Reading(trigger, reading.outcome(), count, up.get().getGovernor(), null, "casualty.part-of-total")));
            }
          }
        }
      }
    }
    // "312 had been killed, 140 of them civilians"
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(trigger.word())) {
      IndexedWord child = edge.getDependent();
      for (IndexedWord quantity : children(graph, child, ImmutableSet.of("det:qmod", "nummod"))) {
        boolean ofThem = hasChild(graph, quantity, ImmutableSet.of("fixed"), ImmutableSet.of("of"))
            && ImmutableSet.of("them", "those", "whom").contains(lower(child.index() > 0 ? child : child));
        boolean ofThemCompound = hasChild(graph, child, ImmutableSet.of("compound"), ImmutableSet.of("them", "those"));
        if (isNumberish(quantity) && (ofThem || ofThemCompound)) {
          CountReader.ofPhrase(sentence, quantity).ifPresent(
              count -> parts.add(new Reading(trigger, trigger.outcome(), count, child, null, "casualty.part-of-them")));
        }
      }
    }
    return parts;
  }

  private boolean describesTotal(IndexedWord trigger) {
    String tag = String.valueOf(trigger.tag());
    boolean participleOrAdjective = tag.equals("VBN") || tag.startsWith("JJ");
    return participleOrAdjective
        && children(graph, trigger, ImmutableSet.of("aux", "aux:pass", "cop")).isEmpty();
  }

  private boolean isNumberish(IndexedWord word) {
    return CountReader.isQuantity(sentence, word);
  }
}
