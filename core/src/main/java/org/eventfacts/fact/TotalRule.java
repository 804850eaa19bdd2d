package org.eventfacts.fact;

/** How an event's {@link Total} was made from the statements of its facts. */
public enum TotalRule {
  /** One statement gives the figure. */
  STATED,
  /** The same figure is stated more than once; it counts once. */
  RESTATED,
  /** A later figure replaces earlier ones ("the toll rose to 40"). */
  UPDATED,
  /** Separately stated groups add up ("26 attackers" and "18 officers" killed: 44). */
  SUM,
  /** Only vague figures are stated ("dozens"); the largest is kept. */
  VAGUE,
  /**
   * The injured are those shot less those killed: "six people were shot, one fatally" leaves 5
   * injured, since a count of people shot includes the dead.
   */
  SHOT_LESS_KILLED
}
