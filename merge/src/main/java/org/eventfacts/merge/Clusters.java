package org.eventfacts.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The growing groups of reports, joined pair by pair (a union-find), where a join that would put
 * two incompatible reports ({@link Compatibility}: two events of one document, or a conflict of
 * place or date that no people tie) into one group is refused. Each group keeps what its members
 * constrain (the days all their windows share, their documents, their distinct places), so that
 * the usual check costs the same however the group grew; only where that summary finds a conflict
 * (a group holding reports tied by their people) are the members compared pair by pair.
 */
final class Clusters {

  /** The most pairs the slow check compares before it refuses a join. */
  private static final long MAX_CHECKS = 1_000_000;

  private final List<ReportProfile> profiles;
  private final boolean strict;
  private final int[] parent;
  private final Map<Integer, Group> groups = new LinkedHashMap<>();

  Clusters(List<ReportProfile> profiles) {
    this(profiles, false);
  }

  /**
   * Groups of {@code profiles}; when {@code strict}, no group holds two reports whose places or
   * dates disagree, whatever ties them.
   */
  Clusters(List<ReportProfile> profiles, boolean strict) {
    this.profiles = profiles;
    this.strict = strict;
    this.parent = new int[profiles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  /** Joins the groups of the two reports unless that would break a constraint; whether it did. */
  boolean join(int a, int b) {
    int rootA = root(a);
    int rootB = root(b);
    if (rootA == rootB) {
      return true;
    }
    Group x = group(rootA);
    Group y = group(rootB);
    if (x.sharesDocumentWith(y)) {
      return false;
    }
    boolean agree = x.agreesWith(y);
    if (!agree && (strict || !everyPairCompatible(x, y))) {
      return false; // under strict, the summary's answer is the pairs' (intervals meet pairwise iff all do)
    }
    int kept = Math.min(rootA, rootB);
    int gone = Math.max(rootA, rootB);
    parent[gone] = kept;
    Group merged = (kept == rootA ? x : y);
    merged.absorb(kept == rootA ? y : x);
    merged.conflicted |= !agree;
    groups.remove(gone);
    groups.put(kept, merged);
    return true;
  }

  /**
   * Whether the group of {@code member} was joined across a conflict of place or date (some of
   * its members' places or dates, as read, disagree).
   */
  boolean conflicted(int member) {
    Group group = groups.get(root(member));
    return group != null && group.conflicted;
  }

  /** The groups, each as its members' indices in input order, in order of their first member. */
  List<List<Integer>> members() {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
  }

  /**
   * Whether every member of one group may be one incident with every member of the other: the
   * slow check, where the groups' summaries disagree (a group holds reports tied by their people
   * across a conflict of place or date). Refused beyond {@value #MAX_CHECKS} checks.
   */
  private boolean everyPairCompatible(Group x, Group y) {
    if ((long) x.members.size() * y.members.size() > MAX_CHECKS) {
      return false;
    }
    for (int a : x.members) {
      for (int b : y.members) {
        if (!Compatibility.compatible(profiles.get(a), profiles.get(b), strict)) {
          return false;
        }
      }
    }
    return true;
  }

  private int root(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  private Group group(int root) {
    return groups.computeIfAbsent(root, r -> Group.of(profiles.get(r)));
  }

  /** What a group's members constrain together. */
  private static final class Group {
    long lo;
    long hi;
    final Set<Integer> docs = new HashSet<>();
    final List<PlaceProfile> places = new ArrayList<>();
    final List<Integer> members = new ArrayList<>();
    boolean conflicted;

    static Group of(ReportProfile profile) {
      Group group = new Group();
      group.members.add(profile.index());
      DateWindow window = Objects.requireNonNull(profile.window());
      group.lo = window.lo();
      group.hi = window.hi();
      group.docs.add(profile.doc());
      if (profile.place() != null) {
        group.places.add(profile.place());
      }
      return group;
    }

    boolean sharesDocumentWith(Group other) {
      Set<Integer> small = docs.size() <= other.docs.size() ? docs : other.docs;
      Set<Integer> large = small == docs ? other.docs : docs;
      for (Integer doc : small) {
        if (large.contains(doc)) {
          return true;
        }
      }
      return false;
    }

    /** Whether all members of both may have happened on one day in one place (the fast check). */
    boolean agreesWith(Group other) {
      if (Math.max(lo, other.lo) > Math.min(hi, other.hi)) {
        return false;
      }
      for (PlaceProfile mine : places) {
        for (PlaceProfile theirs : other.places) {
          if (!mine.compatibleWith(theirs)) {
            return false;
          }
        }
      }
      return true;
    }

    void absorb(Group other) {
      lo = Math.max(lo, other.lo);
      hi = Math.min(hi, other.hi);
      docs.addAll(other.docs);
      members.addAll(other.members);
      conflicted |= other.conflicted;
      for (PlaceProfile place : other.places) {
        if (!places.contains(place)) {
          places.add(place);
        }
      }
    }
  }
}
