package org.eventfacts.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Totals an incident's statements honestly:
 *
 * <ul>
 *   <li>a figure stated again counts once ({@link TotalRule#RESTATED}), and a larger figure
 *       includes the single victims a story goes on to describe ("six were shot ... a
 *       24-year-old man died");
 *   <li>a later toll replaces earlier ones ("the toll rose to 40": {@link TotalRule#UPDATED});
 *   <li>groups stated separately, side by side, add up ("26 attackers were killed ... 18
 *       officers died": {@link TotalRule#SUM}, ranges as ranges);
 *   <li>a vague figure ("dozens") is kept only where no exact one is stated ({@link
 *       TotalRule#VAGUE}).
 * </ul>
 */
final class Totals {

  private static final Pattern UPDATE =
      Pattern.compile(
          "(?i)\\b(rose|risen|rises|climbed|climbs|jumped|increased|grew|reached|reaches|"
              + "now stands|has hit|raised|revised|updated)\\b|\\btoll\\b.*\\bto\\b|\\bnow\\b");
  private static final Set<String> GENERIC =
      Set.of(
          "people", "persons", "person", "victims", "dead", "others", "individuals", "bodies",
          "casualties", "civilians");

  private final ParsedText text;
  private final DocumentFacts facts;

  Totals(ParsedText text, DocumentFacts facts) {
    this.text = text;
    this.facts = facts;
  }

  /** The total of one outcome's casualties of an incident, or {@code null} without any. */
  @Nullable Total casualties(List<CasualtyCount> stated) {
    if (stated.isEmpty()) {
      return null;
    }
    List<CasualtyCount> exact =
        stated.stream().filter(c -> c.count().qualifier() != Qualifier.VAGUE).toList();
    if (exact.isEmpty()) {
      CasualtyCount largest =
          stated.stream()
              .max(Comparator.comparing(c -> c.count().min() == null ? 0L : c.count().min()))
              .orElseThrow();
      return new Total(largest.count(), TotalRule.VAGUE, ids(stated));
    }
    CasualtyCount update = null;
    for (CasualtyCount c : exact) {
      if (c != exact.get(0) && isUpdate(c)) {
        update = c;
      }
    }
    if (update != null) {
      List<CasualtyCount> replaced = new ArrayList<>();
      for (CasualtyCount c : exact) {
        if (c.span().compareTo(update.span()) <= 0) {
          replaced.add(c);
        }
      }
      return new Total(update.count(), TotalRule.UPDATED, ids(replaced));
    }
    CasualtyCount largest =
        exact.stream().max(Comparator.comparing(c -> value(c.count()))).orElseThrow();
    List<CasualtyCount> parts = largestSum(exact);
    if (parts.size() > 1 && sum(parts) > value(largest.count())) {
      return new Total(
          CountSum.of(parts.stream().map(CasualtyCount::count).toList()), TotalRule.SUM, ids(parts));
    }
    List<CasualtyCount> same =
        exact.stream()
            .filter(c -> Objects.equals(c.count().value(), largest.count().value()))
            .toList();
    return new Total(
        largest.count(), same.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED, ids(same));
  }

  /**
   * Groups stated side by side (in one sentence or the next, in one paragraph) with victims of
   * their own ("armed criminals", "security forces"), each of two or more people: the largest
   * such run.
   */
  private List<CasualtyCount> largestSum(List<CasualtyCount> exact) {
    List<CasualtyCount> best = List.of();
    for (int i = 0; i < exact.size(); i++) {
      List<CasualtyCount> run = new ArrayList<>();
      Map<String, Boolean> victims = new LinkedHashMap<>();
      for (int j = i; j < exact.size(); j++) {
        CasualtyCount c = exact.get(j);
        if (!run.isEmpty()) {
          CasualtyCount previous = run.get(run.size() - 1);
          int gap = c.evidence().sentence() - previous.evidence().sentence();
          if (gap > 1 || paragraph(c) != paragraph(previous)) {
            break;
          }
        }
        String group = group(c);
        if (group == null || value(c.count()) < 2 || victims.containsKey(group)) {
          continue;
        }
        victims.put(group, true);
        run.add(c);
      }
      if (run.size() > 1 && sum(run) > sum(best)) {
        best = run;
      }
    }
    return best;
  }

  /** The group a count's victims name, or {@code null} for generic words ("people"). */
  private @Nullable String group(CasualtyCount c) {
    String victims = facts.nameOf(c.victims());
    if (victims == null) {
      return null;
    }
    String words = victims.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim();
    String[] split = words.split("\\s+");
    String head = split[split.length - 1];
    return GENERIC.contains(head) || head.isEmpty() ? null : words;
  }

  /** The arrests of an incident: the largest stated group, or else each person named once. */
  @Nullable Total arrests(List<Arrest> stated) {
    if (stated.isEmpty()) {
      return null;
    }
    List<Arrest> counted = stated.stream().filter(a -> a.count() != null).toList();
    if (!counted.isEmpty()) {
      Arrest largest =
          counted.stream()
              .max(Comparator.comparing(a -> value(Objects.requireNonNull(a.count()))))
              .orElseThrow();
      List<Arrest> same =
          counted.stream()
              .filter(a -> Objects.equals(Objects.requireNonNull(a.count()).value(), largest.count().value()))
              .toList();
      Count count = Objects.requireNonNull(largest.count());
      TotalRule rule =
          count.qualifier() == Qualifier.VAGUE
              ? TotalRule.VAGUE
              : same.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED;
      return new Total(count, rule, same.stream().map(Arrest::id).toList());
    }
    Map<String, Arrest> people = new LinkedHashMap<>();
    for (Arrest arrest : stated) {
      String who =
          arrest.arrestee() == null
              ? arrest.id()
              : arrest.arrestee().actorId() != null
                  ? arrest.arrestee().actorId()
                  : facts.nameOf(arrest.arrestee());
      people.putIfAbsent(Objects.requireNonNull(who), arrest);
    }
    int n = people.size();
    String said =
        n == 1
            ? Objects.requireNonNull(facts.nameOf(people.values().iterator().next().arrestee()))
            : String.join(" + ", people.values().stream().map(a -> String.valueOf(facts.nameOf(a.arrestee()))).toList());
    return new Total(
        Count.exact(said, n),
        n == 1 ? (stated.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED) : TotalRule.SUM,
        stated.stream().map(Arrest::id).toList());
  }

  private boolean isUpdate(CasualtyCount c) {
    String sentence = text.sentences().get(c.evidence().sentence()).text();
    return UPDATE.matcher(sentence).find();
  }

  private int paragraph(CasualtyCount c) {
    return text.sentences().get(c.evidence().sentence()).paragraph();
  }

  private static long sum(List<CasualtyCount> counts) {
    return counts.stream().mapToLong(c -> value(c.count())).sum();
  }

  private static long value(Count count) {
    Long value = count.value();
    return value != null ? value : count.min() == null ? 0 : count.min();
  }

  private static List<String> ids(List<CasualtyCount> counts) {
    return counts.stream().map(CasualtyCount::id).toList();
  }
}
