package org.eventfacts.merge;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One instance of each place profile and word a merge derives: a feed names the same cities and
 * uses the same words over and over, and holding them once keeps the memory of a large merge to
 * what differs between reports.
 */
final class SharedValues {

  private static final int MAX = 500_000;

  private final Map<ReportedPlace, PlaceProfile> places = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();
  private final Map<Set<String>, ImmutableSet<String>> sets = new HashMap<>();

  PlaceProfile place(ReportedPlace place) {
    PlaceProfile profile = places.get(place);
    if (profile == null) {
      PlaceProfile fresh = PlaceProfile.of(place);
      profile =
          new PlaceProfile(
              word(fresh.name()),
              fresh.level(),
              fresh.region() == null ? null : word(fresh.region()),
              fresh.countryCode() == null ? null : word(fresh.countryCode()),
              fresh.lat(),
              fresh.lon());
      if (places.size() < MAX) {
        places.put(place, profile);
      }
    }
    return profile;
  }

  String word(String word) {
    String one = words.get(word);
    if (one == null) {
      one = word;
      if (words.size() < MAX) {
        words.put(word, word);
      }
    }
    return one;
  }

  ImmutableSet<String> words(ImmutableSet<String> fresh) {
    if (fresh.isEmpty()) {
      return fresh;
    }
    ImmutableSet<String> known = sets.get(fresh);
    if (known != null) {
      return known;
    }
    ImmutableSet.Builder<String> shared = ImmutableSet.builderWithExpectedSize(fresh.size());
    for (String word : fresh) {
      shared.add(word(word));
    }
    ImmutableSet<String> set = shared.build();
    if (sets.size() < MAX) {
      sets.put(set, set);
    }
    return set;
  }
}
