package org.eventfacts.evaluation.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.Member;
import org.jspecify.annotations.Nullable;

/**
 * Scores a merge against incident gold, pair by pair (see {@link PairwiseScore}): each document
 * stands for its main event, the first of its events in the input, as the corpora's event gold
 * takes {@code events[0]}; a document without events is an incident of its own.
 *
 * <pre>{@code
 * List<EventReport> reports = ...;                       // in input order
 * MergeResult result = IncidentMerger.create().merge(reports);
 * PairwiseScore score = MergeEvaluation.score(IncidentGold.in(corpus), reports, result.incidents());
 * }</pre>
 */
public final class MergeEvaluation {

  private MergeEvaluation() {}

  /** Scores the incidents the merge made of {@code reports} against {@code gold}. */
  public static PairwiseScore score(IncidentGold gold, List<EventReport> reports, List<Incident> incidents) {
    Map<String, Member> mainEvent = new HashMap<>();
    for (EventReport report : reports) {
      mainEvent.putIfAbsent(report.doc(), report.member());
    }
    Map<Member, String> incidentOf = new HashMap<>();
    for (Incident incident : incidents) {
      for (Member member : incident.members()) {
        incidentOf.put(member, incident.id());
      }
    }
    List<String> docs = new ArrayList<>(new TreeSet<>(gold.incidentOf().keySet()));
    Map<String, @Nullable String> merged = new HashMap<>();
    for (String doc : docs) {
      Member main = mainEvent.get(doc);
      merged.put(doc, main == null ? null : incidentOf.get(main));
    }
    int goldPairs = 0;
    int predictedPairs = 0;
    int correct = 0;
    List<DocumentPair> misses = new ArrayList<>();
    List<DocumentPair> falseMerges = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        String a = docs.get(i);
        String b = docs.get(j);
        String goldA = Objects.requireNonNull(gold.incidentOf().get(a));
        String goldB = Objects.requireNonNull(gold.incidentOf().get(b));
        boolean inGold = goldA.equals(goldB);
        boolean predicted = merged.get(a) != null && Objects.equals(merged.get(a), merged.get(b));
        DocumentPair pair = new DocumentPair(a, b, goldA, goldB, merged.get(a), merged.get(b));
        goldPairs += inGold ? 1 : 0;
        predictedPairs += predicted ? 1 : 0;
        if (inGold && predicted) {
          correct++;
        } else if (inGold) {
          misses.add(pair);
        } else if (predicted) {
          falseMerges.add(pair);
        }
      }
    }
    return new PairwiseScore(docs.size(), goldPairs, predictedPairs, correct, misses, falseMerges);
  }
}
