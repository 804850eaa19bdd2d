package org.eventfacts.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.eventfacts.time.DateReader;
import org.eventfacts.time.DatedHappening;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the date of an incident among the dates its story states. A date counts when it is a
 * day, not after publication, and dates the incident rather than its report or what followed
 * ({@link DatedHappening}): in "A man was arrested Sunday for killing his neighbour Saturday
 * night, police said Monday", Saturday.
 *
 * <p>The sentences are read in this order, and the first date that counts is taken:
 *
 * <ol>
 *   <li>the sentences of the incident's casualties that lie in the lead (for the main incident),
 *       then the rest of the lead;
 *   <li>the sentences of its casualties, then of its other facts, then (for another incident) the
 *       sentence of its paragraph that places it ("In Joliet, a bus overturned on Monday. Four
 *       people were missing");
 *   <li>for the main incident, any sentence of the story whose date, within a week before
 *       publication, modifies a word of an incident ("the shooting happened about 2 a.m.
 *       Thursday"), then one whose date modifies any word but a report or a follow-up ("the bus
 *       was carrying 38 passengers on Wednesday when it left the road");
 *   <li>the date on which the lead says the incident was reported ("police said Thursday"),
 *       which is nearer to it than the publication;
 * </ol>
 *
 * and else the publication date, marked inferred. Within a sentence, a date that modifies a word
 * of the incident comes before one whose word says nothing ("Police scoured the city Saturday for
 * the men who killed four people late Friday": Friday).
 */
final class IncidentDate {

  private static final int RECENT_DAYS = 7;

  private final ParsedText text;
  private final @Nullable LocalDate published;
  private final int leadEnd;

  IncidentDate(ParsedText text, @Nullable LocalDate published, int leadEnd) {
    this.text = text;
    this.published = published;
    this.leadEnd = leadEnd;
  }

  @Nullable EventDate of(Incident incident, boolean main) {
    Set<Integer> where = new LinkedHashSet<>();
    List<Integer> casualties = new ArrayList<>();
    for (IncidentFact fact : incident.facts) {
      if (fact instanceof CasualtyCount) {
        casualties.add(fact.evidence().sentence());
      }
    }
    if (main) {
      for (int sentence : casualties) {
        if (sentence <= leadEnd) {
          where.add(sentence);
        }
      }
      for (ParsedSentence sentence : text.sentences()) {
        if (sentence.index() > leadEnd) {
          break;
        }
        if (!sentence.isFurniture()) {
          where.add(sentence.index());
        }
      }
    }
    where.addAll(casualties);
    for (IncidentFact fact : incident.facts) {
      where.add(fact.evidence().sentence());
    }
    if (!main && incident.place != null && !incident.facts.isEmpty()) {
      int scene = incident.place.sentence();
      int first = incident.facts.get(0).evidence().sentence();
      if (text.sentences().get(scene).paragraph() == text.sentences().get(first).paragraph()) {
        where.add(scene); // "In Joliet, a bus overturned on Monday. Four people were missing ..."
      }
    }
    EventDate reported = null;
    for (int index : where) {
      List<Dated> dates = dates(text.sentences().get(index));
      for (DatedHappening wanted : List.of(DatedHappening.INCIDENT, DatedHappening.UNKNOWN)) {
        for (Dated dated : dates) {
          if (dated.happening() == wanted) {
            return dated.date();
          }
        }
      }
      for (Dated dated : dates) {
        if (reported == null && dated.happening() == DatedHappening.REPORT && index <= leadEnd) {
          reported = dated.date();
        }
      }
    }
    if (main) {
      for (DatedHappening wanted : List.of(DatedHappening.INCIDENT, DatedHappening.UNKNOWN)) {
        for (ParsedSentence sentence : text.sentences()) {
          if (sentence.isFurniture() || where.contains(sentence.index())) {
            continue;
          }
          for (Dated dated : dates(sentence)) {
            if (dated.happening() == wanted && isRecent(dated.date())) {
              return dated.date();
            }
          }
        }
      }
    }
    if (reported != null) {
      return reported;
    }
    return published == null ? null : EventDate.inferredFrom(published);
  }

  /** Within a week before publication: a date further back in the body tells the background. */
  private boolean isRecent(EventDate date) {
    return published == null || !date.firstDay().isBefore(published.minusDays(RECENT_DAYS));
  }

  private record Dated(EventDate date, DatedHappening happening) {}

  /** The day-precise dates of a sentence that are not after publication, with what they date. */
  private List<Dated> dates(ParsedSentence sentence) {
    List<Dated> dates = new ArrayList<>();
    for (EventDate date : DateReader.read(sentence.text(), sentence.span().start(), published)) {
      if (date.precision() == DatePrecision.DAY
          && (published == null || !date.firstDay().isAfter(published))
          && date.span() != null) {
        dates.add(new Dated(date, DatedHappening.of(sentence, date.span())));
      }
    }
    return dates;
  }
}
