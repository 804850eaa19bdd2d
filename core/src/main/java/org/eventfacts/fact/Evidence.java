package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a fact comes from: the stretch of text that states it, the sentence it lies in and the
 * rule that read it, so that a user can highlight the evidence and a developer can find the rule.
 *
 * <pre>{@code
 * Evidence evidence = casualty.evidence();
 * text.substring(evidence.span().start(), evidence.span().end())
 * }</pre>
 *
 * @param span the stretch of the input that states the fact
 * @param sentence the 0-based index of the sentence that holds the start of the span
 * @param rule the name of the rule that produced the fact, such as {@code "casualty.passive"}
 */
public record Evidence(Span span, int sentence, String rule) {

  public Evidence {
    checkNotNull(span, "span");
    checkArgument(sentence >= 0, "sentence index must not be negative, got %s", sentence);
    checkArgument(rule != null && !rule.isBlank(), "evidence needs the name of its rule");
  }
}
