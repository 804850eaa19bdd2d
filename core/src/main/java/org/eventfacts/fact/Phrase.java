package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A stretch of the text that fills a slot of a fact ("armed men", "the health ministry",
 * "treason"), and the {@link Actor} it refers to when it names one.
 *
 * <pre>{@code
 * Phrase speaker = quote.speaker();        // "Voss", actor "a1"
 * facts.nameOf(speaker)                    // "Ana Voss"
 * }</pre>
 *
 * @param text the words as written, with whitespace collapsed
 * @param span where they are in the input
 * @param actorId the id of the actor this phrase refers to, or {@code null}
 */
public record Phrase(String text, Span span, @Nullable String actorId) {

  public Phrase {
    checkArgument(text != null && !text.isBlank(), "a phrase must have words");
    checkNotNull(span, "span");
  }

  /** A phrase that refers to no actor. */
  public static Phrase of(String text, Span span) {
    return new Phrase(text, span, null);
  }

  /** This phrase, referring to the actor {@code id}. */
  public Phrase withActor(@Nullable String id) {
    return new Phrase(text, span, id);
  }
}
