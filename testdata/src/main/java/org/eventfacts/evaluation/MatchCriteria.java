package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The rules for one scored type within one document: which expectations and predictions take
 * part, when a prediction matches an expectation, how the slots of a matched pair are judged,
 * and how a prediction that matches nothing is shown.
 *
 * @param <E> the kind of expectation
 * @param <P> the kind of predicted fact
 */
interface MatchCriteria<E extends Expectation, P> {

  FactType type();

  /** The gold expectations of this type. */
  ImmutableList<E> expectations(GoldDocument gold);

  /** The predictions of this type that are scored. */
  ImmutableList<P> predictions();

  /** Whether {@code predicted} states the fact {@code expected} describes. */
  boolean matches(E expected, P predicted);

  /**
   * For each slot the gold gives, whether the prediction has it right; a slot the prediction
   * lacks is wrong.
   */
  ImmutableMap<Slot, Boolean> slots(E expected, P predicted);

  /** The prediction as a diagnostic line. */
  FalsePositive describe(P predicted);
}
