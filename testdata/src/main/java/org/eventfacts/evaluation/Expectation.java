package org.eventfacts.evaluation;

/**
 * One fact a gold file says the text states, which a good extractor must find.
 *
 * <pre>{@code
 * for (Expectation e : gold.expectations()) {
 *   System.out.println(e.type().label() + " " + e.summary());
 * }
 * }</pre>
 */
public sealed interface Expectation
    permits ExpectedCasualty, ExpectedArrest, ExpectedQuote, ExpectedActor, ExpectedEvent {

  /** The type this expectation is scored as. */
  FactType type();

  /** The expectation in one line, for diagnostics. */
  String summary();
}
