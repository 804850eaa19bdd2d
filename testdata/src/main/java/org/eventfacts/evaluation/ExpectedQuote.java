package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A gold quote or reported statement: where it is and who said it. Quotes of kind {@code
 * INDIRECT} are scored as {@link FactType#INDIRECT}, the others as {@link FactType#QUOTE}.
 *
 * <pre>{@code
 * {"type": "quote", "start": 812, "end": 867, "kind": "DIRECT",
 *  "speaker": "Ana Voss"}
 * }</pre>
 *
 * @param span the quoted or reported words, half-open UTF-16 offsets into the text
 * @param kind direct, partial or indirect
 * @param speaker who said it, or {@code null} when the gold names no checkable speaker
 */
public record ExpectedQuote(Span span, QuoteKind kind, @Nullable String speaker)
    implements Expectation {

  public ExpectedQuote {
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
    checkArgument(!span.isEmpty(), "a quote's span %s must not be empty", span);
  }

  @Override
  public FactType type() {
    return kind == QuoteKind.INDIRECT ? FactType.INDIRECT : FactType.QUOTE;
  }

  @Override
  public String summary() {
    return new Summary().add(span + " " + kind).add("speaker", speaker).toString();
  }
}
