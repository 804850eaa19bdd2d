package org.eventfacts.fact;

/** How a {@link Quote} reports what was said. */
public enum QuoteKind {
  /** A whole statement in quotation marks: "'We will not retreat,' said Voss". */
  DIRECT,
  /**
   * A quoted fragment inside the writer's own sentence: "described the calls as 'reckless'"; also
   * a scare quote that nobody is reported as saying (then the speaker is {@code null}).
   */
  PARTIAL,
  /** Reported speech without quotation marks: "Kellan warned that it would be difficult". */
  INDIRECT
}
