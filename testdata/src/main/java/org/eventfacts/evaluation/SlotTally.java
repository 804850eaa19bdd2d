package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How often a slot was right on the matched pairs whose gold gives it.
 *
 * <pre>{@code
 * SlotTally victims = new SlotTally(3, 4);
 * victims.accuracy()  // 0.75
 * }</pre>
 *
 * @param right the pairs on which the prediction had the slot right
 * @param scored the matched pairs whose gold gives the slot
 */
public record SlotTally(int right, int scored) {

  public SlotTally {
    checkArgument(right >= 0, "right must not be negative, got %s", right);
    checkArgument(right <= scored, "right %s exceeds scored %s", right, scored);
  }

  /** Right over scored; 1 when nothing was scored. */
  public double accuracy() {
    return scored == 0 ? 1.0 : (double) right / scored;
  }

  /** The two tallies summed. */
  public SlotTally plus(SlotTally other) {
    return new SlotTally(right + other.right, scored + other.scored);
  }
}
