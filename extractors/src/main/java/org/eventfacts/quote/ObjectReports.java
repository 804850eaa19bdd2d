package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a speech act takes as its object rather than as a clause: "the senator questioned [the
 * cost of the new bridge]", "the union called for [an inquiry into the collapse]", "she spoke about
 * [her years in the navy]", "critics blamed the mayor for [the slow response]". The object, or the
 * phrase after the preposition, is the content; the verb's subject is the speaker. Only verbs whose
 * object is what was said count ({@link QuoteWords#OBJECT_SPEECH_VERBS}) with the prepositions
 * that introduce what was said ({@link QuoteWords#TOPIC_PREPOSITIONS}), and a verb of naming
 * takes its object with what the object was called ("the senator called [the plan a giveaway]",
 * {@link QuoteWords#NAMING_VERBS}); a content shorter than
 * three words ("called for calm") is too short to check, and a statement partly in quotation marks
 * is read as its quotation.
 */
final class ObjectReports {

  private static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj");
  private static final ImmutableSet<String> CLAUSES = ImmutableSet.of("ccomp");
  private static final ImmutableSet<String> VERB_PHRASES = ImmutableSet.of("obl", "advcl");
  private static final ImmutableSet<String> NOUN_PHRASES = ImmutableSet.of("nmod");
  private static final ImmutableSet<String> OWNERS = ImmutableSet.of("nmod:poss");
  private static final ImmutableSet<String> MARKS = ImmutableSet.of("mark");

  /** Tags of the word that opens what an object is called: "a hoax", "reckless", "overblown". */
  private static final ImmutableSet<String> PREDICATE_TAGS =
      ImmutableSet.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "VBN", "PRP$");

  private static final ImmutableSet<String> TIME_TYPES =
      ImmutableSet.of("DATE", "TIME", "DURATION", "SET");

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
    contentHeads.addAll(after(tree, verb, QuoteWords.TOPIC_PREPOSITIONS.get(lemma), VERB_PHRASES));
    contentHeads.addAll(clausesAfter(tree, verb, QuoteWords.TOPIC_PREPOSITIONS.get(lemma)));
    if (QuoteWords.FINDING_VERBS.contains(lemma) && statesFindings(tree, verb)) {
      List<ReportedSpeechFinder.Report> found =
          objectWithPredicate(tree, verb, "indirect.finding", false);
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (QuoteWords.NAMING_VERBS.contains(lemma)) {
      List<ReportedSpeechFinder.Report> naming = naming(tree, verb);
      if (!naming.isEmpty()) {
        return naming;
      }
    }
    if (verb.tag().equals("VBN")) { // "was worried about", parsed as a participle
      contentHeads.addAll(
          after(tree, verb, QuoteWords.STANCE_ADJECTIVES.get(lower(verb)), VERB_PHRASES));
    }
    String rule = isUnattributedJudgement(tree, verb) ? UNATTRIBUTED_JUDGEMENT : "indirect.object";
    return reports(tree, verb, contentHeads, Cue.verb(tree.sentence(), verb), rule);
  }

  /**
   * What a stance or a statement named by an adjective or a noun is about: "critics were wary of
   * [the new levy]", "his criticism of [the verdict]". The adjective's subject, the noun's owner or
   * else the subject of the clause it is in is the speaker.
   */
  List<ReportedSpeechFinder.Report> readStance(BasicTree tree, IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    if (tag.startsWith("JJ")) {
      List<IndexedWord> heads =
          after(tree, word, QuoteWords.STANCE_ADJECTIVES.get(lower(word)), VERB_PHRASES);
      return reports(tree, word, heads, Cue.verb(tree.sentence(), word), "indirect.stance");
    }
    if (tag.startsWith("NN")) {
      List<IndexedWord> heads =
          after(tree, word, QuoteWords.TOPIC_NOUNS.get(lemma(word)), NOUN_PHRASES);
      boolean owned = !Dependencies.ownChildren(tree.graph(), word, OWNERS).isEmpty();
      Cue cue =
          owned ? Cue.speechNoun(tree.sentence(), word) : Cue.verb(tree.sentence(), word);
      return reports(tree, word, heads, cue, "indirect.topic-noun");
    }
    return List.of();
  }

  /**
   * "The agency has been accused of [ignoring the warnings]": a judgement reported in the passive
   * without saying whose it is, which is kept without a speaker.
   */
  static final String UNATTRIBUTED_JUDGEMENT = "indirect.judgement-passive";

  private static final ImmutableSet<String> JUDGING_VERBS =
      ImmutableSet.of("accuse", "blame", "criticize", "criticise", "praise", "fault");

  private static boolean isUnattributedJudgement(BasicTree tree, IndexedWord verb) {
    return JUDGING_VERBS.contains(lemma(verb))
        && Dependencies.hasChild(tree.graph(), verb, ImmutableSet.of("aux:pass"), word -> true)
        && Dependencies.ownChildren(tree.graph(), verb, ImmutableSet.of("obl:agent", "obl:by"))
            .isEmpty();
  }

  /**
   * "The union called the offer an insult to its members": a verb of naming with an object and,
   * right after the object's noun, what it was called (a noun phrase, an adjective or a
   * participle; not "called the police" nor "called them to the stage", nor a time, "called a
   * meeting last week"). The content runs from the object to the last word the verb governs after
   * it.
   */
  private List<ReportedSpeechFinder.Report> naming(BasicTree tree, IndexedWord verb) {
    return objectWithPredicate(tree, verb, "indirect.naming", true);
  }

  /**
   * "A new survey found [most renters behind on their payments]", "the poll showed [the mayor
   * ahead]": a study, poll or report that states its findings as the object of a verb of finding.
   */
  private static boolean statesFindings(BasicTree tree, IndexedWord verb) {
    return Dependencies.ownChildren(tree.graph(), verb, ImmutableSet.of("nsubj")).stream()
        .anyMatch(subject -> QuoteWords.FINDING_SOURCES.contains(lemma(subject)));
  }

  /**
   * The object of {@code verb} with what the verb governs after it, when it is followed by a
   * predicate or, unless {@code needsPredicate}, alone.
   */
  private List<ReportedSpeechFinder.Report> objectWithPredicate(
      BasicTree tree, IndexedWord verb, String rule, boolean needsPredicate) {
    ParsedSentence sentence = tree.sentence();
    for (IndexedWord object : Dependencies.ownChildren(tree.graph(), verb, OBJECTS)) {
      if (object.index() < verb.index() || object.index() >= sentence.tokens().size()) {
        continue;
      }
      if (needsPredicate
          && !opensPredicate(sentence, object.index() + 1)
          && !opensPredicate(sentence, tree.last(object) + 1)
          && !hasPredicateAfter(tree, verb, object)) {
        continue;
      }
      int last = tree.last(object);
      for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(verb)) {
        String relation = edge.getRelation().toString();
        IndexedWord child = edge.getDependent();
        int first = tree.first(child);
        boolean setOff = first > 1 && sentence.token(first - 1).word().equals(",");
        if (!edge.isExtra()
            && child.index() > object.index()
            && !setOff
            && !relation.equals("punct")
            && !relation.startsWith("obl:tmod")
            && !relation.startsWith("conj")
            && !relation.equals("cc")) {
          last = Math.max(last, tree.last(child));
        }
      }
      if (needsPredicate && last <= object.index()) {
        continue;
      }
      return reports(tree, verb, List.of(object), last, Cue.verb(sentence, verb), rule);
    }
    return List.of();
  }

  /** Whether the word at {@code index} can open what an object is called: "a hoax", "reckless". */
  private static boolean opensPredicate(ParsedSentence sentence, int index) {
    if (index > sentence.tokens().size()) {
      return false;
    }
    CoreLabel next = sentence.token(index);
    return PREDICATE_TAGS.contains(String.valueOf(next.tag()))
        && !TIME_TYPES.contains(String.valueOf(next.ner()));
  }

  /**
   * "called the shootings across the country [a moment] of reckoning": what it was called, hung
   * on the verb after the object's own modifiers.
   */
  private static boolean hasPredicateAfter(BasicTree tree, IndexedWord verb, IndexedWord object) {
    for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(verb)) {
      String relation = edge.getRelation().toString();
      if (!edge.isExtra()
          && edge.getDependent().index() > object.index()
          && (relation.equals("xcomp") || relation.equals("obl:npmod"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "calling for [a process to choose a successor]", "called on [the council to resign]": the
   * parser reads the preposition and a noun with an infinitive as a clause the preposition marks.
   * "on" counts so for a verb of request.
   */
  private static List<IndexedWord> clausesAfter(
      BasicTree tree, IndexedWord verb, @Nullable ImmutableSet<String> prepositions) {
    List<IndexedWord> heads = new ArrayList<>();
    boolean request = ReportingWords.reportsRequest(lemma(verb));
    for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(verb)) {
      IndexedWord clause = edge.getDependent();
      if (edge.isExtra()
          || !edge.getRelation().toString().startsWith("advcl")
          || clause.index() < verb.index()) {
        continue;
      }
      List<String> marks =
          Dependencies.ownChildren(tree.graph(), clause, MARKS).stream()
              .map(Dependencies::lower)
              .toList();
      boolean topic = prepositions != null && marks.stream().anyMatch(prepositions::contains);
      boolean addressed = request && marks.contains("on") && marks.contains("to");
      if (topic || addressed) {
        heads.add(clause);
      }
    }
    return heads;
  }

  /** The heads of the phrases after {@code prepositions} that {@code word} governs. */
  private static List<IndexedWord> after(
      BasicTree tree,
      IndexedWord word,
      @Nullable ImmutableSet<String> prepositions,
      ImmutableSet<String> kinds) {
    List<IndexedWord> heads = new ArrayList<>();
    if (prepositions == null) {
      return heads;
    }
    for (SemanticGraphEdge edge : tree.graph().outgoingEdgeList(word)) {
      String relation = edge.getRelation().toString();
      int colon = relation.indexOf(':');
      boolean phrase = colon > 0 && kinds.contains(relation.substring(0, colon));
      if (!edge.isExtra() && phrase && prepositions.contains(relation.substring(colon + 1))) {
        heads.add(edge.getDependent());
      }
    }
    return heads;
  }

  private List<ReportedSpeechFinder.Report> reports(
      BasicTree tree, IndexedWord verb, List<IndexedWord> contentHeads, Cue cue, String rule) {
    return reports(tree, verb, contentHeads, -1, cue, rule);
  }

  /** The reports of {@code contentHeads}, each running to {@code end} where that is later. */
  private List<ReportedSpeechFinder.Report> reports(
      BasicTree tree,
      IndexedWord verb,
      List<IndexedWord> contentHeads,
      int end,
      Cue cue,
      String rule) {
    List<ReportedSpeechFinder.Report> reports = new ArrayList<>();
    if (contentHeads.isEmpty()) {
      return reports; // nothing to report: spare the walk over what the word governs
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
      Optional<org.eventfacts.fact.Span> content =
          contents.of(sentence, first, Math.max(end, tree.last(head)));
      content.ifPresent(
          span ->
              reports.add(new ReportedSpeechFinder.Report(sentence, span, cue, rule)));
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
    IndexedWord word = tree.sentence().wordAt(index);
    return word != null
        && (Dependencies.relationToHead(tree.graph(), word).equals("case")
            || Dependencies.relationToHead(tree.graph(), word).equals("mark"));
  }
}
