package org.eventfacts.fact;

/**
 * How the text words a number: exactly, as a bound, as an approximation or vaguely.
 *
 * <p>"26" is {@link #EXACT}; "more than a thousand" is {@link #MORE_THAN} 1000; "dozens" is
 * {@link #VAGUE}, with no stated value but a range. The range each qualifier implies is given by
 * {@link Count#qualified(String, long, Qualifier)}.
 */
public enum Qualifier {
  /** "26", "two dozen": the number as stated. */
  EXACT,
  /** "more than 1,000", "over 50": a lower bound, exclusive in speech but kept as the minimum. */
  MORE_THAN,
  /** "at least 12": a lower bound. */
  AT_LEAST,
  /** "almost 750", "nearly 40": just under the number. */
  ALMOST,
  /** "at most 10", "fewer than 20", "less than 5": an upper bound. */
  AT_MOST,
  /** "about 100", "around 30", "some 200", "an estimated 50": an approximation. */
  ABOUT,
  /** "up to 300", "as many as 70": an upper bound on a possibly lower toll. */
  UP_TO,
  /** "dozens", "hundreds", "several", "scores": no stated number, only a range. */
  VAGUE
}
