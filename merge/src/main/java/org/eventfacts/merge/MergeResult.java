package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a merge made: the incidents, and how much work it took, so that a caller can see that the
 * comparisons grow with the input, not with its square.
 *
 * <pre>{@code
 * MergeResult result = IncidentMerger.create().merge(reports);
 * result.incidents().size()   // 2
 * result.reports()            // 6 events read
 * result.comparisons()        // 9 pairs compared
 * }</pre>
 *
 * @param incidents one per group of events, in order of each group's first event in the input
 * @param reports how many event reports were merged
 * @param comparisons how many pairs of reports were scored
 * @param skippedBlocks how many blocks held too many reports to compare (their reports stay
 *     apart there); 0 in any ordinary feed
 */
public record MergeResult(
    List<Incident> incidents, long reports, long comparisons, long skippedBlocks) {

  public MergeResult {
    incidents = ImmutableList.copyOf(incidents);
    checkArgument(reports >= 0 && comparisons >= 0 && skippedBlocks >= 0, "counts are not negative");
  }
}
