package org.eventfacts.fact;

import org.jspecify.annotations.Nullable;

/**
 * A fact about what happened in an incident, casualties and arrests: each has an id within its
 * document and names the {@link Event} it belongs to, so that an event's totals can be traced to
 * the statements they rest on.
 *
 * <pre>{@code
 * for (IncidentFact fact : facts.incidentFacts()) {
 *   System.out.println(fact.id() + " belongs to " + fact.eventId());   // "c2 belongs to e1"
 * }
 * }</pre>
 */
public sealed interface IncidentFact extends Fact permits CasualtyCount, Arrest {

  /**
   * The fact's identifier within its document: {@code "c1"}, {@code "c2"}, ... for casualties and
   * {@code "r1"}, ... for arrests, in text order; empty before {@link DocumentFacts} numbers it.
   */
  String id();

  /** The id of the event the fact belongs to, or {@code null} when it belongs to none. */
  @Nullable String eventId();

  /** This fact with another id and event. */
  IncidentFact withIds(String id, @Nullable String eventId);
}
