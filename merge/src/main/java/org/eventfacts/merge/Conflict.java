package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Two members of one incident whose places or dates, as read, tell them apart, and the tie that
 * joined them anyway. The default merge lets the same people, or one story told days later in one
 * city, outweigh such a conflict (places and dates are read by machine and are sometimes wrong);
 * every pair it joined that way is listed on the incident, so that nothing is merged silently and
 * a user who holds that different places or dates are never one incident can see which joins to
 * undo, or merge with {@link IncidentMerger.Builder#strict strict} instead.
 *
 * <pre>{@code
 * for (Conflict conflict : incident.conflicts()) {
 *   System.out.println(conflict.first() + " and " + conflict.second() + " differ in "
 *       + conflict.differ() + ", tied by " + conflict.tie() + " " + conflict.people());
 * }
 * // ledger#e1 and courier#e1 differ in [PLACE], tied by PEOPLE [rita vance, omar lisle]
 * }</pre>
 *
 * @param first the member that comes first in the incident
 * @param second the other member
 * @param differ what tells them apart: their places, their dates, or both
 * @param firstPlace the first member's place as read, or {@code null} when it gives none
 * @param secondPlace the second member's place as read, or {@code null}
 * @param firstDate the first member's date as read
 * @param secondDate the second member's date as read
 * @param tie what outweighed the conflict
 * @param people the people both name (name keys: given name and surname, folded), the victims
 *     and suspects first
 * @param words the distinctive headline words both share
 */
public record Conflict(
    Member first,
    Member second,
    Set<Aspect> differ,
    @Nullable ReportedPlace firstPlace,
    @Nullable ReportedPlace secondPlace,
    ReportedDate firstDate,
    ReportedDate secondDate,
    Tie tie,
    List<String> people,
    List<String> words) {

  /** What two reports may disagree on. */
  public enum Aspect {
    /** The gazetteer tells their places apart. */
    PLACE,
    /** Their date windows share no day. */
    DATE
  }

  /** The evidence that outweighed a conflict (see {@code Ties}). */
  public enum Tie {
    /** The same victims or suspects, or enough people in common, within 400 days. */
    PEOPLE,
    /** The same city, two distinctive headline words, at most six days apart. */
    STORY
  }

  public Conflict {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(!first.equals(second), "a member does not conflict with itself: %s", first);
    checkArgument(differ != null && !differ.isEmpty(), "a conflict differs in a place or a date");
    differ = Sets.immutableEnumSet(differ);
    checkArgument(
        !differ.contains(Aspect.PLACE) || firstPlace != null && secondPlace != null,
        "a conflict of place needs both places");
    checkNotNull(firstDate, "firstDate");
    checkNotNull(secondDate, "secondDate");
    checkNotNull(tie, "tie");
    people = ImmutableList.copyOf(people);
    words = ImmutableList.copyOf(words);
  }
}
