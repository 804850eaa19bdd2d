package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * Predictions built from a document's gold, one per expectation, as a perfect extractor would
 * return them; the corpus README requires that these score perfectly.
 */
final class GoldFacts {

  private static final Span NOWHERE = new Span(0, 0);
  private static final Evidence NO_EVIDENCE = new Evidence(NOWHERE, 0, "gold");

  private GoldFacts() {}

  static DocumentFacts of(CorpusDocument document) {
    List<CasualtyCount> casualties = new ArrayList<>();
    List<Arrest> arrests = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    Map<String, String> speakers = new HashMap<>();
    for (Expectation expectation : document.gold().expectations()) {
      if (expectation instanceof ExpectedCasualty c) {
        casualties.add(
            new CasualtyCount(
                c.outcome(),
                count(c.count()),
                phrase(c.victims()),
                phrase(c.perpetrator()),
                phrase(c.source()),
                Boolean.TRUE.equals(c.hedged()),
                NO_EVIDENCE));
      } else if (expectation instanceof ExpectedArrest a) {
        GoldCount arrested = a.count();
        arrests.add(
            new Arrest(
                phrase(a.arrestee()),
                arrested == null ? null : count(arrested),
                phrase(a.authority()),
                phrase(a.charge()),
                phrase(a.source()),
                Boolean.TRUE.equals(a.hedged()),
                NO_EVIDENCE));
      } else if (expectation instanceof ExpectedQuote q) {
        Phrase speaker = phrase(q.speaker());
        if (speaker != null) {
          // A perfect extractor links the speaker to its actor; GROUP keeps these out of the
          // actor precision, which counts people and organisations only.
          String id = "speaker" + speakers.size();
          String known = speakers.putIfAbsent(speaker.text(), id);
          if (known == null) {
            actors.add(new Actor(id, speaker.text(), ActorKind.GROUP, List.of(), null, List.of(NOWHERE)));
          }
          speaker = speaker.withActor(known == null ? id : known);
        }
        quotes.add(
            new Quote(
                q.span().coveredText(document.text()),
                q.kind(),
                speaker,
                null,
                null,
                new Evidence(q.span(), 0, "gold")));
      } else if (expectation instanceof ExpectedActor a) {
        String title = a.title();
        actors.add(
            new Actor(
                "a" + actors.size(),
                a.name(),
                a.kind(),
                title == null ? List.of() : List.of(title),
                null,
                List.of(NOWHERE)));
      }
    }
    DocumentFacts facts =
        new DocumentFacts(
            document.id(),
            document.text(),
            ImmutableList.copyOf(casualties),
            ImmutableList.copyOf(arrests),
            ImmutableList.copyOf(quotes),
            ImmutableList.copyOf(actors));
    List<ExpectedEvent> goldEvents =
        document.gold().expectations(FactType.EVENT).stream()
            .map(ExpectedEvent.class::cast)
            .toList();
    if (goldEvents.isEmpty()) {
      return facts;
    }
    // A total rests on facts: each gold total on a gold casualty that states its number, or on
    // a casualty made for it where the gold lists none.
    List<CasualtyCount> numbered = new ArrayList<>();
    for (CasualtyCount c : facts.casualties()) {
      numbered.add(c);
    }
    Set<CasualtyCount> taken = new HashSet<>();
    List<Event> events = new ArrayList<>();
    for (ExpectedEvent event : goldEvents) {
      Total killed = total(numbered, Outcome.KILLED, event.killed(), taken);
      Total injured = total(numbered, Outcome.INJURED, event.injured(), taken);
      List<String> ids = new ArrayList<>();
      for (Total t : new Total[] {killed, injured}) {
        if (t != null) {
          ids.addAll(t.facts());
        }
      }
      events.add(
          new Event(
              "e" + (events.size() + 1),
              event.date() == null ? null : EventDate.day("gold", event.date(), NOWHERE),
              place(event),
              killed,
              injured,
              null,
              null,
              ids,
              NOWHERE));
    }
    return new DocumentFacts(
        facts.id(),
        facts.text(),
        numbered,
        facts.arrests(),
        facts.quotes(),
        facts.actors(),
        events);
  }

  private static @Nullable Total total(
      List<CasualtyCount> casualties, Outcome outcome, @Nullable Long total, Set<CasualtyCount> taken) {
    if (total == null) {
      return null;
    }
    CasualtyCount stating =
        casualties.stream()
            .filter(c -> c.outcome() == outcome && !taken.contains(c))
            .filter(c -> c.count().value() != null && c.count().value() == total.longValue())
            .findFirst()
            .orElse(null);
    if (stating == null) {
      stating =
          new CasualtyCount(
                  outcome, Count.exact(total.toString(), total), null, null, null, false, NO_EVIDENCE)
              .withIds("c" + (casualties.size() + 1), null);
      casualties.add(stating);
    }
    taken.add(stating);
    return new Total(stating.count(), TotalRule.STATED, List.of(stating.id()));
  }

  private static @Nullable Place place(ExpectedEvent event) {
    String city = event.city();
    String region = event.region();
    String country = event.country();
    String name = city != null ? city : region != null ? region : country;
    if (name == null) {
      return null;
    }
    PlaceKind kind =
        city != null ? PlaceKind.CITY : region != null ? PlaceKind.REGION : PlaceKind.COUNTRY;
    return new Place(name, name, kind, region, country, null, null, null, NOWHERE);
  }

  private static Count count(GoldCount gold) {
    Long value = gold.value();
    Long min = gold.min();
    Qualifier qualifier = gold.qualifier();
    if (value != null) {
      return qualifier == null
          ? Count.exact(gold.summary(), value)
          : Count.qualified(gold.summary(), value, qualifier);
    }
    if (min == null) {
      throw new AssertionError("a gold count has a value or a min: " + gold);
    }
    return Count.vague(gold.summary(), min, gold.max());
  }

  private static @Nullable Phrase phrase(@Nullable String text) {
    return text == null ? null : Phrase.of(text, NOWHERE);
  }
}
