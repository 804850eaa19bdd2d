package org.eventfacts.evaluation;

import java.util.Locale;

/**
 * A detail of a fact that is scored on matched pairs only, as slot accuracy: right / scored.
 *
 * <p>Name and phrase slots ({@link #VICTIMS}, {@link #PERPETRATOR}, {@link #SOURCE}, {@link
 * #ARRESTEE}, {@link #AUTHORITY}, {@link #CHARGE}, {@link #SPEAKER}, {@link #TITLE}) are right
 * when gold and prediction share a content word; {@link #QUALIFIER}, {@link #KIND} and {@link
 * #HEDGED} must be equal; {@link #COUNT} must match as counts match for casualties.
 *
 * <pre>{@code
 * report.total(FactType.CASUALTY).slots().get(Slot.VICTIMS).accuracy()
 * }</pre>
 */
public enum Slot {
  /** An arrest's count, when the gold gives one. */
  COUNT,
  /** How a count is worded: {@code EXACT}, {@code MORE_THAN}, ... */
  QUALIFIER,
  /** Who was killed or injured. */
  VICTIMS,
  /** Who killed or injured them. */
  PERPETRATOR,
  /** Who was arrested. */
  ARRESTEE,
  /** Who made or announced an arrest. */
  AUTHORITY,
  /** The offence an arrest is for. */
  CHARGE,
  /** On whose authority a figure or an arrest is reported. */
  SOURCE,
  /** Whether the text marks the fact as unconfirmed. */
  HEDGED,
  /** {@code DIRECT} or {@code PARTIAL}, for quotes in quotation marks. */
  KIND,
  /** Who said a quote, read through the speaker's canonical name. */
  SPEAKER,
  /**
   * Whether a quote of a named speaker is linked to that speaker's actor: scored when the gold
   * speaker ends in a capitalised word (a name), right when the predicted speaker refers to an
   * actor whose name contains that word.
   */
  SPEAKER_ID,
  /** An actor's title, right when it agrees with any of the predicted actor's titles. */
  TITLE,
  /** An event's date: right when the predicted ISO value starts with the gold day. */
  DATE,
  /** An event's city: right when the predicted place's name shares a content word with it. */
  CITY,
  /** An event's state or province: right when the predicted place's region shares a word. */
  REGION,
  /** An event's country: right when the predicted place's country shares a content word. */
  COUNTRY,
  /** An event's total killed: right when it matches the gold number as casualty counts do. */
  KILLED,
  /** An event's total injured: right when it matches the gold number as casualty counts do. */
  INJURED,
  /** An event's total missing: right when it matches the gold number as casualty counts do. */
  MISSING,
  /** An event's total arrested: right when it matches the gold number as casualty counts do. */
  ARRESTED;

  /** The name reports use: {@code "victims"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
