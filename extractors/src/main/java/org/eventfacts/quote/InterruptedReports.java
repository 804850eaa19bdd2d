package org.eventfacts.quote;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads reported speech that its attribution interrupts: "[The new bridge], the mayor said on
 * Friday, [would open in the spring]". The attribution, a speaker and a reporting verb with no
 * content of its own, stands between commas in the middle of the sentence; the words before it and
 * the words after it are the content, as two fragments (each read only when it has three words or
 * more).
 *
 * <p>The attribution must interrupt a clause: the words after it hold a finite verb of their own,
 * not only one inside a relative clause, and do not open with a preposition. In "Five were killed
 * in the port, the ministry said, in the worst unrest the city has seen" the words after the
 * attribution only add to the clause before it, and the attribution closes that clause instead.
 */
final class InterruptedReports {

  private static final ImmutableSet<String> BREAKS = ImmutableSet.of(",", "—", "--", "–");
  private static final ImmutableSet<String> FINITE_TAGS =
      ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  private static final ImmutableSet<String> CUE_TAGS = ImmutableSet.of("VBD", "VBZ", "VBP");
  private static final ImmutableSet<String> CONTENT = ImmutableSet.of("ccomp");

  /** How many words may follow the verb inside the attribution: "told reporters on Friday". */
  private static final int LONGEST_TAIL = 6;

  private final ContentSpan contents;
  private final SpeakerFinder speakers;
  private final QuotedText quoted;

  InterruptedReports(ContentSpan contents, SpeakerFinder speakers, QuotedText quoted) {
    this.contents = contents;
    this.speakers = speakers;
    this.quoted = quoted;
  }

  /** The fragments {@code verb} interrupts, if it is such an attribution. */
  List<ReportedSpeechFinder.Report> read(BasicTree tree, IndexedWord verb) {
    List<ReportedSpeechFinder.Report> reports = new ArrayList<>();
    ParsedSentence sentence = tree.sentence();
    int size = sentence.tokens().size();
    if (verb.tag() == null || !CUE_TAGS.contains(verb.tag()) || hasOwnContent(tree, verb)) {
      return reports;
    }
    Cue cue = Cue.verb(sentence, verb);
    Optional<Phrase> speaker = speakers.speaker(cue, tree);
    if (speaker.isEmpty()) {
      return reports;
    }
    int first = verb.index();
    while (first > 1 && sentence.token(first - 1).beginPosition() >= speaker.get().span().start()) {
      first--;
    }
    int last = verb.index();
    while (last < size
        && last - verb.index() < LONGEST_TAIL
        && !BREAKS.contains(sentence.token(last + 1).word())
        && !isFinite(sentence.token(last + 1))) {
      last++;
    }
    if (sentence.token(last).endPosition() < speaker.get().span().end()) {
      last = tokenEndingAt(sentence, speaker.get().span().end(), last); // "said Ana Voss"
    }
    if (first < 3
        || last + 2 > size
        || !BREAKS.contains(sentence.token(first - 1).word())
        || !BREAKS.contains(sentence.token(last + 1).word())
        || "IN".equals(sentence.token(last + 2).tag())
        || !interruptsAClause(tree, last + 2, size)) {
      return reports;
    }
    if (quoted.overlapsAny(sentence.tokenSpan(1, size))) {
      return reports; // "The plan, she said, is 'a disgrace'": the quotation speaks for it
    }
    for (Optional<Span> fragment :
        List.of(contents.of(sentence, 1, first - 2), contents.of(sentence, last + 2, size))) {
      fragment.ifPresent(
          span ->
              reports.add(
                  new ReportedSpeechFinder.Report(sentence, span, cue, "indirect.interrupted")));
    }
    return reports;
  }

  private boolean hasOwnContent(BasicTree tree, IndexedWord verb) {
    for (IndexedWord content : Dependencies.ownChildren(tree.graph(), verb, CONTENT)) {
      if (content.index() > verb.index()
          && !quoted.isQuoted(tree.sentence().token(content.index()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code from..to} hold a finite verb of a clause, not of a relative clause. */
  private static boolean interruptsAClause(BasicTree tree, int from, int to) {
    ParsedSentence sentence = tree.sentence();
    for (int i = from; i <= to; i++) {
      if (!isFinite(sentence.token(i))) {
        continue;
      }
      IndexedWord word = tree.sentence().wordAt(i);
      if (word == null) {
        continue;
      }
      IndexedWord clause = word;
      String relation = Dependencies.relationToHead(tree.graph(), word);
      if (relation.startsWith("aux") || relation.equals("cop")) {
        clause = tree.head(word).orElse(word);
        relation = Dependencies.relationToHead(tree.graph(), clause);
      }
      if (!relation.startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinite(CoreLabel token) {
    return token.tag() != null && FINITE_TAGS.contains(token.tag());
  }

  private static int tokenEndingAt(ParsedSentence sentence, int end, int fallback) {
    for (int i = 1; i <= sentence.tokens().size(); i++) {
      if (sentence.token(i).endPosition() == end) {
        return i;
      }
    }
    return fallback;
  }
}
