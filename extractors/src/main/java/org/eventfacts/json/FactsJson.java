package org.eventfacts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventfacts.Document;
import java.util.Map;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link DocumentFacts} as the project's JSON contract, shared by the command line, the
 * service and the Spark job so that all three write the same records: one object per document with
 * {@code id}, {@code casualties}, {@code arrests}, {@code quotes}, {@code actors} and {@code
 * events}. Casualties and arrests carry their {@code id} ({@code "c1"}, {@code "r1"}) and the
 * {@code eventId} of the event they belong to; an event ({@code "e1"}, the main one first) has its
 * {@code date} ({@code text}, ISO 8601 {@code value}, {@code precision}, {@code span}, {@code
 * inferred}), {@code place} ({@code text}, {@code name}, {@code kind}, {@code region}, {@code
 * country}, {@code countryCode}, {@code lat}, {@code lon}, {@code span}), the totals {@code
 * killed}, {@code injured}, {@code missing} and {@code arrested} (count objects with the {@code
 * rule} that made them and the ids of the {@code facts} they rest on), its {@code facts} and the
 * {@code span} of its first mention. A slot that
 * refers to an actor is written as the actor's canonical name, with the actor's id beside it
 * ({@code speaker} and {@code speakerId}); every fact has its {@code span} and, beyond the
 * contract, the {@code sentence} index and the {@code rule} that read it. A document that failed
 * is an error record: {@code {"id": "...", "error": {"kind": "DECODE", "message": "..."}}}.
 *
 * <pre>{@code
 * FactsJson json = new FactsJson(new ObjectMapper());
 * String line = json.writeLine(extractor.tryExtract(document));
 * }</pre>
 */
public final class FactsJson {

  private final ObjectMapper mapper;

  /** A writer that builds its nodes with {@code mapper}. */
  public FactsJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The JSON object of one result: the document's facts, or its error record. */
  public ObjectNode write(ExtractionResult result) {
    if (result.facts() != null) {
      return write(result.facts());
    }
    ExtractionError error = result.error();
    ObjectNode document = mapper.createObjectNode();
    document.put("id", result.id());
    ObjectNode node = document.putObject("error");
    node.put("kind", error.kind().name());
    node.put("message", error.message());
    return document;
  }

  /**
   * The JSON object of one result with what the feed gave beside the document's text: its {@code
   * published} day and {@code title}, written after the {@code id} where given, so that a reader of
   * the facts (the cross-document merge) has them without the input.
   */
  public ObjectNode write(ExtractionResult result, @Nullable Document document) {
    ObjectNode written = write(result);
    if (document == null || !document.id().equals(result.id())
        || (document.published() == null && document.title() == null)) {
      return written;
    }
    ObjectNode node = mapper.createObjectNode();
    node.put("id", result.id());
    if (document.published() != null) {
      node.put("published", document.published().toString());
    }
    if (document.title() != null) {
      node.put("title", document.title());
    }
    for (Map.Entry<String, JsonNode> field : written.properties()) {
      node.set(field.getKey(), field.getValue());
    }
    return node;
  }

  /** The result as one line of JSON Lines with its document's feed fields, without the line break. */
  public String writeLine(ExtractionResult result, @Nullable Document document) {
    try {
      return mapper.writeValueAsString(write(result, document));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON of " + result.id(), e);
    }
  }

  /** The result as one line of JSON Lines, without the line break. */
  public String writeLine(ExtractionResult result) {
    try {
      return mapper.writeValueAsString(write(result));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON of " + result.id(), e);
    }
  }

