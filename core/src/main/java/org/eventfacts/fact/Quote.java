package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Something a speaker is reported as saying, in quotation marks or in reported speech.
 *
 * <p>From "'We will not retreat,' said Voss in a televised address":
 *
 * <pre>{@code
 * quote.kind()             // DIRECT
 * quote.text()             // "“We will not retreat,”"
 * facts.nameOf(quote.speaker())  // "Ana Voss"
 * quote.cue().text()       // "said"
 * }</pre>
 *
 * @param text the quoted or reported words as they stand in the input (the span's text)
 * @param kind direct, partial or indirect
 * @param speaker who said it, linked to their actor; {@code null} when nobody is reported as
 *     saying it (a scare quote) or the speaker cannot be told
 * @param cue the reporting verb or phrase ("said", "told reporters", "according to")
 * @param channel what the statement was made through, when stated ("Twitter", "a statement")
 * @param evidence where the quoted or reported words are
 */
public record Quote(
    String text,
    QuoteKind kind,
    @Nullable Phrase speaker,
    @Nullable Phrase cue,
    @Nullable Phrase channel,
    Evidence evidence)
    implements Fact {

  public Quote {
    checkArgument(text != null && !text.isEmpty(), "a quote must have words");
    checkNotNull(kind, "kind");
    checkNotNull(evidence, "evidence");
  }
}
