package org.eventfacts.merge;

/**
 * When two reports are one incident although their places or dates, as read, disagree. A place or
 * a date is read by machine and is sometimes wrong: a town resolved to its namesake abroad, a
 * follow-up story dated by its own news (the arrest, the arraignment, the victim named) rather
 * than by the incident. Two kinds of evidence outweigh such a conflict, because chance cannot
 * explain them:
 *
 * <ul>
 *   <li><b>the same people</b> ({@link #byPeople}): two people, one of them named by the facts of
 *       either as a victim, perpetrator or arrestee; or one such victim or suspect and a
 *       distinctive word of both headlines; or four people of any kind (fewer could be a
 *       newsroom's bylines and credits, which recur across its stories); within {@value
 *       #PEOPLE_DAYS} days (a trial or an arrest follows within the year; the same names years
 *       apart are more likely a new incident);
 *   <li><b>the same story, days later</b> ({@link #byStory}): the same city, two distinctive
 *       headline words in common, and dates at most {@value #STORY_DAYS} days apart beyond what
 *       each allows.
 * </ul>
 *
 * <p>Tied reports merge (their score is at least the threshold); two events of one document are
 * never tied.
 */
final class Ties {

  /** How far apart the date windows of two reports tied by their people may lie, in days. */
  static final long PEOPLE_DAYS = 400;

  /** How far apart the date windows of two reports of one story may lie, in days. */
  static final long STORY_DAYS = 6;

  private Ties() {}

  static boolean tied(ReportProfile a, ReportProfile b) {
    return byPeople(a, b) || byStory(a, b);
  }

  static boolean byPeople(ReportProfile a, ReportProfile b) {
    if (gap(a, b) > PEOPLE_DAYS) {
      return false;
    }
    SharedPeople shared = SharedPeople.of(a, b);
    if (shared.strong() >= 1 && shared.total() >= 2 || shared.total() >= 4) {
      return true;
    }
    return shared.strong() >= 1 && Similarity.sharedWords(a, b) >= 1;
  }

  static boolean byStory(ReportProfile a, ReportProfile b) {
    PlaceProfile x = a.place();
    PlaceProfile y = b.place();
    return x != null
        && y != null
        && x.level() == PlaceProfile.Level.CITY
        && y.level() == PlaceProfile.Level.CITY
        && x.compatibleWith(y)
        && x.sameName(y)
        && gap(a, b) <= STORY_DAYS
        && Similarity.sharedWords(a, b) >= 2;
  }

  /** The days between the two date windows (0 when they meet); unbounded when one is undated. */
  private static long gap(ReportProfile a, ReportProfile b) {
    DateWindow x = a.window();
    DateWindow y = b.window();
    if (x == null || y == null) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, Math.max(x.lo(), y.lo()) - Math.min(x.hi(), y.hi()));
  }
}
