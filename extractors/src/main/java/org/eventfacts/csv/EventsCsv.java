package org.eventfacts.csv;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.EventDate;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.Total;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document's events as CSV rows (RFC 4180), one row per event, with the columns an
 * incident dataset has: when, where, how many, by and to whom, on whose word, and the evidence.
 *
 * <pre>{@code
 * StringBuilder csv = new StringBuilder(EventsCsv.HEADER).append("\r\n");
 * for (String row : EventsCsv.rows(facts)) {
 *   csv.append(row).append("\r\n");
 * }
 * // report-17,e1,2024-03-08,DAY,false,United States,US,Illinois,Aurora,CITY,41.76,-88.32,2,2,2,...
 * }</pre>
 *
 * <p>Each total ({@code killed}, {@code injured}, {@code missing}, {@code arrested}) takes three
 * columns: the value, and the least and most the words allow ({@code min}, {@code max}; empty
 * where open). {@code perpetrator}, {@code victims} and {@code source} join the distinct names the
 * event's casualty statements give, with {@code "; "}; {@code hedged} is true when a statement its
 * killed or injured total rests on is marked unconfirmed; {@code evidence} lists the spans
 * ({@code start-end}, UTF-16 offsets) of the event's facts, space-separated. A document without
 * events has no row.
 */
public final class EventsCsv {

  /** The header row. */
  public static final String HEADER =
      String.join(
          ",",
          "document_id", "event_id", "date", "date_precision", "date_inferred", "country",
          "country_code", "region", "place", "place_kind", "latitude", "longitude", "killed",
          "killed_min", "killed_max", "injured", "injured_min", "injured_max", "missing",
          "missing_min", "missing_max", "arrested", "arrested_min", "arrested_max", "perpetrator",
          "victims", "source", "hedged", "evidence");

  private EventsCsv() {}

  /** The rows of a document's events, the main one first, without line ends. */
  public static ImmutableList<String> rows(DocumentFacts facts) {
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    for (Event event : facts.events()) {
      rows.add(row(facts, event));
    }
    return rows.build();
  }

  private static String row(DocumentFacts facts, Event event) {
    List<String> cells = new ArrayList<>();
    cells.add(facts.id());
    cells.add(event.id());
    EventDate date = event.date();
    cells.add(date == null ? "" : date.value());
    cells.add(date == null ? "" : date.precision().name());
    cells.add(date == null ? "" : Boolean.toString(date.inferred()));
    Place place = event.place();
    cells.add(place == null ? "" : text(place.country()));
    cells.add(place == null ? "" : text(place.countryCode()));
    cells.add(place == null ? "" : text(place.region()));
    cells.add(place == null ? "" : place.name());
    cells.add(place == null ? "" : place.kind().name());
    cells.add(place == null || place.lat() == null ? "" : place.lat().toString());
    cells.add(place == null || place.lon() == null ? "" : place.lon().toString());
    for (Total total : new Total[] {event.killed(), event.injured(), event.missing(), event.arrested()}) {
      Count count = total == null ? null : total.count();
      cells.add(count == null || count.value() == null ? "" : count.value().toString());
      cells.add(count == null || count.min() == null ? "" : count.min().toString());
      cells.add(count == null || count.max() == null ? "" : count.max().toString());
    }
    List<CasualtyCount> casualties = new ArrayList<>();
    List<IncidentFact> all = new ArrayList<>();
    for (String id : event.facts()) {
      facts.fact(id).ifPresent(all::add);
      facts.fact(id).filter(CasualtyCount.class::isInstance).map(CasualtyCount.class::cast).ifPresent(casualties::add);
    }
    cells.add(names(facts, casualties.stream().map(CasualtyCount::perpetrator).toList()));
    cells.add(names(facts, casualties.stream().map(CasualtyCount::victims).toList()));
    List<Phrase> sources = new ArrayList<>();
    casualties.forEach(c -> sources.add(c.source()));
    all.stream().filter(Arrest.class::isInstance).map(a -> ((Arrest) a).source()).forEach(sources::add);
    cells.add(names(facts, sources));
    cells.add(Boolean.toString(hedged(facts, event)));
    cells.add(
        all.stream()
            .map(f -> f.span().start() + "-" + f.span().end())
            .collect(Collectors.joining(" ")));
    return cells.stream().map(EventsCsv::quoted).collect(Collectors.joining(","));
  }

  private static boolean hedged(DocumentFacts facts, Event event) {
    for (Total total : new Total[] {event.killed(), event.injured()}) {
      if (total == null) {
        continue;
      }
      for (String id : total.facts()) {
        if (facts.fact(id).filter(f -> f instanceof CasualtyCount c && c.hedged()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String names(DocumentFacts facts, List<@Nullable Phrase> phrases) {
    Set<String> names = new LinkedHashSet<>();
    for (Phrase phrase : phrases) {
      String name = facts.nameOf(phrase);
      if (name != null) {
        names.add(name);
      }
    }
    return String.join("; ", names);
  }

  private static String text(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** A cell as RFC 4180 writes it: quoted, with quotes doubled, where it holds , " or a line end. */
  static String quoted(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
