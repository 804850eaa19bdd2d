package org.eventfacts.merge.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.AbstractIterator;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Figure;
import org.eventfacts.merge.ReportedDate;
import org.eventfacts.merge.ReportedPlace;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON Lines that {@code extract} writes (one document per line) as {@link EventReport
 * EventReports}, one per event, streaming: a line is read, turned into its reports and dropped, so
 * that a feed of any length fits in memory. Error records ({@code {"id", "error"}}) are skipped and
 * counted, as are documents without events; blank lines are ignored; a line that is not JSON
 * stops the reading with its file and line number.
 *
 * <pre>{@code
 * FactsLines lines = FactsLines.of(List.of(Path.of("monday.jsonl"), Path.of("tuesday.jsonl")));
 * MergeResult result = IncidentMerger.create().merge(lines);
 * lines.documents()   // 1,204 documents read
 * lines.failed()      // 3 error records skipped
 * }</pre>
 *
 * <p>What it reads of a document: {@code id}; {@code published} and {@code title} where the line
 * carries them (else the publication date is taken from an event dated {@code inferred}); and of
 * each event {@code id}, {@code date} ({@code value}, {@code precision}, {@code inferred}), {@code
 * place} ({@code name}, {@code kind}, {@code region}, {@code country}, {@code countryCode}, {@code
 * lat}, {@code lon}), the totals {@code killed}, {@code injured}, {@code missing}, {@code arrested}
 * (count objects whose {@code facts} give the {@code source} of the casualties and arrests they
 * rest on), and the people its facts name ({@link EventNames}). Everything else is ignored, so
 * fields added to the contract later do no harm. Iterate it once.
 */
