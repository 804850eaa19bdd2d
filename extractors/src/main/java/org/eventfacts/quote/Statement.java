package org.eventfacts.quote;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A quotation or reported statement on its way to a {@link Quote}: where it is, what cue and
 * speaker its own sentence gives it, and whether its speaker must come from the statement before.
 *
 * @param span the evidence: the quotation with its marks, or the reported content
 * @param kind direct, partial or indirect
 * @param sentence the index of the sentence that holds the start of the span
 * @param paragraph the paragraph of that sentence
 * @param opensParagraph whether nothing but the statement's quotation mark comes before it in its
 *     paragraph
 * @param cue the reporting verb or phrase, or {@code null}
 * @param speaker the speaker, or {@code null}
 * @param channel the medium, or {@code null}
 * @param speakerFrom where the speaker comes from
 * @param rule the name of the rule that read it
 * @param quotation the quotation it is, or {@code null} for reported speech
 */
record Statement(
    Span span,
    QuoteKind kind,
    int sentence,
    int paragraph,
    boolean opensParagraph,
    @Nullable Phrase cue,
    @Nullable Phrase speaker,
    @Nullable Phrase channel,
    SpeakerSource speakerFrom,
    String rule,
    @Nullable Quotation quotation) {

  /** Where a statement's speaker comes from. */
  enum SpeakerSource {
    /** Its own cue names the speaker (or names none, and that stands). */
    OWN,
    /** It continues the statement before: "he added", or a quotation with no cue of its own. */
    PREVIOUS,
    /** Nobody speaks: a scare quote. */
    NOBODY
  }

  Statement {
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
    checkNotNull(speakerFrom, "speakerFrom");
    checkNotNull(rule, "rule");
  }

  /** This statement, said by {@code speaker} as the statement it continues. */
  Statement continuing(Statement before) {
    return new Statement(
        span,
        kind,
        sentence,
        paragraph,
        opensParagraph,
        cue == null ? before.cue : cue,
        before.speaker,
        channel,
        SpeakerSource.OWN,
        rule + ".continued",
        quotation);
  }

  /** This statement with the cue and speaker read for it. */
  Statement withSpeaker(
      @Nullable Phrase cue,
      @Nullable Phrase speaker,
      @Nullable Phrase channel,
      SpeakerSource speakerFrom,
      String rule) {
    return new Statement(
        span,
        kind,
        sentence,
        paragraph,
        opensParagraph,
        cue,
        speaker,
        channel,
        speakerFrom,
        rule,
        quotation);
  }

  /** This statement, said by the speaker a layout label names. */
  Statement labelled(SpeakerLabels.Label label) {
    return withSpeaker(label.cue(), label.speaker(), null, SpeakerSource.OWN, label.rule());
  }

  /** The fact. */
  Quote toQuote(String text) {
    return new Quote(
        span.coveredText(text), kind, speaker, cue, channel, new Evidence(span, sentence, rule));
  }
}
