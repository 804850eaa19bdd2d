package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A prediction of an exhaustive type that matches no expectation: a fact the extractor read that
 * the gold says the text does not state.
 *
 * <pre>{@code
 * for (FalsePositive wrong : score.falsePositives()) {
 *   System.out.println(wrong.rule() + ": " + wrong.summary() + " <- " + wrong.evidence());
 * }
 * }</pre>
 *
 * @param type the type it was scored as
 * @param summary the predicted fact in one line
 * @param span where it is stated (an actor's first mention)
 * @param evidence the text of the span
 * @param rule the extractor rule that produced it, or {@code null} for actors
 */
public record FalsePositive(
    FactType type, String summary, Span span, String evidence, @Nullable String rule) {

  public FalsePositive {
    checkNotNull(type, "type");
    checkNotNull(summary, "summary");
    checkNotNull(span, "span");
    checkNotNull(evidence, "evidence");
  }

  static FalsePositive of(FactType type, String summary, Evidence evidence, String text) {
    return new FalsePositive(
        type, summary, evidence.span(), evidence.span().coveredText(text), evidence.rule());
  }

  static FalsePositive of(FactType type, String summary, Span mention, String text) {
    return new FalsePositive(type, summary, mention, mention.coveredText(text), null);
  }
}
