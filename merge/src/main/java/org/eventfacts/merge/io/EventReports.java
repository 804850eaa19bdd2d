package org.eventfacts.merge.io;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Total;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Figure;
import org.eventfacts.merge.ReportedDate;
import org.eventfacts.merge.ReportedPlace;
import org.jspecify.annotations.Nullable;

/**
 * The {@link EventReport EventReports} of a document's facts, for callers that hold the fact model
 * rather than its JSON (a service, a Spark job): the same reading as {@link FactsLines}.
 *
 * <pre>{@code
 * DocumentFacts facts = extractor.extract(document);
 * List<EventReport> reports = EventReports.of(facts, document.published(), document.title());
 * }</pre>
 */
public final class EventReports {

  private EventReports() {}

  /** One report per event of {@code facts}, in the document's order (its main event first). */
  public static ImmutableList<EventReport> of(
      DocumentFacts facts, @Nullable LocalDate published, @Nullable String title) {
    LocalDate day = published;
    if (day == null) {
      for (Event event : facts.events()) {
        if (event.date() != null && event.date().inferred()) {
          day = event.date().firstDay();
          break;
        }
      }
    }
    EventNames names = new EventNames();
    for (Actor actor : facts.actors()) {
      names.actor(actor.id(), actor.name(), actor.kind() == ActorKind.PERSON, !actor.titles().isEmpty());
    }
    ImmutableList.Builder<EventReport> reports = ImmutableList.builder();
    for (Event event : facts.events()) {
      EventReport.Builder report =
          EventReport.builder(facts.id(), event.id())
              .published(day)
              .headline(title)
              .date(event.date() == null ? null : ReportedDate.of(event.date()))
              .place(event.place() == null ? null : ReportedPlace.of(event.place()));
      figure(report, Figure.KILLED, event.killed(), facts);
      figure(report, Figure.INJURED, event.injured(), facts);
      figure(report, Figure.MISSING, event.missing(), facts);
      figure(report, Figure.ARRESTED, event.arrested(), facts);
      Set<String> linked = new LinkedHashSet<>();
      for (String factId : event.facts()) {
        facts.fact(factId).ifPresent(fact -> linked.addAll(actorsOf(fact)));
      }
      names.linked(linked).forEach(report::name);
      names.others(linked).forEach(report::person);
      reports.add(report.build());
    }
    return reports.build();
  }

  private static void figure(
      EventReport.Builder report, Figure figure, @Nullable Total total, DocumentFacts facts) {
    if (total == null) {
      return;
    }
    Set<String> sources = new LinkedHashSet<>();
    for (String factId : total.facts()) {
      facts
          .fact(factId)
          .map(fact -> facts.nameOf(sourceOf(fact)))
          .ifPresent(sources::add);
    }
    report.figure(figure, total.count(), sources.isEmpty() ? null : String.join("; ", sources));
  }

  private static @Nullable Phrase sourceOf(IncidentFact fact) {
    if (fact instanceof CasualtyCount casualty) {
      return casualty.source();
    }
    return fact instanceof Arrest arrest ? arrest.source() : null;
  }

  private static List<String> actorsOf(IncidentFact fact) {
    List<@Nullable Phrase> slots = new ArrayList<>();
    if (fact instanceof CasualtyCount casualty) {
      slots.add(casualty.victims());
      slots.add(casualty.perpetrator());
    } else if (fact instanceof Arrest arrest) {
      slots.add(arrest.arrestee());
    }
    List<String> ids = new ArrayList<>();
    for (Phrase phrase : slots) {
      if (phrase != null && phrase.actorId() != null) {
        ids.add(phrase.actorId());
      }
    }
    return ids;
  }
}
