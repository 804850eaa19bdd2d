package org.eventfacts.attribution;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.fact.Phrase;
import org.eventfacts.modality.ModalityReader;
import org.eventfacts.text.Datelines;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the source and hedging of a fact stated by a predicate.
 *
 * <p>The source, nearest first: an "according to X" on the predicate's clause or a clause above
 * it; the subject of a reporting verb the clause is the complement of ("police said 26 were
 * killed") or hangs beside ("26 were killed, police said"); "citing X"; and otherwise the "According
 * to X," that opens an earlier sentence of the same paragraph, since news paragraphs state a source
 * once and give its figures in the sentences that follow. An attribution that closes the sentence
 * ("..., a port official said.") is read by word order first ({@link ClosingAttribution}), since
 * the parser often mangles a long list before it. The place of a dateline the parser makes the
 * reporting verb's subject ("WACO, Texas — ... , police said") is no source.
 *
 * <p>A fact is hedged when its sentence carries a hedge word ("reportedly", "unconfirmed"), a
 * doubting report verb ("claimed"), an epistemic perfect ("may have been killed"), a passive of
 * belief ("are believed to have died", "feared dead"), or when a later sentence of the paragraph
 * disclaims the figures before it ("However, these numbers have not been verified").
 */
public final class AttributionReader {

  private static final ImmutableSet<String> ACCORDING_TO =
      ImmutableSet.of("obl:according_to", "nmod:according_to");

  private final ImmutableMap<Integer, Phrase> framingSources;
  private final ImmutableSet<Integer> disclaimedSentences;

  private AttributionReader(Map<Integer, Phrase> framingSources, Set<Integer> disclaimedSentences) {
    this.framingSources = ImmutableMap.copyOf(framingSources);
    this.disclaimedSentences = ImmutableSet.copyOf(disclaimedSentences);
  }

  /** Reads the paragraph-level framings and disclaimers of {@code text} once. */
  public static AttributionReader of(ParsedText text) {
    Map<Integer, Phrase> framing = new HashMap<>();
    Set<Integer> disclaimed = new HashSet<>();
    Phrase frame = null;
    int paragraph = -1;
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.paragraph() != paragraph) {
        paragraph = sentence.paragraph();
        frame = null;
      }
      Optional<Phrase> opening = openingAccordingTo(sentence);
      if (opening.isPresent()) {
        frame = opening.get();
      } else if (frame != null) {
        framing.put(sentence.index(), frame);
      }
      if (disclaimsEarlierFigures(sentence)) {
        List<ParsedSentence> scope = text.paragraph(sentence.paragraph());
        boolean opensParagraph = scope.get(0).index() == sentence.index();
        if (opensParagraph && sentence.paragraph() > 0) {
          scope = text.paragraph(sentence.paragraph() - 1);
        }
        for (ParsedSentence earlier : scope) {
          if (earlier.index() < sentence.index()) {
            disclaimed.add(earlier.index());
          }
        }
      }
    }
    return new AttributionReader(framing, disclaimed);
  }

  /** The source and hedging of the fact whose predicate is {@code predicate}. */
  public Attribution read(ParsedSentence sentence, IndexedWord predicate) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return new Attribution(null, false);
    }
    Phrase source = null;
    boolean hedged =
        disclaimedSentences.contains(sentence.index())
            || hasHedgeWord(sentence)
            || disclaimsItself(sentence)
            || ModalityReader.isEpistemic(sentence, predicate);
    source = figureGiver(sentence, graph, predicate).orElse(null);
    IndexedWord clause = predicate;
    for (int depth = 0; depth < 8 && source == null; depth++) {
      for (IndexedWord according : children(graph, clause, ACCORDING_TO)) {
        source = phrase(sentence, according).orElse(null);
      }
      for (IndexedWord citing : children(graph, clause, ImmutableSet.of("advcl", "xcomp", "advcl:"))) {
        if (source == null && lower(citing).equals("citing")) {
          source = firstPhrase(sentence, graph, citing, ImmutableSet.of("obj")).orElse(null);
        }
      }
      for (IndexedWord beside : children(graph, clause, ImmutableSet.of("parataxis"))) {
        if (source == null && isReporting(beside)) {
          source = reporter(sentence, graph, beside).orElse(null);
          hedged |= ReportingWords.DOUBTING_VERBS.contains(lemma(beside));
        }
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, clause);
      if (up.isEmpty() || source != null) {
        break;
      }
      IndexedWord head = up.get().getGovernor();
      String relation = up.get().getRelation().toString();
      if ((relation.equals("ccomp") || relation.equals("parataxis") || relation.equals("xcomp"))
          && isReporting(head)) {
        source = reporter(sentence, graph, head).orElse(null);
        hedged |= ReportingWords.DOUBTING_VERBS.contains(lemma(head));
      }
      if (relation.equals("xcomp") && ReportingWords.BELIEF_VERBS.contains(lemma(head))) {
        hedged = true;
      }
      clause = head;
    }
    if (source == null) {
      Optional<ClosingAttribution.Found> written = ClosingAttribution.after(sentence, predicate);
      if (written.isPresent()) {
        source = written.get().source();
        hedged |= ReportingWords.DOUBTING_VERBS.contains(written.get().verbLemma());
      }
    }
    if (source == null) {
      Optional<IndexedWord> closing = closingReport(sentence, graph, predicate);
      if (closing.isPresent()) {
        source = reporter(sentence, graph, closing.get()).orElse(null);
        hedged |= ReportingWords.DOUBTING_VERBS.contains(lemma(closing.get()));
      }
    }
    if (source == null) {
      source = framingSources.get(sentence.index());
    }
    return new Attribution(source, hedged);
  }

  /**
   * "The governor's office put the death toll at 29": the subject of a verb that gives a figure
   * as its object is the figure's source.
   */
  private static Optional<Phrase> figureGiver(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord predicate) {
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, predicate);
    if (up.isEmpty()
        || !up.get().getRelation().toString().equals("obj")
        || !ReportingWords.FIGURE_GIVING_VERBS.contains(lemma(up.get().getGovernor()))) {
      return Optional.empty();
    }
    return firstPhrase(sentence, graph, up.get().getGovernor(), ImmutableSet.of("nsubj"));
  }

  /**
   * The reporting clause that closes a sentence and so attributes all of it, however the parser
   * attached it: "Five people were killed when the roof collapsed on a crowd, the county sheriff
   * said." It must be the last verb of the sentence, come after the predicate and have a subject.
   */
  private static Optional<IndexedWord> closingReport(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord predicate) {
    IndexedWord last = null;
    for (IndexedWord word : sentence.wordsInOrder()) {
      if (word.tag() != null && word.tag().startsWith("VB")) {
        last = word;
      }
    }
    IndexedWord lastVerb = last;
    if (lastVerb == null
        || lastVerb.index() <= predicate.index()
        || !isReporting(lastVerb)
        || children(graph, lastVerb, ImmutableSet.of("ccomp")).stream()
            .anyMatch(complement -> complement.index() > lastVerb.index())) {
      return Optional.empty();
    }
    return children(graph, lastVerb, ImmutableSet.of("nsubj")).isEmpty()
        ? Optional.empty()
        : Optional.of(lastVerb);
  }

  private static Optional<Phrase> openingAccordingTo(ParsedSentence sentence) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    List<CoreLabel> tokens = sentence.tokens();
    int firstWord = 0;
    while (firstWord < tokens.size() && !Character.isLetter(tokens.get(firstWord).word().charAt(0))) {
      firstWord++;
    }
    if (firstWord + 1 >= tokens.size()
        || !tokens.get(firstWord).word().equalsIgnoreCase("according")
        || !tokens.get(firstWord + 1).word().equalsIgnoreCase("to")) {
      return Optional.empty();
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      if (Dependencies.matches(edge, ACCORDING_TO)) {
        return phrase(sentence, edge.getDependent());
      }
    }
    return Optional.empty();
  }

  private static boolean disclaimsEarlierFigures(ParsedSentence sentence) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return false;
    }
    for (IndexedWord word : graph.vertexSet()) {
      if (!ReportingWords.CONFIRMATION_VERBS.contains(lemma(word)) || !isDenied(graph, word)) {
        continue;
      }
      for (IndexedWord subject :
          children(graph, word, ImmutableSet.of("nsubj", "nsubj:pass", "obj"))) {
        if (ReportingWords.ANAPHORIC_SUBJECTS.contains(lower(subject))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "..., which could not be independently verified": a disclaimer inside the sentence. */
  private static boolean disclaimsItself(ParsedSentence sentence) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return false;
    }
    for (IndexedWord word : graph.vertexSet()) {
      if (ReportingWords.CONFIRMATION_VERBS.contains(lemma(word))
          && isDenied(graph, word)
          && Dependencies.relationToHead(graph, word).startsWith("acl:relcl")) {
        return true;
      }
    }
    return false;
  }

  /** "has not been confirmed", "could not be verified", "was unable to verify". */
  private static boolean isDenied(SemanticGraph graph, IndexedWord verb) {
    if (Dependencies.hasChild(
        graph, verb, ImmutableSet.of("advmod", "neg"), ImmutableSet.of("not", "n't", "never"))) {
      return true;
    }
    return Dependencies.head(graph, verb)
        .map(head -> ImmutableSet.of("unable", "impossible", "fail").contains(lemma(head)))
        .orElse(false);
  }

  private static boolean hasHedgeWord(ParsedSentence sentence) {
    for (CoreLabel token : sentence.tokens()) {
      if (ReportingWords.HEDGE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReporting(IndexedWord word) {
    return word.tag() != null
        && word.tag().startsWith("VB")
        && ReportingWords.REPORTING_VERBS.contains(lemma(word));
  }

  private static Optional<Phrase> reporter(ParsedSentence sentence, SemanticGraph graph, IndexedWord verb) {
    Optional<Phrase> subject = firstPhrase(sentence, graph, verb, ImmutableSet.of("nsubj"));
    if (subject.isPresent()) {
      return subject;
    }
    // "26 were killed, it was reported by the ministry"
    return firstPhrase(sentence, graph, verb, ImmutableSet.of("obl:agent", "nmod:agent"));
  }

  private static Optional<Phrase> firstPhrase(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord word, Set<String> relations) {
    for (IndexedWord written : children(graph, word, relations)) {
      // "WACO, Texas — Four people were killed ..., police said": the dateline is no source
      Optional<IndexedWord> child = Datelines.past(graph, written);
      if (child.isEmpty()) {
        continue;
      }
      Optional<Phrase> phrase =
          NounPhrases.phrase(sentence, child.get(), Datelines.words(graph, written), true);
      if (phrase.isPresent()) {
        return phrase;
      }
    }
    return Optional.empty();
  }

  private static Optional<Phrase> phrase(ParsedSentence sentence, IndexedWord head) {
    return NounPhrases.phrase(sentence, head, ImmutableSet.of(), true);
  }
}