  /** The JSON object of one document. */
  public ObjectNode write(DocumentFacts facts) {
    ObjectNode document = mapper.createObjectNode();
    document.put("id", facts.id());
    ArrayNode casualties = document.putArray("casualties");
    for (CasualtyCount casualty : facts.casualties()) {
      ObjectNode node = casualties.addObject();
      node.put("id", casualty.id());
      node.put("eventId", casualty.eventId());
      node.put("outcome", casualty.outcome().name());
      node.set("count", count(casualty.count()));
      slot(node, "victims", casualty.victims(), facts);
      slot(node, "perpetrator", casualty.perpetrator(), facts);
      slot(node, "source", casualty.source(), facts);
      node.put("hedged", casualty.hedged());
      evidence(node, casualty.evidence());
    }
    ArrayNode arrests = document.putArray("arrests");
    for (Arrest arrest : facts.arrests()) {
      ObjectNode node = arrests.addObject();
      node.put("id", arrest.id());
      node.put("eventId", arrest.eventId());
      slot(node, "arrestee", arrest.arrestee(), facts);
      if (arrest.count() == null) {
        node.putNull("count");
      } else {
        node.set("count", count(arrest.count()));
      }
      slot(node, "authority", arrest.authority(), facts);
      slot(node, "charge", arrest.charge(), facts);
      slot(node, "source", arrest.source(), facts);
      node.put("hedged", arrest.hedged());
      evidence(node, arrest.evidence());
    }
    ArrayNode quotes = document.putArray("quotes");
    for (Quote quote : facts.quotes()) {
      ObjectNode node = quotes.addObject();
      node.put("text", quote.text());
      node.put("kind", quote.kind().name());
      slot(node, "speaker", quote.speaker(), facts);
      node.put("cue", quote.cue() == null ? null : quote.cue().text());
      node.put("channel", quote.channel() == null ? null : quote.channel().text());
      evidence(node, quote.evidence());
    }
    ArrayNode actors = document.putArray("actors");
    for (Actor actor : facts.actors()) {
      ObjectNode node = actors.addObject();
      node.put("id", actor.id());
      node.put("name", actor.name());
      node.put("kind", actor.kind().name());
      ArrayNode titles = node.putArray("titles");
      actor.titles().forEach(titles::add);
      node.put("affiliation", actor.affiliation());
      ArrayNode mentions = node.putArray("mentions");
      for (Span mention : actor.mentions()) {
        mentions.add(span(mention));
      }
    }
    ArrayNode events = document.putArray("events");
    for (Event event : facts.events()) {
      events.add(event(event));
    }
    return document;
  }

  private ObjectNode event(Event event) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", event.id());
    EventDate date = event.date();
    if (date == null) {
      node.putNull("date");
    } else {
      ObjectNode when = node.putObject("date");
      when.put("text", date.text());
      when.put("value", date.value());
      when.put("precision", date.precision().name());
      if (date.span() == null) {
        when.putNull("span");
      } else {
        when.set("span", span(date.span()));
      }
      when.put("inferred", date.inferred());
    }
    Place place = event.place();
    if (place == null) {
      node.putNull("place");
    } else {
      ObjectNode where = node.putObject("place");
      where.put("text", place.text());
      where.put("name", place.name());
      where.put("kind", place.kind().name());
      where.put("region", place.region());
      where.put("country", place.country());
      where.put("countryCode", place.countryCode());
      where.put("lat", place.lat());
      where.put("lon", place.lon());
      where.set("span", span(place.span()));
    }
    total(node, "killed", event.killed());
    total(node, "injured", event.injured());
    total(node, "missing", event.missing());
    total(node, "arrested", event.arrested());
    ArrayNode ids = node.putArray("facts");
    event.facts().forEach(ids::add);
    node.set("span", span(event.span()));
    return node;
  }

  private void total(ObjectNode node, String name, @Nullable Total total) {
    if (total == null) {
      node.putNull(name);
      return;
    }
    ObjectNode count = count(total.count());
    count.put("rule", total.rule().name());
    ArrayNode ids = count.putArray("facts");
    total.facts().forEach(ids::add);
    node.set(name, count);
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

  private void slot(ObjectNode node, String name, @Nullable Phrase phrase, DocumentFacts facts) {
    node.put(name, facts.nameOf(phrase));
    if (phrase != null && phrase.actorId() != null) {
      node.put(name + "Id", phrase.actorId());
    } else if (name.equals("speaker")) {
      node.putNull("speakerId");
    }
  }

  private void evidence(ObjectNode node, Evidence evidence) {
    node.set("span", span(evidence.span()));
    node.put("sentence", evidence.sentence());
    node.put("rule", evidence.rule());
  }

  private ObjectNode span(Span span) {
    ObjectNode node = mapper.createObjectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    return node;
  }
}
