package org.eventfacts.merge;

/**
 * The hard constraints of the merge: two events of one document are never one incident; two
 * reports whose dates cannot be one day, or whose places the gazetteer tells apart, are not one
 * incident unless their people or their story tie them ({@link Ties}), and never under a strict
 * merge; an undated report is merged with nothing. Checked pair by pair and again for whole groups ({@link Clusters}), so that
 * no chain of look-alikes joins two reports that contradict each other.
 */
final class Compatibility {

  private Compatibility() {}

  /** Whether the two may be one incident under the default merge (ties outweigh a conflict). */
  static boolean compatible(ReportProfile a, ReportProfile b) {
    return compatible(a, b, false);
  }

  /**
   * Whether the two may be one incident; when {@code strict}, only if their places and dates agree
   * as read, whatever ties them.
   */
  static boolean compatible(ReportProfile a, ReportProfile b, boolean strict) {
    if (a.doc() == b.doc()) {
      return false;
    }
    return placeAndDateAgree(a, b) || !strict && Ties.tied(a, b);
  }

  /** Whether the two may have happened on one day in one place, as their reports state them. */
  static boolean placeAndDateAgree(ReportProfile a, ReportProfile b) {
    if (a.window() == null || b.window() == null || !a.window().intersects(b.window())) {
      return false;
    }
    return a.place() == null || b.place() == null || a.place().compatibleWith(b.place());
  }
}
