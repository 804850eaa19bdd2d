package org.eventfacts.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names the conflicts of place or date within a group the default merge joined (see {@link
 * Conflict}): every pair of members that the gazetteer or the date windows tell apart, with the tie
 * that let them join. Only groups that {@link Clusters} joined across such a conflict are looked
 * at, so the usual incident costs nothing here.
 */
final class ConflictFinder {

  private ConflictFinder() {}

  /** The conflicts among {@code members} (in incident order), pair by pair in that order. */
  static List<Conflict> within(List<ReportProfile> members) {
    List<Conflict> conflicts = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        Conflict conflict = between(members.get(i), members.get(j));
        if (conflict != null) {
          conflicts.add(conflict);
        }
      }
    }
    return conflicts;
  }

  /** The conflict of the two reports, or {@code null} when their places and dates agree. */
  static @Nullable Conflict between(ReportProfile a, ReportProfile b) {
    Set<Conflict.Aspect> differ = EnumSet.noneOf(Conflict.Aspect.class);
    DateWindow x = Objects.requireNonNull(a.window(), "a member of an incident is dated");
    DateWindow y = Objects.requireNonNull(b.window(), "a member of an incident is dated");
    if (!x.intersects(y)) {
      differ.add(Conflict.Aspect.DATE);
    }
    if (a.place() != null && b.place() != null && !a.place().compatibleWith(b.place())) {
      differ.add(Conflict.Aspect.PLACE);
    }
    if (differ.isEmpty()) {
      return null;
    }
    Conflict.Tie tie = Ties.byPeople(a, b) ? Conflict.Tie.PEOPLE : Conflict.Tie.STORY;
    return new Conflict(
        a.report().member(),
        b.report().member(),
        differ,
        a.report().place(),
        b.report().place(),
        Objects.requireNonNull(a.report().date()),
        Objects.requireNonNull(b.report().date()),
        tie,
        sharedPeople(a, b),
        sharedWords(a, b));
  }

  /** The people both name, those either names as a victim or suspect first. */
  private static List<String> sharedPeople(ReportProfile a, ReportProfile b) {
    List<String> strong = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (String key : a.people()) {
      if (b.people().contains(key)) {
        (a.names().contains(key) || b.names().contains(key) ? strong : weak).add(key);
      }
    }
    strong.addAll(weak);
    return strong;
  }

  private static List<String> sharedWords(ReportProfile a, ReportProfile b) {
    List<String> shared = new ArrayList<>();
    for (String word : a.words()) {
      if (b.words().contains(word)) {
        shared.add(word);
      }
    }
    return shared;
  }
}
