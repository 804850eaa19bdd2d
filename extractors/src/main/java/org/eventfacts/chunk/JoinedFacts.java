package org.eventfacts.chunk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.jspecify.annotations.Nullable;

/**
 * Joins the facts read from the chunks of one text, chunk after chunk, into the facts of the
 * whole text, as if it had been read at once as far as the readers allow:
 *
 * <ul>
 *   <li>spans are the original text's already (each chunk is read in place, the rest of the text
 *       blanked); sentence numbers count on from the chunks before;
 *   <li>actors of the same name are one actor, with the mentions, titles and affiliation of all
 *       chunks, under the id of its first mention; every slot that named a chunk's actor names the
 *       joined one;
 *   <li>casualties and arrests are numbered anew in text order;
 *   <li>the first incident a chunk tells (its main one) joins the document's main incident (the
 *       first chunk's) unless both have places and they differ; a joined incident's total is the
 *       later chunk's where the two differ ({@link TotalRule#UPDATED}: a long text that returns to
 *       an incident reports its toll as it rose) and the other incidents stay incidents of their
 *       own. Pronouns and incident words ("the attack") are not followed across chunks.
 * </ul>
 *
 * <pre>{@code
 * JoinedFacts joined = new JoinedFacts(id, text);
 * for (Span chunk : ParagraphChunks.of(text, ParagraphChunks.DEFAULT_SIZE)) {
 *   CoreDocument annotated = pipeline.annotate(text, chunk, deadline);
 *   joined.add(read(annotated), annotated.sentences().size());
 * }
 * DocumentFacts facts = joined.facts();
 * }</pre>
 */
public final class JoinedFacts {

  private final String id;
  private final String text;
  private int sentences;
  private final List<CasualtyCount> casualties = new ArrayList<>();
  private final List<Arrest> arrests = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  /** Actors by name, in order of first mention. */
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  /** The main incident first. */
  private final List<Event> events = new ArrayList<>();

  /** Facts of the text {@code text} under the id {@code id}, with no chunk added yet. */
  public JoinedFacts(String id, String text) {
    this.id = checkNotNull(id, "id");
    this.text = checkNotNull(text, "text");
  }

  /**
   * Adds the facts of the next chunk, read in place from the whole text, and the number of
   * sentences the chunk was read as.
   */
  public void add(DocumentFacts chunk, int chunkSentences) {
    checkArgument(chunk.text().equals(text), "a chunk's facts must be read from the whole text");
    checkArgument(chunkSentences >= 0, "sentences must not be negative, got %s", chunkSentences);
    Map<String, String> actorIds = addActors(chunk.actors());
    Map<String, String> factIds = new HashMap<>();
    for (CasualtyCount c : chunk.casualties()) {
      String factId = "c" + (casualties.size() + 1);
      factIds.put(c.id(), factId);
      casualties.add(
          new CasualtyCount(
              c.outcome(),
              c.count(),
              actor(c.victims(), actorIds),
              actor(c.perpetrator(), actorIds),
              actor(c.source(), actorIds),
              c.hedged(),
              shifted(c.evidence()),
              factId,
              null));
    }
    for (Arrest a : chunk.arrests()) {
      String factId = "r" + (arrests.size() + 1);
      factIds.put(a.id(), factId);
      arrests.add(
          new Arrest(
              actor(a.arrestee(), actorIds),
              a.count(),
              actor(a.authority(), actorIds),
              actor(a.charge(), actorIds),
              actor(a.source(), actorIds),
              a.hedged(),
              shifted(a.evidence()),
              factId,
              null));
    }
    for (Quote q : chunk.quotes()) {
      quotes.add(
          new Quote(
              q.text(),
              q.kind(),
              actor(q.speaker(), actorIds),
              actor(q.cue(), actorIds),
              actor(q.channel(), actorIds),
              shifted(q.evidence())));
    }
    addEvents(chunk.events(), factIds);
    sentences += chunkSentences;
  }

