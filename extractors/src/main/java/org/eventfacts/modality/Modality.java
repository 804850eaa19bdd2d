package org.eventfacts.modality;

/** Whether a clause states that its event happened. */
public enum Modality {
  /** "Three people were killed": the text asserts it (perhaps on someone's authority). */
  ASSERTED,
  /** "No one was injured", "two others were not hurt": the text denies it. */
  NEGATED,
  /**
   * "He could have been killed", "threatened to kill them", "if anyone is arrested": the event is
   * possible, feared, intended or conditional, not reported.
   */
  HYPOTHETICAL
}
