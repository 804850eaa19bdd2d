package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Finds reported speech outside quotation marks, with the content as its span (without "that" and
 * the final full stop):
 *
 * <ul>
 *   <li>the content clause of a reporting verb: "the ministry said in a statement that [the road
 *       was closed]", "Ruiz warned [the deal would collapse]";
 *   <li>the clause a bare reporting verb hangs beside: "[Two men were arrested], police said";
 *   <li>what a request asks: "the mayor urged [residents to stay indoors]";
 *   <li>a belief about someone: "voters expect [the mayor to win]", "the bill is expected [to
 *       pass]";
 *   <li>the clause an "as" attribution frames: "As the agency reported, [the army shelled the
 *       town]".
 * </ul>
 *
 * <p>Content that holds a quotation is left to the quotation (a partial quote inside reported
 * speech is the quote, and its speaker the reporter's); content shorter than three words is too
 * short to check. Attributions that interrupt their content ({@link InterruptedReports}),
 * "according to" phrases ({@link AccordingToReports}) and speech acts with a noun phrase as content
 * ({@link ObjectReports}) are read by classes of their own.
 */
final class ReportedSpeechFinder {

  /** Content clauses; "did not say whether ..." is often parsed as an adverbial clause. */
  private static final ImmutableSet<String> CONTENT =
      ImmutableSet.of("ccomp", "advcl:if", "advcl:whether");

  private static final ImmutableSet<String> ADDRESSEES =
      ImmutableSet.of("obj", "iobj", "obl:on", "obl:to", "obl:upon");
  private static final ImmutableSet<String> INFINITIVES = ImmutableSet.of("xcomp", "advcl:to");
  private static final ImmutableSet<String> MARKERS = ImmutableSet.of("mark");
  private static final ImmutableSet<String> PASSIVE_MARKERS = ImmutableSet.of("aux:pass");
  /** Phrases that say what a verb is about: "called for a vote", "spoke about the war". */
  private static final ImmutableSet<String> OWN_CONTENT_PHRASES =
      ImmutableSet.of("obl:for", "obl:about", "obl:of", "obl:against");
  private static final ImmutableSet<String> BESIDE = ImmutableSet.of("parataxis", "dep");
  private static final ImmutableSet<String> BESIDE_UNDER =
      ImmutableSet.of("advcl", "advcl:", "dep", "parataxis");
  private static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj", "iobj");
  private static final ImmutableSet<String> NOUN_CLAUSES =
      ImmutableSet.of("acl", "ccomp", "dep", "acl:");

  /**
   * The rule of a belief stated in the passive without the believers ("the bill is expected to
   * pass"): kept without a speaker, as is a judgement in the passive ({@link
   * ObjectReports#UNATTRIBUTED_JUDGEMENT}).
   */
  static final String UNATTRIBUTED_BELIEF = "indirect.belief-passive";

  private final SentenceMap sentences;
  private final QuotedText quoted;
  private final SpeakerFinder speakers;
  private final ContentSpan contents;
  private final WordOrderReports wordOrder;
  private final InterruptedReports interrupted;
  private final AccordingToReports accordingTo;
  private final ObjectReports objects;

  ReportedSpeechFinder(SentenceMap sentences, QuotedText quoted, SpeakerFinder speakers) {
    this.sentences = sentences;
    this.quoted = quoted;
    this.speakers = speakers;
    this.contents = new ContentSpan(quoted);
    this.wordOrder = new WordOrderReports(contents, speakers);
    this.interrupted = new InterruptedReports(contents, speakers, quoted);
    this.accordingTo = new AccordingToReports(contents, speakers, quoted);
    this.objects = new ObjectReports(contents, quoted);
  }

  /** A reported statement: its content, its cue and the rule that read it. */
  record Report(ParsedSentence sentence, Span content, Cue cue, String rule) {}

  /** The reported statements of the document, in text order, one per content. */
  ImmutableList<Report> find() {
    Map<Span, Report> reports = new LinkedHashMap<>();
    for (ParsedSentence sentence : sentences.sentences()) {
      Optional<BasicTree> tree = sentences.tree(sentence);
      if (tree.isEmpty()) {
        continue;
      }
      for (IndexedWord word : tree.get().sentence().wordsInOrder()) {
        if (isQuoted(sentence, word)) {
          continue;
        }
        List<Report> found = new ArrayList<>();
        if (SpeakerFinder.isReportingVerb(word)) {
          found.addAll(read(tree.get(), word));
          if (found.isEmpty()) {
            wordOrder.read(tree.get(), word).ifPresent(found::add);
          }
          found.addAll(interrupted.read(tree.get(), word));
        } else if (isVerb(word) && ReportingWords.reportsBelief(lemma(word))) {
          found.addAll(contentClauses(tree.get(), word, "indirect.belief"));
          if (found.isEmpty()) {
            beliefAbout(tree.get(), word).ifPresent(found::add);
          }
          if (found.isEmpty()) {
            wordOrder.read(tree.get(), word).ifPresent(found::add);
          }
        }
        if (found.isEmpty() && isVerb(word)) {
          found.addAll(objects.read(tree.get(), word));
        } else if (found.isEmpty()) {
          found.addAll(objects.readStance(tree.get(), word)); // "wary of", "criticism of"
        }
        if (isVerb(word) && ReportingWords.reportsIntention(lemma(word))) {
          intention(tree.get(), word).ifPresent(found::add);
        }
        if (isNoun(word) && QuoteWords.SPEECH_NOUNS.contains(lemma(word))) {
          found.addAll(nounContent(tree.get(), word));
        }
        for (Report report : found) {
          reports.putIfAbsent(report.content(), report);
        }
      }
      for (Report report : accordingTo.read(tree.get())) {
        reports.putIfAbsent(report.content(), report);
      }
    }
    return ImmutableList.copyOf(reports.values());
  }

  private List<Report> read(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    List<Report> reports = new ArrayList<>(contentClauses(tree, verb, "indirect.content-clause"));
    if (ReportingWords.reportsRequest(lemma(verb))) {
      request(tree, verb).ifPresent(reports::add);
    }
    if (Dependencies.ownChildren(graph, verb, CONTENT).isEmpty()) {
      framed(tree, verb).ifPresent(reports::add);
    }
    return reports;
  }

  /** "said [the road was closed]", "believes [the plan will fail]". */
  private List<Report> contentClauses(BasicTree tree, IndexedWord verb, String rule) {
    List<Report> reports = new ArrayList<>();
    for (IndexedWord clause : Dependencies.ownChildren(tree.graph(), verb, CONTENT)) {
      if (opensWithPreposition(tree, clause)) {
        continue; // "..., the ministry said, in the worst unrest in years": no clause
      }
      content(tree, tree.first(clause), tree.last(clause))
          .ifPresent(
              span ->
                  reports.add(
                      new Report(tree.sentence(), span, Cue.verb(tree.sentence(), verb), rule)));
    }
    return reports;
  }

  /**
   * Whether the words under {@code clause} follow a comma and open with a preposition that is no
   * complementizer: a phrase added after a closing attribution, not what was said.
   */
  private static boolean opensWithPreposition(BasicTree tree, IndexedWord clause) {
    int index = tree.first(clause);
    CoreLabel first = tree.sentence().token(index);
    return index > 1
        && tree.sentence().token(index - 1).word().equals(",")
        && "IN".equals(first.tag())
        && !ContentSpan.isComplementizer(first);
  }

  /**
   * "vowed [to rebuild the port]", "plans [to appeal]": an intention stated as the subject's own.
   */
  private Optional<Report> intention(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    if (!Dependencies.ownChildren(graph, verb, OBJECTS).isEmpty()) {
      return Optional.empty(); // "urged residents to leave" is a request, read as such
    }
    for (IndexedWord infinitive : Dependencies.ownChildren(graph, verb, INFINITIVES)) {
      if (infinitive.index() > verb.index()
          && Dependencies.hasChild(graph, infinitive, MARKERS, ImmutableSet.of("to"))) {
        return content(tree, tree.first(infinitive), tree.last(infinitive))
            .map(
                span ->
                    new Report(
                        tree.sentence(),
                        span,
                        Cue.verb(tree.sentence(), verb),
                        "indirect.intention"));
      }
    }
    return Optional.empty();
  }

  /** "the ministry's warning [that the dam could break]", "a claim by the rebels [that ...]". */
  private List<Report> nounContent(BasicTree tree, IndexedWord noun) {
    List<Report> reports = new ArrayList<>();
    if (speakers.owner(tree, noun).isEmpty()) {
      return reports;
    }
    for (IndexedWord clause : Dependencies.ownChildren(tree.graph(), noun, NOUN_CLAUSES)) {
      boolean introducedByThat =
          Dependencies.hasChild(tree.graph(), clause, MARKERS, ImmutableSet.of("that"))
              || (clause.index() > 1
                  && tree.sentence().token(tree.first(clause)).word().equalsIgnoreCase("that"));
      if (clause.index() > noun.index() && introducedByThat) {
        content(tree, tree.first(clause), tree.last(clause))
            .ifPresent(
                span ->
                    reports.add(
                        new Report(
                            tree.sentence(),
                            span,
                            Cue.speechNoun(tree.sentence(), noun),
                            "indirect.speech-noun")));
      }
    }
    return reports;
  }

  private static boolean isVerb(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("VB");
  }

  private static boolean isNoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NN");
  }

  /**
   * A belief stated of someone or something with an infinitive: "voters expect [the mayor to
   * win]", "critics believe [the plan to be unworkable]"; and the passive that leaves the believer
   * unsaid: "the vote is expected [to pass easily]".
   */
  private Optional<Report> beliefAbout(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    boolean passive = Dependencies.hasChild(graph, verb, PASSIVE_MARKERS, word -> true);
    for (IndexedWord infinitive : Dependencies.ownChildren(graph, verb, INFINITIVES)) {
      if (infinitive.index() < verb.index()
          || !Dependencies.hasChild(graph, infinitive, MARKERS, ImmutableSet.of("to"))) {
        continue;
      }
      int first = tree.first(infinitive);
      if (!passive) {
        Optional<IndexedWord> object =
            Dependencies.ownChildren(graph, verb, OBJECTS).stream()
                .filter(o -> o.index() > verb.index() && o.index() < infinitive.index())
                .findFirst();
        if (object.isEmpty()) {
          continue; // "expects to win" is an intention, read as such
        }
        first = tree.first(object.get());
      }
      String rule = passive ? UNATTRIBUTED_BELIEF : "indirect.belief";
      return content(tree, first, tree.last(infinitive))
          .map(span -> new Report(tree.sentence(), span, Cue.verb(tree.sentence(), verb), rule));
    }
    return Optional.empty();
  }

  /** "urged [residents to stay indoors]". */
  private Optional<Report> request(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    for (IndexedWord infinitive : Dependencies.ownChildren(graph, verb, INFINITIVES)) {
      for (IndexedWord addressee : Dependencies.ownChildren(graph, verb, ADDRESSEES)) {
        if (addressee.index() < infinitive.index() && addressee.index() > verb.index()) {
          return content(tree, tree.first(addressee), tree.last(infinitive))
              .map(
                  span ->
                      new Report(
                          tree.sentence(),
                          span,
                          Cue.verb(tree.sentence(), verb),
                          "indirect.request"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "[Two men were arrested], police said" (a reporting verb set off beside its clause, whichever
   * way the parser joined the two) and "As the agency reported, [the army shelled the town]": the
   * clause around the attribution, without it.
   */
  private Optional<Report> framed(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    ParsedSentence sentence = tree.sentence();
    if (!speakers.hasOwnSubject(tree, verb)) {
      return Optional.empty(); // "..., described as a man in his 20s" attributes nothing
    }
    Cue cue = Cue.verb(sentence, verb);
    Optional<SemanticGraphEdge> edge = Dependencies.headEdge(graph, verb);
    if (edge.isPresent()) {
      String relation = edge.get().getRelation().toString();
      IndexedWord clause = edge.get().getGovernor();
      boolean beside = BESIDE.contains(relation);
      boolean as =
          relation.startsWith("advcl")
              && Dependencies.hasChild(graph, verb, MARKERS, ImmutableSet.of("as"))
              && !saysSomethingOfItsOwn(graph, verb);
      int attributionFirst = tree.first(verb);
      int attributionLast = tree.last(verb);
      if ((beside && isSetOff(sentence, attributionFirst)) || as) {
        if (isQuoted(sentence, clause)) {
          return Optional.empty();
        }
        Optional<Span> content = Optional.empty();
        if (attributionFirst > clause.index()) {
          content = content(tree, tree.first(clause), attributionFirst - 1);
        } else if (attributionLast < clause.index()) {
          content = content(tree, attributionLast + 1, tree.last(clause));
        }
        String rule = as ? "indirect.as-clause" : "indirect.attribution-beside";
        return content.map(span -> new Report(sentence, span, cue, rule));
      }
    }
    // "[Two men were arrested], police said" parsed with the clause under the verb
    for (IndexedWord clause : Dependencies.ownChildren(graph, verb, BESIDE_UNDER)) {
      int last = tree.last(clause);
      if (clause.index() < verb.index()
          && last < verb.index()
          && isSetOff(sentence, last + 1)
          && !isQuoted(sentence, clause)) {
        return content(tree, tree.first(clause), last)
            .map(span -> new Report(sentence, span, cue, "indirect.attribution-beside"));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the verb has a content of its own after it ("as she called for a new vote"), so that
   * its "as" says when, not whose account frames the clause ("As the agency reported, ...").
   */
  private static boolean saysSomethingOfItsOwn(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
      String relation = edge.getRelation().toString();
      boolean content =
          relation.equals("obj")
              || relation.equals("xcomp")
              || relation.startsWith("advcl:")
              || OWN_CONTENT_PHRASES.contains(relation);
      if (!edge.isExtra() && content && edge.getDependent().index() > verb.index()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the attribution starting at token {@code first} is set off by a comma or dash: "...,
   * police said." or "... — police said Friday, as ...". A clause after a colon ("tightened its
   * warning: it advised against travel") is a statement of its own, not an attribution.
   */
  private static boolean isSetOff(ParsedSentence sentence, int first) {
    return isBreak(sentence, first) || (first >= 2 && isBreak(sentence, first - 1));
  }

  private static boolean isBreak(ParsedSentence sentence, int index) {
    if (index < 1 || index > sentence.tokens().size()) {
      return false;
    }
    String word = sentence.token(index).word();
    return word.equals(",") || word.equals("—") || word.equals("--") || word.equals("–");
  }

  private Optional<Span> content(BasicTree tree, int first, int last) {
    return contents.of(tree.sentence(), first, last);
  }

  private boolean isQuoted(ParsedSentence sentence, IndexedWord word) {
    return quoted.isQuoted(sentence.token(word.index()));
  }
}
