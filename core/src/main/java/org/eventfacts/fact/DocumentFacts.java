package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from one document: its facts, the actors they refer to, and the text the
 * evidence spans point into.
 *
 * <pre>{@code
 * DocumentFacts facts = EventFacts.extract(text);
 * for (CasualtyCount c : facts.casualties()) {
 *   System.out.println(c.count().text() + " " + c.outcome() + ": " + c.span().coveredText(text));
 * }
 * }</pre>
 *
 * @param id the document's identifier (a file name, or empty when the caller gave none)
 * @param text the text the spans refer to
 * @param casualties casualty counts in text order
 * @param arrests arrests in text order
 * @param quotes quotes and reported statements in text order
 * @param actors actors in order of first mention
 * @param events the incidents the document reports, its main one first; every casualty and arrest
 *     an event lists gets that event's id as its {@link IncidentFact#eventId()}
 */
public record DocumentFacts(
    String id,
    String text,
    List<CasualtyCount> casualties,
    List<Arrest> arrests,
    List<Quote> quotes,
    List<Actor> actors,
    List<Event> events) {

  private static final Comparator<Fact> TEXT_ORDER = Comparator.comparing(Fact::span);

  public DocumentFacts {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    events = ImmutableList.copyOf(events);
    Map<String, String> eventOf = eventsOfFacts(events);
    casualties = numbered(ImmutableList.sortedCopyOf(TEXT_ORDER, casualties), "c", eventOf);
    arrests = numbered(ImmutableList.sortedCopyOf(TEXT_ORDER, arrests), "r", eventOf);
    quotes = ImmutableList.sortedCopyOf(TEXT_ORDER, quotes);
    actors = ImmutableList.copyOf(actors);
    for (Fact fact : Stream.of(casualties, arrests, quotes).flatMap(List::stream).toList()) {
      checkArgument(
          fact.span().end() <= text.length(),
          "evidence %s of %s lies outside a text of %s chars",
          fact.span(),
          fact,
          text.length());
    }
    for (Actor actor : actors) {
      Span last = actor.mentions().get(actor.mentions().size() - 1);
      checkArgument(
          last.end() <= text.length(), "mention %s of %s lies outside the text", last, actor.id());
    }
    checkArgument(
        actors.stream().map(Actor::id).distinct().count() == actors.size(),
        "actor ids must be unique");
    Set<String> factIds = new HashSet<>();
    Stream.of(casualties, arrests).flatMap(List::stream).forEach(f -> factIds.add(f.id()));
    checkArgument(
        factIds.size() == casualties.size() + arrests.size(), "fact ids must be unique");
    checkArgument(
        factIds.containsAll(eventOf.keySet()),
        "events name facts the document does not hold: %s",
        Sets.difference(eventOf.keySet(), factIds));
    for (Event event : events) {
      checkArgument(
          event.span().end() <= text.length(), "event %s lies outside the text", event.id());
    }
  }

  /** A document's facts without events. */
  public DocumentFacts(
      String id,
      String text,
      List<CasualtyCount> casualties,
      List<Arrest> arrests,
      List<Quote> quotes,
      List<Actor> actors) {
    this(id, text, casualties, arrests, quotes, actors, List.of());
  }

  /** These facts with {@code events} instead of the events they had. */
  public DocumentFacts withEvents(List<Event> events) {
    return new DocumentFacts(id, text, casualties, arrests, quotes, actors, events);
  }

  /** The casualties and arrests in text order. */
  public ImmutableList<IncidentFact> incidentFacts() {
    return Stream.of(casualties, arrests)
        .flatMap(List::stream)
        .sorted(TEXT_ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** The casualty or arrest with this id. */
  public Optional<IncidentFact> fact(String factId) {
    return Stream.of(casualties, arrests)
        .flatMap(List::stream)
        .filter(f -> f.id().equals(factId))
        .<IncidentFact>map(f -> f)
        .findFirst();
  }

  /**
   * Gives every fact without an id the id {@code prefix + n}, n counting from 1 in text order,
   * and every fact the event it belongs to.
   */
  @SuppressWarnings("unchecked")
  private static <F extends IncidentFact> List<F> numbered(
      List<F> facts, String prefix, Map<String, String> eventOf) {
    ImmutableList.Builder<F> numbered = ImmutableList.builder();
    for (int i = 0; i < facts.size(); i++) {
      F fact = facts.get(i);
      String factId = fact.id().isEmpty() ? prefix + (i + 1) : fact.id();
      String eventId = eventOf.get(factId);
      if (factId.equals(fact.id()) && Objects.equals(eventId, fact.eventId())) {
        numbered.add(fact);
      } else {
        numbered.add((F) fact.withIds(factId, eventId));
      }
    }
    return numbered.build();
  }

  private static Map<String, String> eventsOfFacts(List<Event> events) {
    Map<String, String> eventOf = new HashMap<>();
    Set<String> eventIds = new HashSet<>();
    for (Event event : events) {
      checkArgument(eventIds.add(event.id()), "event ids must be unique: %s", event.id());
      for (String factId : event.facts()) {
        String other = eventOf.put(factId, event.id());
        checkArgument(
            other == null, "fact %s belongs to two events, %s and %s", factId, other, event.id());
      }
    }
    return eventOf;
  }

  /** A document with no facts. */
  public static DocumentFacts empty(String id, String text) {
    return new DocumentFacts(id, text, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Every fact of the document in text order. */
  public ImmutableList<Fact> facts() {
    return Stream.of(casualties, arrests, quotes)
        .flatMap(List::stream)
        .sorted(TEXT_ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** The actor with this id. */
  public Optional<Actor> actor(@Nullable String actorId) {
    if (actorId == null) {
      return Optional.empty();
    }
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }

  /**
   * The name a slot should be read as: the canonical name of the actor the phrase refers to, or
   * the phrase's own words; {@code null} for a missing slot.
   */
  public @Nullable String nameOf(@Nullable Phrase phrase) {
    if (phrase == null) {
      return null;
    }
    return actor(phrase.actorId()).map(Actor::name).orElse(phrase.text());
  }
}
