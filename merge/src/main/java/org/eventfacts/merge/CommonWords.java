package org.eventfacts.merge;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headline words too common in a feed to tell its incidents apart: those in the headlines of
 * more than {@value #SHARE_PERCENT}% of its documents (at least {@value #MIN_DOCUMENTS}). A word
 * is distinctive relative to the feed it comes in: "bakery" tells two stories of a week apart
 * together in a local feed, while "street" or "party" would join half of a city's shootings.
 */
final class CommonWords {

  static final int SHARE_PERCENT = 2;
  static final int MIN_DOCUMENTS = 3;

  private CommonWords() {}

  /** The profiles with their headline words less the feed's common ones. */
  static List<ReportProfile> removedFrom(List<ReportProfile> profiles) {
    Map<String, Integer> documents = new HashMap<>();
    Set<Integer> counted = new HashSet<>();
    for (ReportProfile profile : profiles) {
      if (counted.add(profile.doc())) {
        for (String word : profile.words()) {
          documents.merge(word, 1, Integer::sum);
        }
      }
    }
    long limit = Math.max(MIN_DOCUMENTS, (long) counted.size() * SHARE_PERCENT / 100);
    Set<String> common = new HashSet<>();
    documents.forEach(
        (word, count) -> {
          if (count > limit) {
            common.add(word);
          }
        });
    if (common.isEmpty()) {
      return profiles;
    }
    Map<Set<String>, ImmutableSet<String>> kept = new HashMap<>();
    return profiles.stream()
        .map(
            profile ->
                profile.withWords(
                    kept.computeIfAbsent(
                        profile.words(),
                        words ->
                            words.stream()
                                .filter(word -> !common.contains(word))
                                .collect(ImmutableSet.toImmutableSet()))))
        .toList();
  }
}