  /** The facts of the whole text. */
  public DocumentFacts facts() {
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      numbered.add(
          new Event("e" + (i + 1), e.date(), e.place(), e.killed(), e.injured(), e.missing(), e.arrested(), e.facts(), e.span()));
    }
    Map<String, String> eventOf = new HashMap<>();
    for (Event event : numbered) {
      event.facts().forEach(fact -> eventOf.put(fact, event.id()));
    }
    return new DocumentFacts(
        id,
        text,
        casualties.stream().map(c -> c.withIds(c.id(), eventOf.get(c.id()))).toList(),
        arrests.stream().map(a -> a.withIds(a.id(), eventOf.get(a.id()))).toList(),
        quotes,
        List.copyOf(actors.values()),
        numbered);
  }

  /** Joins the chunk's actors to those read before; returns the chunk's ids to the joined ids. */
  private Map<String, String> addActors(List<Actor> chunkActors) {
    Map<String, String> ids = new HashMap<>();
    for (Actor actor : chunkActors) {
      Actor known = actors.get(actor.name());
      if (known == null) {
        Actor added =
            new Actor(
                "a" + (actors.size() + 1),
                actor.name(),
                actor.kind(),
                actor.titles(),
                actor.affiliation(),
                actor.mentions());
        actors.put(actor.name(), added);
        ids.put(actor.id(), added.id());
      } else {
        Set<String> titles = new LinkedHashSet<>(known.titles());
        titles.addAll(actor.titles());
        List<Span> mentions = new ArrayList<>(known.mentions());
        mentions.addAll(actor.mentions());
        actors.put(
            actor.name(),
            new Actor(
                known.id(),
                known.name(),
                known.kind(),
                List.copyOf(titles),
                known.affiliation() != null ? known.affiliation() : actor.affiliation(),
                mentions));
        ids.put(actor.id(), known.id());
      }
    }
    return ids;
  }

  private void addEvents(List<Event> chunkEvents, Map<String, String> factIds) {
    for (int i = 0; i < chunkEvents.size(); i++) {
      Event event = renamed(chunkEvents.get(i), factIds);
      if (i == 0 && !events.isEmpty() && samePlace(events.get(0).place(), event.place())) {
        events.set(0, joined(events.get(0), event));
      } else {
        events.add(event);
      }
    }
  }

  private static boolean samePlace(@Nullable Place main, @Nullable Place other) {
    return main == null
        || other == null
        || (main.name().equals(other.name()) && Objects.equals(main.countryCode(), other.countryCode()));
  }

  /** The main incident told again in a later chunk. */
  private static Event joined(Event main, Event later) {
    List<String> facts = new ArrayList<>(main.facts());
    facts.addAll(later.facts());
    return new Event(
        main.id(),
        main.date() != null ? main.date() : later.date(),
        main.place() != null ? main.place() : later.place(),
        total(main.killed(), later.killed()),
        total(main.injured(), later.injured()),
        total(main.missing(), later.missing()),
        total(main.arrested(), later.arrested()),
        facts,
        main.span());
  }

  private static @Nullable Total total(@Nullable Total earlier, @Nullable Total later) {
    if (earlier == null || later == null) {
      return earlier == null ? later : earlier;
    }
    List<String> facts = new ArrayList<>(earlier.facts());
    facts.addAll(later.facts());
    if (Objects.equals(earlier.count().value(), later.count().value())) {
      return new Total(earlier.count(), TotalRule.RESTATED, facts);
    }
    return new Total(later.count(), TotalRule.UPDATED, facts);
  }

  private static Event renamed(Event event, Map<String, String> factIds) {
    return new Event(
        event.id(),
        event.date(),
        event.place(),
        renamed(event.killed(), factIds),
        renamed(event.injured(), factIds),
        renamed(event.missing(), factIds),
        renamed(event.arrested(), factIds),
        event.facts().stream().map(f -> checkNotNull(factIds.get(f), "unknown fact %s", f)).toList(),
        event.span());
  }

  private static @Nullable Total renamed(@Nullable Total total, Map<String, String> factIds) {
    if (total == null) {
      return null;
    }
    return new Total(
        total.count(),
        total.rule(),
        total.facts().stream().map(f -> checkNotNull(factIds.get(f), "unknown fact %s", f)).toList());
  }

  private Evidence shifted(Evidence evidence) {
    return new Evidence(evidence.span(), evidence.sentence() + sentences, evidence.rule());
  }

  private static @Nullable Phrase actor(@Nullable Phrase phrase, Map<String, String> actorIds) {
    if (phrase == null || phrase.actorId() == null) {
      return phrase;
    }
    return phrase.withActor(actorIds.get(phrase.actorId()));
  }
}
