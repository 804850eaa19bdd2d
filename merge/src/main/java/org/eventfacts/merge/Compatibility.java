package org.eventfacts.merge;

/**
 * The hard constraints of the merge: two reports of different places or dates, or two events of
 * one document, are never one incident, however alike their words. Checked pair by pair and again
 * for whole groups ({@link Clusters}), so that no chain of look-alikes joins two reports that
 * contradict each other.
 */
final class Compatibility {

  private Compatibility() {}

  static boolean compatible(ReportProfile a, ReportProfile b) {
    if (a.doc() == b.doc()) {
      return false;
    }
    if (a.window() == null || b.window() == null || !a.window().intersects(b.window())) {
      return false;
    }
    return a.place() == null || b.place() == null || a.place().compatibleWith(b.place());
  }
}
