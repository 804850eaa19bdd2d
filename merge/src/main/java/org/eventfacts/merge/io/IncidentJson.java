package org.eventfacts.merge.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventfacts.fact.Count;
import org.eventfacts.merge.Conflict;
import org.eventfacts.merge.Figure;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.IncidentFigure;
import org.eventfacts.merge.Member;
import org.eventfacts.merge.Report;
import org.eventfacts.merge.ReportedDate;
import org.eventfacts.merge.ReportedPlace;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Incident} as one JSON object, the merge's output contract:
 *
 * <pre>{@code
 * {"id": "ledger-0412#e1",
 *  "date": {"value": "2024-03-08", "precision": "DAY", "inferred": false},
 *  "place": {"name": "Aurora", "kind": "CITY", "region": "Illinois", "country": "United States",
 *            "countryCode": "US", "lat": 41.76, "lon": -88.32},
 *  "killed": {"text": "three", "value": 3, "min": 3, "max": 3, "qualifier": "EXACT",
 *             "rule": "LATEST", "doc": "courier-88", "event": "e1", "source": "the coroner",
 *             "disputed": true},
 *  "injured": null, "missing": null, "arrested": null,
 *  "members": [{"doc": "ledger-0412", "event": "e1"}, {"doc": "courier-88", "event": "e1"}],
 *  "reports": [{"doc": "ledger-0412", "event": "e1", "published": "2024-03-08", "figure": "killed",
 *               "count": {"text": "two", "value": 2, "min": 2, "max": 2, "qualifier": "EXACT"},
 *               "source": "police"}, ...],
 *  "conflicts": []}
 * }</pre>
 *
 * <p>{@code conflicts} lists every pair of members whose places or dates, as read, tell them apart
 * and that a tie joined anyway (empty when all agree; always empty under a strict merge):
 *
 * <pre>{@code
 * {"members": [{"doc": "ledger-0412", "event": "e1"}, {"doc": "courier-88", "event": "e1"}],
 *  "differ": ["PLACE"],
 *  "places": [{"name": "Millbrook", "kind": "CITY", "region": "Ohio", "countryCode": "US"},
 *             {"name": "Millbrook", "kind": "CITY", "region": "Ontario", "countryCode": "CA"}],
 *  "dates": [{"value": "2024-03-08", "precision": "DAY", "inferred": false}, {...}],
 *  "tie": "PEOPLE", "people": ["rita vance", "omar lisle"], "words": []}
 * }</pre>
 *
 * <pre>{@code
 * IncidentJson json = new IncidentJson(new ObjectMapper());
 * String line = json.writeLine(incident);
 * }</pre>
 */
public final class IncidentJson {

  private final ObjectMapper mapper;

  /** A writer that builds its nodes with {@code mapper}. */
  public IncidentJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The incident as one line of JSON Lines, without the line break. */
  public String writeLine(Incident incident) {
    try {
      return mapper.writeValueAsString(write(incident));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write incident " + incident.id(), e);
    }
  }

  /** The incident as a JSON object. */
  public ObjectNode write(Incident incident) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", incident.id());
    ReportedDate date = incident.date();
    if (date == null) {
      node.putNull("date");
    } else {
      node.set("date", date(date));
    }
    ReportedPlace place = incident.place();
    if (place == null) {
      node.putNull("place");
    } else {
      ObjectNode where = node.putObject("place");
      where.put("name", place.name());
      where.put("kind", place.kind().name());
      where.put("region", place.region());
      where.put("country", place.country());
      where.put("countryCode", place.countryCode());
      where.put("lat", place.lat());
      where.put("lon", place.lon());
    }
    for (Figure figure : Figure.values()) {
      IncidentFigure chosen = incident.figure(figure);
      if (chosen == null) {
        node.putNull(figure.key());
        continue;
      }
      ObjectNode total = count(chosen.count());
      total.put("rule", chosen.rule().name());
      total.put("doc", chosen.from().doc());
      total.put("event", chosen.from().event());
      total.put("source", chosen.source());
      total.put("disputed", chosen.disputed());
      node.set(figure.key(), total);
    }
    ArrayNode members = node.putArray("members");
    for (Member member : incident.members()) {
      ObjectNode entry = members.addObject();
      entry.put("doc", member.doc());
      entry.put("event", member.event());
    }
    ArrayNode reports = node.putArray("reports");
    for (Report report : incident.reports()) {
      ObjectNode entry = reports.addObject();
      entry.put("doc", report.member().doc());
      entry.put("event", report.member().event());
      entry.put("published", report.published() == null ? null : report.published().toString());
      entry.put("figure", report.figure().key());
      entry.set("count", count(report.count()));
      entry.put("source", report.source());
    }
    ArrayNode conflicts = node.putArray("conflicts");
    for (Conflict conflict : incident.conflicts()) {
      conflicts.add(conflict(conflict));
    }
    return node;
  }

  private ObjectNode conflict(Conflict conflict) {
    ObjectNode node = mapper.createObjectNode();
    ArrayNode members = node.putArray("members");
    for (Member member : new Member[] {conflict.first(), conflict.second()}) {
      ObjectNode entry = members.addObject();
      entry.put("doc", member.doc());
      entry.put("event", member.event());
    }
    ArrayNode differ = node.putArray("differ");
    conflict.differ().forEach(aspect -> differ.add(aspect.name()));
    ArrayNode places = node.putArray("places");
    places.add(place(conflict.firstPlace()));
    places.add(place(conflict.secondPlace()));
    ArrayNode dates = node.putArray("dates");
    dates.add(date(conflict.firstDate()));
    dates.add(date(conflict.secondDate()));
    node.put("tie", conflict.tie().name());
    ArrayNode people = node.putArray("people");
    conflict.people().forEach(people::add);
    ArrayNode words = node.putArray("words");
    conflict.words().forEach(words::add);
    return node;
  }

  private ObjectNode date(ReportedDate date) {
    ObjectNode when = mapper.createObjectNode();
    when.put("value", date.value());
    when.put("precision", date.precision().name());
    when.put("inferred", date.inferred());
    return when;
  }

  /** A place as a conflict names it: enough to tell the two apart. */
  private JsonNode place(@Nullable ReportedPlace place) {
    if (place == null) {
      return mapper.nullNode();
    }
    ObjectNode where = mapper.createObjectNode();
    where.put("name", place.name());
    where.put("kind", place.kind().name());
    where.put("region", place.region());
    where.put("countryCode", place.countryCode());
    where.put("lat", place.lat());
    where.put("lon", place.lon());
    return where;
  }

  private ObjectNode count(Count count) {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", count.text());
    node.put("value", count.value());
    node.put("min", count.min());
    node.put("max", count.max());
    node.put("qualifier", count.qualifier().name());
    return node;
  }
}
