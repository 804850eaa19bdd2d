package org.eventfacts.quote;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.quote.Statement.SpeakerSource;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads every quotation and reported statement of a text, with its speaker, cue and channel.
 *
 * <pre>{@code
 * // “We will rebuild,” Mayor Ana Ruiz said on Twitter. “Every street of it.”
 * // She added that the port would reopen on Monday.
 * List<Quote> quotes = QuoteExtractor.read(parsedText);
 * // DIRECT   “We will rebuild,”        speaker "Mayor Ana Ruiz", cue "said", channel "Twitter"
 * // DIRECT   “Every street of it.”     speaker "Mayor Ana Ruiz" (the same phrase: no cue of its own)
 * // INDIRECT the port would reopen ... speaker "Mayor Ana Ruiz" ("she added" goes on with her)
 * }</pre>
 *
 * <p>{@link QuotationFinder} finds the quotation marks; {@link QuoteShape} tells statements from
 * fragments and scare quotes; {@link CueFinder} and {@link SpeakerFinder} attribute each quotation;
 * {@link ReportedSpeechFinder} reads reported speech. A statement with no cue of its own, or whose
 * cue goes on with the last speaker ("he added"), continues the statement before it when that one
 * is in the same paragraph, or in the paragraph before and the statement opens its own paragraph (a
 * quote-only paragraph), or is the same quotation running on over a paragraph break. Speakers are
 * phrases as written ("he", "the head of state"); the actor reader links them to actors.
 */
public final class QuoteExtractor {

  /** How many paragraphs back "he added" may look for the speaker it continues. */
  private static final int ADDED_REACH = 2;

  private QuoteExtractor() {}

  /** The quotes and reported statements of {@code text}, in text order. */
  public static ImmutableList<Quote> read(ParsedText text) {
    SentenceMap sentences = new SentenceMap(text);
    QuotedText quoted = new QuotedText(QuotationFinder.find(text.text()));
    SpeakerFinder speakers = new SpeakerFinder(quoted);
    List<Statement> statements = new ArrayList<>(quotations(sentences, quoted, speakers));
    statements.addAll(reports(sentences, quoted, speakers));
    statements.sort(Comparator.comparing(Statement::span));
    return continueSpeakers(statements).stream()
        .map(statement -> statement.toQuote(text.text()))
        .collect(ImmutableList.toImmutableList());
  }

  private static List<Statement> quotations(
      SentenceMap sentences, QuotedText quoted, SpeakerFinder speakers) {
    CueFinder cues = new CueFinder(sentences, quoted, speakers);
    SpeakerLabels labels = new SpeakerLabels(sentences, quoted);
    EnclosingReports reports = new EnclosingReports(speakers, quoted);
    String text = sentences.text();
    List<Statement> statements = new ArrayList<>();
    Statement previous = null;
    for (Quotation quotation : quoted.quotations()) {
      Optional<ParsedSentence> at = sentences.at(quotation.span().start());
      if (at.isEmpty()) {
        continue;
      }
      ParsedSentence sentence = at.get();
      boolean sameParagraph = previous != null && previous.paragraph() == sentence.paragraph();
      QuoteKind kind =
          QuoteShape.kind(
              text,
              quotation,
              sameParagraph ? previous.quotation() : null,
              sameParagraph || quotation.reopened() ? kindOf(previous) : null,
              followsReportingVerb(sentence, quotation));
      Statement statement =
          attribute(sentences, cues, speakers, reports, labels, quotation, kind, sentence);
      statements.add(statement);
      previous = statement;
    }
    return runOnSpeakers(statements);
  }

  private static @Nullable QuoteKind kindOf(@Nullable Statement statement) {
    return statement == null ? null : statement.kind();
  }