public final class FactsLines implements Iterable<EventReport> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Places and words repeat across a feed: one instance of each keeps a large feed small. */
  private static final int MAX_SHARED = 200_000;

  private final List<Source> sources;
  private final Map<String, ReportedPlace> places = new HashMap<>();
  private final Map<String, String> strings = new HashMap<>();
  private boolean iterated;
  private long documents;
  private long failed;
  private long withoutEvents;
  private long events;

  private FactsLines(List<Source> sources) {
    this.sources = ImmutableList.copyOf(sources);
  }

  /** The documents of these files, read one after the other. */
  public static FactsLines of(List<Path> files) {
    List<Source> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(
          new Source(
              file.toString(),
              () -> {
                try {
                  return Files.newBufferedReader(file, UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot read " + file, e);
                }
              }));
    }
    return new FactsLines(sources);
  }

  /** The documents of one stream (closed when read to its end), named {@code name} in errors. */
  public static FactsLines of(Reader reader, String name) {
    BufferedReader buffered =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    return new FactsLines(List.of(new Source(name, () -> buffered)));
  }

  /** How many documents were read (error records not included). */
  public long documents() {
    return documents;
  }

  /** How many error records were skipped. */
  public long failed() {
    return failed;
  }

  /** How many documents had no event. */
  public long withoutEvents() {
    return withoutEvents;
  }

  /** How many events were read. */
  public long events() {
    return events;
  }

  @Override
  public Iterator<EventReport> iterator() {
    if (iterated) {
      throw new IllegalStateException("the lines are read once");
    }
    iterated = true;
    return new AbstractIterator<>() {
      private final Iterator<Source> next = sources.iterator();
      private final Deque<EventReport> pending = new ArrayDeque<>();
      private @Nullable BufferedReader reader;
      private String name = "";
      private long lineNumber;

      @Override
      protected @Nullable EventReport computeNext() {
        try {
          while (pending.isEmpty()) {
            if (reader == null) {
              if (!next.hasNext()) {
                return endOfData();
              }
              Source source = next.next();
              name = source.name();
              reader = source.open().get();
              lineNumber = 0;
            }
            String line = reader.readLine();
            if (line == null) {
              reader.close();
              reader = null;
              continue;
            }
            lineNumber++;
            if (!line.isBlank()) {
              pending.addAll(document(line, name, lineNumber));
            }
          }
          return pending.poll();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name, e);
        }
      }
    };
  }

  private List<EventReport> document(String line, String name, long lineNumber) {
    JsonNode document;
    try {
      document = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name + ":" + lineNumber + ": not a line of JSON: " + e.getOriginalMessage(), e);
    }
    if (!document.isObject() || !document.path("id").isTextual()) {
      throw new IllegalArgumentException(name + ":" + lineNumber + ": a document needs an \"id\"");
    }
    if (document.has("error")) {
      failed++;
      return List.of();
    }
    documents++;
    JsonNode eventNodes = document.path("events");
    if (eventNodes.isEmpty()) {
      withoutEvents++;
      return List.of();
    }
    try {
      return reports(document);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ":" + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private List<EventReport> reports(JsonNode document) {
    String id = document.get("id").asText();
    String title = text(document, "title");
    LocalDate published = day(text(document, "published"));
    if (published == null) {
      for (JsonNode event : document.path("events")) {
        JsonNode date = event.path("date");
        if (date.path("inferred").asBoolean(false)) {
          published = day(text(date, "value"));
          break;
        }
      }
    }
    Map<String, JsonNode> facts = new HashMap<>();
    for (String kind : new String[] {"casualties", "arrests"}) {
      for (JsonNode fact : document.path(kind)) {
        String factId = text(fact, "id");
        if (factId != null) {
          facts.put(factId, fact);
        }
      }
    }
    EventNames names = new EventNames();
    for (JsonNode actor : document.path("actors")) {
      String actorId = text(actor, "id");
      String actorName = text(actor, "name");
      if (actorId != null && actorName != null) {
        names.actor(
            actorId,
            actorName,
            "PERSON".equals(text(actor, "kind")),
            !actor.path("titles").isEmpty());
      }
    }
    List<EventReport> reports = new ArrayList<>();
    for (JsonNode event : document.path("events")) {
      String eventId = text(event, "id");
      if (eventId == null) {
        continue;
      }
      events++;
      EventReport.Builder report =
          EventReport.builder(id, eventId)
              .published(published)
              .headline(title)
              .date(date(event.path("date")))
              .place(place(event.path("place")));
      for (Figure figure : Figure.values()) {
        JsonNode total = event.path(figure.key());
        Count count = count(total);
        if (count != null) {
          report.figure(figure, count, shared(source(total.path("facts"), facts)));
        }
      }
      Set<String> linked = new LinkedHashSet<>();
      for (JsonNode factId : event.path("facts")) {
        JsonNode fact = facts.get(factId.asText());
        if (fact != null) {
          for (String slot : new String[] {"victimsId", "perpetratorId", "arresteeId"}) {
            String actorId = text(fact, slot);
            if (actorId != null) {
              linked.add(actorId);
            }
          }
        }
      }
      names.linked(linked).forEach(name -> report.name(Objects.requireNonNull(shared(name))));
      names.others(linked).forEach(name -> report.person(Objects.requireNonNull(shared(name))));
      reports.add(report.build());
    }
    return reports;
  }

  private static @Nullable ReportedDate date(JsonNode node) {
    String value = text(node, "value");
    if (value == null) {
      return null;
    }
    String precision = text(node, "precision");
    return ReportedDate.parse(
        value,
        precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision),
        node.path("inferred").asBoolean(false));
  }

  private @Nullable ReportedPlace place(JsonNode node) {
    String name = text(node, "name");
    String kind = text(node, "kind");
    if (name == null || kind == null) {
      return null;
    }
    boolean located = node.path("lat").isNumber() && node.path("lon").isNumber();
    String region = text(node, "region");
    String country = text(node, "country");
    String countryCode = text(node, "countryCode");
    Double lat = located ? node.path("lat").asDouble() : null;
    Double lon = located ? node.path("lon").asDouble() : null;
    String key = String.join("\t", name, kind, "" + region, "" + country, "" + countryCode, "" + lat, "" + lon);
    ReportedPlace place = places.get(key);
    if (place == null) {
      place = new ReportedPlace(name, PlaceKind.valueOf(kind), region, country, countryCode, lat, lon);
      if (places.size() < MAX_SHARED) {
        places.put(key, place);
      }
    }
    return place;
  }

  /** One instance of a string that recurs (a source, a person's name). */
  private @Nullable String shared(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String known = strings.get(text);
    if (known != null) {
      return known;
    }
    if (strings.size() < MAX_SHARED) {
      strings.put(text, text);
    }
    return text;
  }

  private static @Nullable Count count(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    return new Count(
        node.path("text").asText(""),
        number(node, "value"),
        number(node, "min"),
        number(node, "max"),
        Qualifier.valueOf(node.path("qualifier").asText("EXACT")));
  }

  /** The distinct sources of the facts a total rests on, joined with "; ", or null. */
  private static @Nullable String source(JsonNode factIds, Map<String, JsonNode> facts) {
    Set<String> sources = new LinkedHashSet<>();
    for (JsonNode factId : factIds) {
      JsonNode fact = facts.get(factId.asText());
      String source = fact == null ? null : text(fact, "source");
      if (source != null) {
        sources.add(source);
      }
    }
    return sources.isEmpty() ? null : String.join("; ", sources);
  }

  private static @Nullable Long number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isIntegralNumber() ? value.asLong() : null;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static @Nullable LocalDate day(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A named stream of lines, opened when the reading reaches it. */
  private record Source(String name, Supplier<BufferedReader> open) {}
}
