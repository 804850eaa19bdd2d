package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads what a speech act takes as its object rather than as a clause: "the senator questioned [the
 * cost of the new bridge]", "the union called for [an inquiry into the collapse]", "she spoke about
 * [her years in the navy]", "critics blamed the mayor for [the slow response]". The object, or the
 * phrase after the preposition, is the content; the verb's subject is the speaker. Only verbs whose
 * object is what was said count ({@link QuoteWords#OBJECT_SPEECH_VERBS}) with the prepositions
 * that introduce what was said ({@link QuoteWords#TOPIC_PREPOSITIONS}); a content shorter than
 * three words ("called for calm") is too short to check, and a statement partly in quotation marks
 * is read as its quotation.
 */
final class ObjectReports {

  private static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj");
  private static final ImmutableSet<String> CLAUSES = ImmutableSet.of("ccomp");

  private final ContentSpan contents;
  private final QuotedText quoted;

  ObjectReports(ContentSpan contents, QuotedText quoted) {
    this.contents = contents;
    this.quoted = quoted;
  }

  /** The contents {@code verb} takes as its object or after a preposition of topic. */
  List<ReportedSpeechFinder.Report> read(BasicTree tree, IndexedWord verb) {
    List<ReportedSpeechFinder.Report> reports = new ArrayList<>();
    if (verb.tag() == null
        || !verb.tag().startsWith("VB")
        || !Dependencies.ownChildren(tree.graph(), verb, CLAUSES).isEmpty()) {
      return reports;
    }
    String lemma = lemma(verb);
    List<IndexedWord> contentHeads = new ArrayList<>();
    if (QuoteWords.OBJECT_SPEECH_VERBS.contains(lemma)) {
      contentHeads.addAll(Dependencies.ownChildren(tree.graph(), verb, OBJECTS));
    }
    ImmutableSet<String> prepositions = QuoteWords.TOPIC_PREPOSITIONS.get(lemma);
    if (prepositions != null) {
      for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(verb)) {
        String relation = edge.getRelation().toString();
        int colon = relation.indexOf(':');
        boolean oblique = relation.startsWith("obl:") || relation.startsWith("advcl:");
        if (!edge.isExtra() && oblique && prepositions.contains(relation.substring(colon + 1))) {
          contentHeads.add(edge.getDependent());
        }
      }
    }
    ParsedSentence sentence = tree.sentence();
    if (holdsQuotation(tree, verb)) {
      return reports; // "accused 'the foreign press' of inciting the riots": the quotation speaks
    }
    for (IndexedWord head : contentHeads) {
      if (head.index() < verb.index() || quoted.isQuoted(sentence.token(head.index()))) {
        continue;
      }
      int first = tree.first(head);
      while (first < head.index() && isCaseMarker(tree, first)) {
        first++;
      }
      Optional<org.eventfacts.fact.Span> content = contents.of(sentence, first, tree.last(head));
      content.ifPresent(
          span ->
              reports.add(
                  new ReportedSpeechFinder.Report(
                      sentence, span, Cue.verb(sentence, verb), "indirect.object")));
    }
    return reports;
  }

  /**
   * Whether a quotation lies among the words the verb governs, its subject aside: a statement
   * partly in quotation marks is read as its quotation.
   */
  private boolean holdsQuotation(BasicTree tree, IndexedWord verb) {
    ParsedSentence sentence = tree.sentence();
    for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(verb)) {
      if (edge.isExtra() || edge.getRelation().toString().startsWith("nsubj")) {
        continue;
      }
      IndexedWord child = edge.getDependent();
      for (int i = tree.first(child); i <= tree.last(child); i++) {
        if (quoted.isQuoted(sentence.token(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether token {@code index} is the preposition that introduces the phrase: "about". */
  private static boolean isCaseMarker(BasicTree tree, int index) {
    IndexedWord word = tree.graph().getNodeByIndexSafe(index);
    return word != null
        && (Dependencies.relationToHead(tree.graph(), word).equals("case")
            || Dependencies.relationToHead(tree.graph(), word).equals("mark"));
  }
}
