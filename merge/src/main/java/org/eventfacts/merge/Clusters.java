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
 * two reports of different places or dates, or two events of one document, into one group is
 * refused: each group keeps what its members constrain (the days all their windows share, their
 * documents, their distinct places), so that the check costs the same however the group grew.
 */
final class Clusters {

  private final List<ReportProfile> profiles;
  private final int[] parent;
  private final Map<Integer, Group> groups = new LinkedHashMap<>();

  Clusters(List<ReportProfile> profiles) {
    this.profiles = profiles;
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
    if (!x.compatibleWith(y)) {
      return false;
    }
    int kept = Math.min(rootA, rootB);
    int gone = Math.max(rootA, rootB);
    parent[gone] = kept;
    Group merged = (kept == rootA ? x : y);
    merged.absorb(kept == rootA ? y : x);
    groups.remove(gone);
    groups.put(kept, merged);
    return true;
  }

  /** The groups, each as its members' indices in input order, in order of their first member. */
  List<List<Integer>> members() {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
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

    static Group of(ReportProfile profile) {
      Group group = new Group();
      DateWindow window = Objects.requireNonNull(profile.window());
      group.lo = window.lo();
      group.hi = window.hi();
      group.docs.add(profile.doc());
      if (profile.place() != null) {
        group.places.add(profile.place());
      }
      return group;
    }

    boolean compatibleWith(Group other) {
      if (Math.max(lo, other.lo) > Math.min(hi, other.hi)) {
        return false;
      }
      Set<Integer> small = docs.size() <= other.docs.size() ? docs : other.docs;
      Set<Integer> large = small == docs ? other.docs : docs;
      for (Integer doc : small) {
        if (large.contains(doc)) {
          return false;
        }
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
      for (PlaceProfile place : other.places) {
        if (!places.contains(place)) {
          places.add(place);
        }
      }
    }
  }
}