  private static Statement attribute(
      SentenceMap sentences,
      CueFinder cues,
      SpeakerFinder speakers,
      EnclosingReports reports,
      SpeakerLabels labels,
      Quotation quotation,
      QuoteKind kind,
      ParsedSentence sentence) {
    boolean opensParagraph = opensParagraph(sentences, sentence, quotation.span().start());
    String shape = kind.name().toLowerCase(Locale.ROOT);
    Statement unattributed =
        new Statement(
            quotation.span(),
            kind,
            sentence.index(),
            sentence.paragraph(),
            opensParagraph,
            null,
            null,
            null,
            SpeakerSource.PREVIOUS,
            "quote." + shape + ".no-cue",
            quotation);
    if (QuoteShape.isScareQuote(sentences.text(), quotation)) {
      return unattributed.withSpeaker(null, null, null, SpeakerSource.NOBODY, "quote.scare");
    }
    Optional<SpeakerLabels.Label> transcript = labels.transcript(quotation);
    if (transcript.isPresent()) {
      return unattributed.labelled(transcript.get());
    }
    Optional<CueFinder.Found> found = cues.find(quotation, kind);
    if (found.isPresent() && found.get().rule().equals(CueFinder.NAMED_SUBJECT)) {
      // "Ruiz: Council must 'stop the cuts'": a headline's lead-in names whose words follow
      Optional<SpeakerLabels.Label> leadIn =
          labels.headline(quotation).or(() -> labels.headlineLeadIn(quotation));
      if (leadIn.isPresent()) {
        return unattributed.labelled(leadIn.get());
      }
    }
    if (found.isPresent()) {
      Cue cue = found.get().cue();
      BasicTree tree = sentences.tree(cue.sentence()).orElseThrow();
      String rule = "quote." + shape + "." + found.get().rule();
      Optional<Cue> enclosing =
          kind == QuoteKind.PARTIAL ? reports.around(cue, tree) : Optional.empty();
      if (enclosing.isPresent()) {
        cue = enclosing.get();
        rule = rule + ".in-report";
      }
      if (speakers.continuesPreviousSpeaker(cue, tree)) {
        return unattributed.withSpeaker(
            cue.phrase(), null, speakers.channel(cue, tree).orElse(null), SpeakerSource.PREVIOUS, rule);
      }
      Optional<Phrase> speaker = speakers.speaker(cue, tree);
      if (speaker.isPresent()) {
        return unattributed.withSpeaker(
            cue.phrase(),
            speaker.get(),
            speakers.channel(cue, tree).orElse(null),
            SpeakerSource.OWN,
            rule);
      }
    }
    Optional<SpeakerLabels.Label> label =
        labels.headline(quotation).or(() -> labels.headlineLeadIn(quotation));
    if (label.isEmpty()) {
      label = labels.byline(quotation);
    }
    if (label.isEmpty() && kind == QuoteKind.DIRECT) {
      label = labels.colonIntroduction(quotation);
    }
    if (label.isEmpty()) {
      label = labels.headlineSubject(quotation);
    }
    return label.map(unattributed::labelled).orElse(unattributed);
  }

  /**
   * A quotation that runs over several paragraphs is one speaker's: parts without a cue take the
   * speaker of the first later part that has one ("'...| '...,' Ruiz said.").
   */
  private static List<Statement> runOnSpeakers(List<Statement> statements) {
    List<Statement> result = new ArrayList<>(statements);
    for (int i = 0; i < result.size(); i++) {
      Statement statement = result.get(i);
      if (statement.speakerFrom() != SpeakerSource.PREVIOUS || statement.cue() != null) {
        continue;
      }
      for (int j = i + 1; j < result.size(); j++) {
        Statement later = result.get(j);
        Quotation laterQuotation = later.quotation();
        Quotation before = result.get(j - 1).quotation();
        boolean runsOn =
            laterQuotation != null
                && laterQuotation.reopened()
                && before != null
                && !before.closed();
        // a transcript label opens a new speaker's turn, not the end of this quotation
        if (!runsOn || later.rule().equals("quote.transcript-label")) {
          break;
        }
        if (later.speakerFrom() == SpeakerSource.OWN && later.speaker() != null) {
          result.set(i, statement.continuing(later));
          break;
        }
      }
    }
    return result;
  }

