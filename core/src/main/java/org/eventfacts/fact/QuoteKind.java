package org.eventfacts.fact;

/** How a {@link Quote} reports what was said. */
public enum QuoteKind {
  /** A whole statement in quotation marks: "'I gave the order,' said Tokayev". */
  DIRECT,
  /**
   * A quoted fragment inside the writer's own sentence: "described the calls as 'absurd'"; also
   * a scare quote that nobody is reported as saying (then the speaker is {@code null}).
   */
  PARTIAL,
  /** Reported speech without quotation marks: "Blinken warned that it would be difficult". */
  INDIRECT
}
