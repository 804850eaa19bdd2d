package org.eventfacts.fact;

/**
 * One checkable statement read from a text, with the evidence for it.
 *
 * <pre>{@code
 * for (Fact fact : facts.facts()) {
 *   if (fact instanceof CasualtyCount c) {
 *     System.out.println(c.outcome() + " " + c.count().text());
 *   } else if (fact instanceof Quote q) {
 *     System.out.println(facts.nameOf(q.speaker()) + ": " + q.text());
 *   }
 * }
 * }</pre>
 */
public sealed interface Fact permits IncidentFact, Quote {

  /** Where the fact is stated and which rule read it. */
  Evidence evidence();

  /** The stretch of the input that states the fact. */
  default Span span() {
    return evidence().span();
  }
}