  private static List<Statement> reports(
      SentenceMap sentences, QuotedText quoted, SpeakerFinder speakers) {
    List<Statement> statements = new ArrayList<>();
    for (ReportedSpeechFinder.Report report :
        new ReportedSpeechFinder(sentences, quoted, speakers).find()) {
      ParsedSentence sentence = report.sentence();
      BasicTree tree = sentences.tree(sentence).orElseThrow();
      Cue cue = report.cue();
      boolean continuing = speakers.continuesPreviousSpeaker(cue, tree);
      Phrase speaker = continuing ? null : speakers.speaker(cue, tree).orElse(null);
      boolean unattributed =
          report.rule().equals(ReportedSpeechFinder.UNATTRIBUTED_BELIEF)
              || report.rule().equals(ObjectReports.UNATTRIBUTED_JUDGEMENT);
      if (!continuing && speaker == null && !unattributed) {
        continue;
      }
      statements.add(
          new Statement(
              report.content(),
              QuoteKind.INDIRECT,
              sentence.index(),
              sentence.paragraph(),
              opensParagraph(sentences, sentence, report.content().start()),
              cue.phrase(),
              speaker,
              speakers.channel(cue, tree).orElse(null),
              continuing ? SpeakerSource.PREVIOUS : SpeakerSource.OWN,
              report.rule(),
              null));
    }
    return statements;
  }

  /**
   * Gives statements that continue the one before it that one's speaker. Reported speech inside
   * the sentence that attributes a quotation is not who the next quotation continues: after
   * "'...,' the chairman said after the witness failed to appear. '...'" the chairman goes on.
   */
  private static List<Statement> continueSpeakers(List<Statement> statements) {
    List<Statement> result = new ArrayList<>();
    Statement last = null;
    for (Statement statement : statements) {
      if (statement.speakerFrom() == SpeakerSource.PREVIOUS
          && last != null
          && continues(last, statement)) {
        statement = statement.continuing(last);
      }
      boolean insideAttribution =
          last != null
              && statement.quotation() == null
              && last.quotation() != null
              && last.speakerFrom() == SpeakerSource.OWN
              && last.sentence() == statement.sentence();
      if (statement.speaker() != null && !insideAttribution) {
        last = statement;
      }
      result.add(statement);
    }
    return result;
  }

  private static boolean continues(Statement last, Statement statement) {
    if (statement.paragraph() == last.paragraph()) {
      return true;
    }
    Quotation quotation = statement.quotation();
    if (quotation != null && quotation.reopened()) {
      return true;
    }
    if (statement.cue() != null) { // "he added": its own cue goes on with the last speaker
      return statement.paragraph() - last.paragraph() <= ADDED_REACH;
    }
    return statement.opensParagraph() && statement.paragraph() == last.paragraph() + 1;
  }

  private static boolean opensParagraph(SentenceMap sentences, ParsedSentence sentence, int start) {
    Optional<ParsedSentence> previous = sentences.previous(sentence);
    boolean firstOfParagraph =
        previous.isEmpty() || previous.get().paragraph() != sentence.paragraph();
    return firstOfParagraph && sentence.token(1).beginPosition() >= start;
  }

  /** Whether the word just before the opening mark is a reporting verb: {@code said "We ...}. */
  private static boolean followsReportingVerb(ParsedSentence sentence, Quotation quotation) {
    CoreLabel before = null;
    for (CoreLabel token : sentence.tokens()) {
      if (token.endPosition() > quotation.span().start()) {
        break;
      }
      before = token;
    }
    return before != null
        && before.tag() != null
        && before.tag().startsWith("VB")
        && ReportingWords.reportsSpeech(lemmaOf(before));
  }

  private static String lemmaOf(CoreLabel token) {
    String lemma = token.lemma();
    return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
  }
}
