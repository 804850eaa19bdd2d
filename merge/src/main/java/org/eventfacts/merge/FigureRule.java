package org.eventfacts.merge;

/**
 * Which report's figure an incident takes where its articles disagree. Every report stays in
 * {@link Incident#reports()} whatever the rule; the rule only picks the headline figure.
 *
 * <p>Police say 3 dead on Friday, the hospital says 4 on Saturday: {@link #LATEST} gives 4, {@link
 * #CONSERVATIVE} gives 3.
 */
public enum FigureRule {
  /**
   * The figure of the most recently published report: a later toll usually replaces an earlier
   * one. Reports are ordered by their document's publication date, then by their order in the
   * input (a feed's order); a report without a publication date counts as published with the
   * previous one in the input.
   */
  LATEST,
  /**
   * The lowest figure any report gives, as ACLED codes fatalities where sources disagree: a
   * stated number by its value, a vague one ("dozens") by the least it allows. Among equal
   * figures, the latest report's wording is kept.
   */
  CONSERVATIVE
}
