package org.eventfacts.quote;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads what an "according to" phrase attributes: "[The bridge will reopen in May], according to
 * the city", "According to the union, [the mine had no working alarms]". The content is the clause
 * the phrase belongs to without the phrase itself; a phrase in the middle ("[The toll], according
 * to officials, [rose to 40]") leaves two fragments. The source named after "according to" is the
 * speaker, whether a person, an organisation or a document ("according to court records").
 */
final class AccordingToReports {

  private static final Pattern PREDICATE_TAG = Pattern.compile("VB.*|JJ.*|NN.*");

  private static final ImmutableSet<String> ACCORDING_TO =
      ImmutableSet.of("obl:according_to", "nmod:according_to");

  private final ContentSpan contents;
  private final SpeakerFinder speakers;
  private final QuotedText quoted;

  AccordingToReports(ContentSpan contents, SpeakerFinder speakers, QuotedText quoted) {
    this.contents = contents;
    this.speakers = speakers;
    this.quoted = quoted;
  }

  /** The statements the sentence's "according to" phrases attribute. */
  List<ReportedSpeechFinder.Report> read(BasicTree tree) {
    List<ReportedSpeechFinder.Report> reports = new ArrayList<>();
    ParsedSentence sentence = tree.sentence();
    boolean parsed = false;
    for (SemanticGraphEdge edge : tree.sentence().edgesInOrder()) {
      if (edge.isExtra() || !Dependencies.matches(edge, ACCORDING_TO)) {
        continue;
      }
      parsed = true;
      IndexedWord source = edge.getDependent();
      if (quoted.isQuoted(sentence.token(source.index()))) {
        continue;
      }
      Cue cue = Cue.accordingTo(sentence, source);
      Optional<Phrase> speaker = speakers.speaker(cue, tree);
      int according = cue.phrase().span().start();
      if (speaker.isEmpty()) {
        continue;
      }
      int first = tokenAt(sentence, according);
      int last = Math.max(tree.last(source), tokenEndingAt(sentence, speaker.get().span().end()));
      IndexedWord clause = edge.getGovernor();
      boolean predicate = clause.tag() != null && PREDICATE_TAG.matcher(clause.tag()).matches();
      int clauseFirst = predicate ? Math.min(tree.first(clause), first) : 1;
      int clauseLast = predicate ? Math.max(tree.last(clause), last) : sentence.tokens().size();
      List<Optional<Span>> fragments = new ArrayList<>();
      if (first > clauseFirst) {
        fragments.add(contents.of(sentence, clauseFirst, first - 1));
      }
      if (last < clauseLast) {
        fragments.add(contents.of(sentence, last + 1, clauseLast));
      }
      for (Optional<Span> fragment : fragments) {
        fragment.ifPresent(
            span ->
                reports.add(
                    new ReportedSpeechFinder.Report(sentence, span, cue, "indirect.according-to")));
      }
    }
    if (!parsed) {
      byWordOrder(tree).ifPresent(reports::add);
    }
    return reports;
  }

  /**
   * "[...], according to court records." or "According to the union, [...]" when the parser did
   * not read the phrase as an attribution (it sometimes coordinates it with the clause): the phrase
   * that closes or opens the sentence, set off by a comma, attributes the rest.
   */
  private Optional<ReportedSpeechFinder.Report> byWordOrder(BasicTree tree) {
    ParsedSentence sentence = tree.sentence();
    int size = sentence.tokens().size();
    for (int i = 1; i < size; i++) {
      if (!sentence.token(i).word().equalsIgnoreCase("according")
          || !sentence.token(i + 1).word().equalsIgnoreCase("to")
          || quoted.isQuoted(sentence.token(i))) {
        continue;
      }
      int end = i + 2;
      while (end <= size && !ContentSpan.isPunctuation(sentence.token(end))) {
        end++;
      }
      int sourceLast = end - 1;
      boolean closes = end >= size && i > 2 && sentence.token(i - 1).word().equals(",");
      boolean opens = i == 1 && end < size && sentence.token(end).word().equals(",");
      IndexedWord source = tree.sentence().wordAt(sourceLast);
      if ((!closes && !opens) || sourceLast < i + 2 || source == null || !isNoun(source)) {
        continue;
      }
      Cue cue = Cue.accordingTo(sentence, source);
      Optional<Span> content =
          closes ? contents.of(sentence, 1, i - 2) : contents.of(sentence, end + 1, size);
      return content.map(
          span -> new ReportedSpeechFinder.Report(sentence, span, cue, "indirect.according-to"));
    }
    return Optional.empty();
  }

  private static boolean isNoun(IndexedWord word) {
    return word.tag() != null && (word.tag().startsWith("NN") || word.tag().equals("PRP"));
  }

  private static int tokenAt(ParsedSentence sentence, int offset) {
    for (int i = 1; i <= sentence.tokens().size(); i++) {
      if (sentence.token(i).beginPosition() >= offset) {
        return i;
      }
    }
    return sentence.tokens().size();
  }

  private static int tokenEndingAt(ParsedSentence sentence, int end) {
    for (int i = 1; i <= sentence.tokens().size(); i++) {
      if (sentence.token(i).endPosition() >= end) {
        return i;
      }
    }
    return sentence.tokens().size();
  }
}
