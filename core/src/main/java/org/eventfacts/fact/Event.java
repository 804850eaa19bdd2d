package org.eventfacts.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One incident a document reports: when and where it happened, its totals, and the facts that
 * state them. A document's first event is its main one, the one its headline or lead reports.
 *
 * <pre>{@code
 * Event main = facts.events().get(0);
 * main.date().value()            // "2024-03-08"
 * main.place().name()            // "Aurora"
 * main.place().region()          // "Illinois"
 * main.killed().count().value()  // 2
 * main.killed().facts()          // ["c1", "c3"]: which statements the total rests on
 * }</pre>
 *
 * @param id the event's identifier within its document: {@code "e1"}, {@code "e2"}, ...
 * @param date when it happened, or {@code null} when neither the text nor the feed says
 * @param place where it happened, or {@code null} when the text does not say
 * @param killed how many were killed, or {@code null} when no fact of the event says
 * @param injured how many were injured, or {@code null}
 * @param missing how many are missing, or {@code null}
 * @param arrested how many were arrested, or {@code null}
 * @param facts the ids of the facts that belong to it ({@link IncidentFact#id()}), in text order
 * @param span the first mention of the incident
 */
public record Event(
    String id,
    @Nullable EventDate date,
    @Nullable Place place,
    @Nullable Total killed,
    @Nullable Total injured,
    @Nullable Total missing,
    @Nullable Total arrested,
    List<String> facts,
    Span span) {

  public Event {
    checkArgument(id != null && !id.isBlank(), "an event needs an id");
    checkNotNull(span, "span");
    facts = ImmutableList.copyOf(facts);
    for (Total total : new Total[] {killed, injured, missing, arrested}) {
      if (total != null) {
        checkArgument(
            facts.containsAll(total.facts()),
            "event %s has a total resting on facts %s that are not its own %s",
            id,
            total.facts(),
            facts);
      }
    }
  }
}
