package org.eventfacts.evaluation.merge;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * Two documents that the gold or the merge put in one incident, with what each side says of
 * them: the gold incident of each, and the merged incident of each one's main event.
 *
 * @param first the document whose id sorts first
 * @param second the other document
 * @param goldFirst the gold incident of {@code first}
 * @param goldSecond the gold incident of {@code second}
 * @param mergedFirst the incident the merge put {@code first}'s main event in, or {@code null}
 *     when it has no event
 * @param mergedSecond the same for {@code second}
 */
public record DocumentPair(
    String first,
    String second,
    String goldFirst,
    String goldSecond,
    @Nullable String mergedFirst,
    @Nullable String mergedSecond) {

  public DocumentPair {
    checkArgument(first.compareTo(second) < 0, "a pair's documents in id order: %s, %s", first, second);
  }

  @Override
  public String toString() {
    return first + " + " + second + "  (gold " + goldFirst + (goldFirst.equals(goldSecond) ? "" : " / " + goldSecond)
        + "; merged " + mergedFirst + " / " + mergedSecond + ")";
  }
}
