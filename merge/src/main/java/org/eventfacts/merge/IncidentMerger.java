package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the events of many documents into incidents: the reports of one shooting by five
 * outlets become one incident that keeps every outlet's figures. Immutable and thread-safe: build
 * once, share.
 *
 * <pre>{@code
 * IncidentMerger merger = IncidentMerger.builder().figureRule(FigureRule.CONSERVATIVE).build();
 * MergeResult result = merger.merge(reports);          // any Iterable<EventReport>, read once
 * for (Incident incident : result.incidents()) {
 *   IncidentFigure killed = incident.figure(Figure.KILLED);
 *   ...
 * }
 * }</pre>
 *
 * <p>How it decides: two reports are one incident only if they come from different documents,
 * their dates can be the same day and their places the same place ({@code Compatibility}: the
 * hard constraints, also kept for whole groups), and the evidence they share (the same day, the
 * same city, a person both name, tolls that agree, distinctive headline words) outweighs what
 * sets them apart ({@code Similarity}). A conflict of place or date, which machine reading
 * sometimes makes, is outweighed only by the same victims or suspects, or by one story told days
 * apart in one city ({@code Ties}), and every incident joined so lists it in {@link
 * Incident#conflicts()}; a {@link Builder#strict strict} merger lets nothing outweigh it. Pairs are found by blocking on place and date, and on the
 * people named ({@code Blocks}), scored, and joined best first ({@code Clusters}), so the result
 * does not depend on the order of the input. Reports without any date are never merged.
 *
 * <p>Memory holds one compact profile per report (not the documents); time grows with the number
 * of reports times the reports that share their place and days.
 */
public final class IncidentMerger {

  private final FigureRule figureRule;
  private final boolean strict;
  private final int inferredReach;
  private final long maxPairsPerBlock;

  private IncidentMerger(Builder builder) {
    this.figureRule = builder.figureRule;
    this.strict = builder.strict;
    this.inferredReach = builder.inferredReach;
    this.maxPairsPerBlock = builder.maxPairsPerBlock;
  }

  /** A merger with the defaults: {@link FigureRule#LATEST}, a reach of 7 days. */
  public static IncidentMerger create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The rule that picks each incident's figures. */
  public FigureRule figureRule() {
    return figureRule;
  }

  /** Whether reports whose places or dates disagree never merge, whatever ties them. */
  public boolean strict() {
    return strict;
  }

  /** Merges the reports (read once, in order) into incidents. */
  public MergeResult merge(Iterable<EventReport> reports) {
    List<ReportProfile> profiles = new ArrayList<>();
    Map<String, Integer> docs = new HashMap<>();
    SharedValues shared = new SharedValues();
    for (EventReport report : reports) {
      checkNotNull(report, "report");
      int doc = docs.computeIfAbsent(report.doc(), d -> docs.size());
      profiles.add(ReportProfile.of(profiles.size(), doc, report, inferredReach, shared));
    }
    docs.clear();
    profiles = CommonWords.removedFrom(profiles);
    List<ScoredPair> pairs = new ArrayList<>();
    long[] comparisons = {0};
    Blocks blocks = new Blocks(profiles, maxPairsPerBlock);
    Blocks.PairSink scorer =
        (a, b) -> {
          comparisons[0]++;
          if (Compatibility.compatible(a, b, strict)) {
            double score = Similarity.score(a, b);
            if (score >= Similarity.THRESHOLD) {
              pairs.add(ScoredPair.of(a, b, score));
            }
          }
        };
    blocks.forEachPair(scorer);
    blocks.forEachPairByPeople(scorer);
    pairs.sort(ScoredPair.BEST_FIRST);
    Clusters clusters = new Clusters(profiles, strict);
    for (ScoredPair pair : pairs) {
      clusters.join(pair.first(), pair.second());
    }
    List<Incident> incidents = new ArrayList<>();
    for (List<Integer> group : clusters.members()) {
      List<EventReport> members = new ArrayList<>(group.size());
      List<ReportProfile> memberProfiles = new ArrayList<>(group.size());
      for (int index : group) {
        members.add(profiles.get(index).report());
        memberProfiles.add(profiles.get(index));
      }
      List<Conflict> conflicts =
          clusters.conflicted(group.get(0)) ? ConflictFinder.within(memberProfiles) : List.of();
      incidents.add(IncidentAssembly.assemble(members, figureRule, conflicts));
    }
    return new MergeResult(incidents, profiles.size(), comparisons[0], blocks.skippedBlocks());
  }

  /**
   * Two reports worth joining, with their score; equal scores are taken in the order of their
   * members' ids, so that the input's order does not matter.
   */
  private record ScoredPair(int first, int second, double score, Member low, Member high) {
    static final Comparator<ScoredPair> BEST_FIRST =
        Comparator.comparingDouble(ScoredPair::score)
            .reversed()
            .thenComparing(ScoredPair::low)
            .thenComparing(ScoredPair::high);

    static ScoredPair of(ReportProfile a, ReportProfile b, double score) {
      Member x = a.report().member();
      Member y = b.report().member();
      boolean ordered = x.compareTo(y) <= 0;
      return new ScoredPair(a.index(), b.index(), score, ordered ? x : y, ordered ? y : x);
    }
  }

  /** Configures an {@link IncidentMerger}. */
  public static final class Builder {

    private FigureRule figureRule = FigureRule.LATEST;
    private boolean strict;
    private int inferredReach = 7;
    private long maxPairsPerBlock = 5_000_000;

    private Builder() {}

    /** Which report's figure an incident takes (default {@link FigureRule#LATEST}). */
    public Builder figureRule(FigureRule figureRule) {
      this.figureRule = checkNotNull(figureRule, "figureRule");
      return this;
    }

    /**
     * Whether two reports whose places the gazetteer tells apart, or whose dates cannot be one
     * day, never merge, whatever people or story tie them (default {@code false}: such ties
     * outweigh the conflict, because places and dates are read by machine and are sometimes wrong,
     * and every incident joined that way lists its {@link Incident#conflicts() conflicts}). A
     * strict merge misses the follow-up dated by its arrest and the town resolved to its namesake
     * abroad; it never joins reports that, as read, contradict each other.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * How many days before its publication an event may have happened when its text dates
     * nothing and the publication date stands in (default 7).
     */
    public Builder inferredReach(int days) {
      checkArgument(days >= 0 && days <= 366, "a reach of 0 to 366 days, got %s", days);
      this.inferredReach = days;
      return this;
    }

    /**
     * The most comparisons one block may take before it is skipped (default 5,000,000: a block
     * of about 2,000 reports on one day in one region).
     */
    public Builder maxPairsPerBlock(long pairs) {
      checkArgument(pairs > 0, "a positive limit, got %s", pairs);
      this.maxPairsPerBlock = pairs;
      return this;
    }

    public IncidentMerger build() {
      return new IncidentMerger(this);
    }
  }
}
