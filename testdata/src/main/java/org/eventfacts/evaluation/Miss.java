package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An expectation no prediction matched: a fact the extractor did not find.
 *
 * <pre>{@code
 * for (Miss miss : score.misses()) {
 *   System.out.println(miss.expectation().summary() + " " + miss.evidence());
 * }
 * }</pre>
 *
 * @param expectation the gold fact
 * @param evidence the text of the gold span for quotes; empty for the other types, whose gold
 *     gives no span
 */
public record Miss(Expectation expectation, String evidence) {

  public Miss {
    checkNotNull(expectation, "expectation");
    checkNotNull(evidence, "evidence");
  }

  static Miss of(Expectation expectation, String text) {
    if (expectation instanceof ExpectedQuote quote && quote.span().end() <= text.length()) {
      return new Miss(expectation, quote.span().coveredText(text));
    }
    return new Miss(expectation, "");
  }
}
