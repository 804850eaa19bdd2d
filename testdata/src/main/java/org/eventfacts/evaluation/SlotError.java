package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A matched pair whose prediction has one slot wrong: the fact was found, but, say, with the wrong
 * speaker or no charge.
 *
 * <pre>{@code
 * for (SlotError error : score.slotErrors()) {
 *   System.out.println(error.slot() + ": " + error.expected().summary() + " <- " + error.predicted().summary());
 * }
 * }</pre>
 *
 * @param slot the slot the prediction has wrong
 * @param expected the gold fact
 * @param predicted the prediction matched with it, as a diagnostic line
 */
public record SlotError(Slot slot, Expectation expected, FalsePositive predicted) {

  public SlotError {
    checkNotNull(slot, "slot");
    checkNotNull(expected, "expected");
    checkNotNull(predicted, "predicted");
  }
}
