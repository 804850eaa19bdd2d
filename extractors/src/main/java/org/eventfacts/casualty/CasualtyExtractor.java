package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventfacts.attribution.Attribution;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.modality.Modality;
import org.eventfacts.modality.ModalityReader;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Reads every casualty count a text asserts: for each casualty word ({@link TriggerFinder}), the
 * counts it states ({@link VictimFinder}), kept when the clause asserts them ({@link
 * ModalityReader}), with their victims, perpetrator, source and hedging.
 *
 * <p>A person counted as killed in a sentence is not also counted as injured there ("was shot and
 * killed"), and one count read through two casualty words is reported once. Restatements in
 * other sentences are kept: the output is one fact per statement, each with its own evidence,
 * and a restatement without a source takes the source another gives ({@link Restatements}); a count
 * without victims or perpetrator takes those its neighbours name ({@link NeighbourSlots}).
 */
public final class CasualtyExtractor {

  /** Victims that say only that there were more of them. */
  private static final ImmutableSet<String> NAMES_NO_ONE = ImmutableSet.of("more", "many more");

  private CasualtyExtractor() {}

  /** The casualty counts of {@code text}, in text order. */
  public static ImmutableList<CasualtyCount> read(ParsedText text, AttributionReader attribution) {
    List<CasualtyCount> facts = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      SemanticGraph graph = sentence.graph();
      if (graph != null && !sentence.isFurniture()) {
        facts.addAll(read(sentence, graph, attribution));
      }
    }
    return NeighbourSlots.fill(text, Restatements.shareSources(facts));
  }

  private static List<CasualtyCount> read(
      ParsedSentence sentence, SemanticGraph graph, AttributionReader attribution) {
    VictimFinder victims = new VictimFinder(sentence, graph);
    Sides sides = new Sides(graph);
    List<Reading> readings = new ArrayList<>();
    for (Trigger trigger : TriggerFinder.find(sentence, graph)) {
      for (Reading reading : victims.read(trigger)) {
        if (isAsserted(sentence, reading)) {
          readings.add(reading);
        }
      }
    }
    readings = withHeadlineToll(readings, HeadlineTolls.read(sentence, graph), sentence);
    Set<Object> killed = new HashSet<>();
    for (Reading reading : readings) {
      if (reading.outcome() == Outcome.KILLED) {
        if (!reading.rule().equals("casualty.amount-of")) {
          killed.add(reading.count().span()); // "Five of the wounded died"
        }
        if (reading.victims() != null) {
          killed.add(reading.victims());
        }
      }
    }
    Map<String, CasualtyCount> unique = new LinkedHashMap<>();
    for (Reading reading : readings) {
      boolean diedOfInjuries =
          reading.outcome() == Outcome.INJURED
              && ((reading.victims() != null && killed.contains(reading.victims()))
                  || killed.contains(reading.count().span()));
      if (diedOfInjuries) {
        continue;
      }
      String key = reading.outcome() + "@" + reading.count().span();
      unique.putIfAbsent(key, toFact(sentence, sides, reading, attribution));
    }
    return new ArrayList<>(unique.values());
  }

  private static boolean isAsserted(ParsedSentence sentence, Reading reading) {
    return ModalityReader.read(sentence, reading.trigger().word(), participants(reading))
        == Modality.ASSERTED;
  }

  /**
   * The readings of a sentence with the counts of the toll it opens with ({@link HeadlineTolls}):
   * a count the grammar read alike is kept as it read it; one it read otherwise, or not at all,
   * is the toll's ("2 Killed, 7 Wounded": not seven killed).
   */
  private static List<Reading> withHeadlineToll(
      List<Reading> readings, List<Reading> toll, ParsedSentence sentence) {
    List<Reading> all = new ArrayList<>(readings);
    List<Reading> added = new ArrayList<>();
    for (Reading count : toll) {
      boolean readAlike =
          all.stream()
              .anyMatch(
                  r -> r.outcome() == count.outcome() && r.count().span().equals(count.count().span()));
      if (readAlike || !isAsserted(sentence, count)) {
        continue;
      }
      all.removeIf(
          r ->
              r.trigger().word().equals(count.trigger().word())
                  || !Collections.disjoint(r.count().words(), count.count().words()));
      added.add(count);
    }
    if (added.isEmpty()) {
      return all;
    }
    all.addAll(added);
    all.sort(Comparator.comparing(r -> r.count().span()));
    return all;
  }

  private static Set<IndexedWord> participants(Reading reading) {
    Set<IndexedWord> participants = new HashSet<>(reading.count().words());
    if (reading.victims() != null) {
      participants.add(reading.victims());
    }
    return participants;
  }

  private static CasualtyCount toFact(
      ParsedSentence sentence,
      Sides sides,
      Reading reading,
      AttributionReader attributions) {
    IndexedWord victimHead = reading.victims();
    SemanticGraph graph = sentence.graph();
    if (victimHead == null && graph != null) {
      victimHead = Partitives.victims(graph, reading.count().words()).orElse(null);
    }
    if (victimHead == null) {
      victimHead = sides.of(reading.trigger().word());
    }
    Phrase victims = null;
    if (victimHead != null) {
      victims =
          NounPhrases.phrase(
                  sentence,
                  victimHead,
                  Sets.union(reading.count().words(), ImmutableSet.of(reading.trigger().word())),
                  false)
              .orElse(null);
    }
    if (victims != null && graph != null) {
      victims = Partitives.withRelativeClause(sentence, graph, victimHead, victims);
    }
    if (victims != null && NAMES_NO_ONE.contains(victims.text().toLowerCase(Locale.ROOT))) {
      victims = null; // "20 were killed and 30 more were wounded": the others name them
    }
    Phrase perpetrator =
        reading.perpetrator() == null
            ? null
            : NounPhrases.phrase(sentence, reading.perpetrator(), ImmutableSet.of(), true)
                .orElse(null);
    Attribution attribution = attributions.read(sentence, reading.trigger().word());
    Span span = reading.count().span().union(sentence.span(reading.trigger().word()));
    if (victims != null) {
      span = span.union(victims.span());
    }
    return new CasualtyCount(
        reading.outcome(),
        reading.count().count(),
        victims,
        perpetrator,
        attribution.source(),
        attribution.hedged(),
        new Evidence(span, sentence.index(), reading.rule()));
  }
}
