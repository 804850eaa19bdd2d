package org.eventfacts.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.place.PlaceMention;
import org.eventfacts.place.PlaceReader;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Groups a document's casualties and arrests into the incidents it reports, and dates, places and
 * totals each one. The first incident the story tells (its headline's or lead's) is the main one
 * and comes first; later statements refer back to it ("the shooting", "the attack") unless they
 * open another one:
 *
 * <ul>
 *   <li>a statistic of a period ("Since October, 15 children have been killed in the county", "so
 *       far this year") belongs to no incident;
 *   <li>a paragraph that marks an incident as another ("In a separate shooting", "Six other
 *       people were shot elsewhere in the city", "Elsewhere") holds a new incident, and the story
 *       returns to the main one in the next paragraph;
 *   <li>a statement that places itself in another town ("... was killed in Joliet", "off
 *       Kenton", "Near Joliet, ..."), or that follows in a paragraph whose first sentence does so ("In
 *       Joliet, a bus overturned on Monday. Four people were missing ..."), opens an incident there.
 * </ul>
 *
 * <p>An incident's place is the story's dateline, or the first place named where the incident is
 * told, or else in the lead; its date is the first date stated in a sentence of its facts (or of
 * the lead, for the main incident), resolved against the publication date, or else the
 * publication date marked inferred.
 *
 * <pre>{@code
 * List<Event> events = EventReader.of(PlaceReader.of(Gazetteer.geoNames())).read(parsed, facts, published);
 * }</pre>
 */
public final class EventReader {

  /** What places a statement in a town: "in Joliet", "off Kenton" (a coast). */
  private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|off) $");
  /**
   * A sentence that opens by placing itself near a town: "Near Joliet, a bus overturned"; within a
   * sentence, "a factory near Joliet" only locates a thing.
   */
  private static final Pattern FRONTED = Pattern.compile("(?i)\\W*(?:near|outside)\\s+");
  private static final int LEAD_SENTENCES = 4;

  private final PlaceReader places;

  private EventReader(PlaceReader places) {
    this.places = places;
  }

  /** A reader that places events with {@code places}. */
  public static EventReader of(PlaceReader places) {
    return new EventReader(checkNotNull(places, "places"));
  }

  /** The incidents of a document, its main one first. */
  public ImmutableList<Event> read(ParsedText text, DocumentFacts facts, @Nullable LocalDate published) {
    List<PlaceMention> mentions = places.read(text);
    List<ParsedSentence> sentences = text.sentences();
    IncidentWording wording = new IncidentWording(text);
    PlaceMention mainPlace = MainPlace.of(mentions, leadEnd(text), opening(facts, sentences, wording));
    List<Incident> incidents = new ArrayList<>();
    Incident main = null;
    Incident current = null;
    int currentParagraph = -1;
    int lastSentence = -1;
    for (IncidentFact fact : facts.incidentFacts()) {
      ParsedSentence sentence = sentences.get(fact.evidence().sentence());
      if (wording.isStatistic(sentence)) {
        continue; // a statistic of the period belongs to no incident
      }
      if (current != null && sentence.index() == lastSentence) {
        current.facts.add(fact); // one sentence, one incident: "... killed and four were wounded"
        continue;
      }
      lastSentence = sentence.index();
      if (main == null) {
        main = new Incident(sentence.index(), mainPlace);
        incidents.add(main);
        current = main;
        currentParagraph = sentence.paragraph();
      } else {
        PlaceMention elsewhere = elsewhere(text, sentence, mentions, main.place);
        if (elsewhere == null) {
          elsewhere = sceneOfParagraph(text, sentence, mentions, main.place);
        }
        boolean another = wording.tellsAnother(sentence);
        if (another || elsewhere != null) {
          if (current == main || current.firstSentence != sentence.index() && sentence.paragraph() != currentParagraph) {
            current = new Incident(sentence.index(), elsewhere != null ? elsewhere : placeIn(sentence, mentions, main.place));
            incidents.add(current);
          }
        } else if (sentence.paragraph() != currentParagraph) {
          current = main;
        }
        currentParagraph = sentence.paragraph();
      }
      current.facts.add(fact);
    }
    if (incidents.isEmpty()) {
      if (mainPlace == null) {
        return ImmutableList.of();
      }
      incidents.add(new Incident(mainPlace.sentence(), mainPlace));
    }
    Totals totals = new Totals(text, facts);
    IncidentDate dates = new IncidentDate(text, published, leadEnd(text));
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    int n = 0;
    for (Incident incident : incidents) {
      n++;
      events.add(event("e" + n, incident, incident == incidents.get(0), text, totals, dates));
    }
    return events.build();
  }

  private Event event(
      String id, Incident incident, boolean main, ParsedText text, Totals totals, IncidentDate dates) {
    List<CasualtyCount> killed = new ArrayList<>();
    List<CasualtyCount> injured = new ArrayList<>();
    List<CasualtyCount> missing = new ArrayList<>();
    List<Arrest> arrests = new ArrayList<>();
    for (IncidentFact fact : incident.facts) {
      if (fact instanceof CasualtyCount c) {
        (c.outcome() == Outcome.KILLED ? killed : c.outcome() == Outcome.INJURED ? injured : missing).add(c);
      } else if (fact instanceof Arrest a) {
        arrests.add(a);
      }
    }
    Total killedTotal = totals.casualties(killed);
    Span span =
        incident.facts.isEmpty()
            ? text.sentences().get(incident.firstSentence).span()
            : incident.facts.get(0).span();
    return new Event(
        id,
        dates.of(incident, main),
        incident.place == null ? null : incident.place.place(),
        killedTotal,
        totals.injured(injured, killedTotal),
        totals.casualties(missing),
        totals.arrests(arrests),
        incident.facts.stream().map(IncidentFact::id).toList(),
        span);
  }

  /** The sentence that first tells an incident: the first of a fact outside statistics. */
  private static int opening(
      DocumentFacts facts, List<ParsedSentence> sentences, IncidentWording wording) {
    for (IncidentFact fact : facts.incidentFacts()) {
      ParsedSentence sentence = sentences.get(fact.evidence().sentence());
      if (!wording.isStatistic(sentence)) {
        return sentence.index();
      }
    }
    return -1;
  }

  private static int leadEnd(ParsedText text) {
    int counted = 0;
    for (ParsedSentence sentence : text.sentences()) {
      if (!sentence.isFurniture() && ++counted >= LEAD_SENTENCES) {
        return sentence.index();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** A town other than the main incident's, named with "in" in this sentence. */
  private static @Nullable PlaceMention elsewhere(
      ParsedText text, ParsedSentence sentence, List<PlaceMention> mentions, @Nullable PlaceMention main) {
    if (main == null) {
      return null;
    }
    for (PlaceMention mention : mentions) {
      if (mention.sentence() != sentence.index() || !isTown(mention.place())) {
        continue;
      }
      Place place = mention.place();
      if (place.name().equals(main.place().name())) {
        continue;
      }
      int start = place.span().start();
      String before = text.text().substring(Math.max(0, start - 6), start);
      String opening = text.text().substring(Math.min(sentence.span().start(), start), start);
      if ((LOCATIVE.matcher(before).find() || FRONTED.matcher(opening).matches())
          && isTown(main.place())) {
        return mention;
      }
    }
    return null;
  }

  /**
   * The town a paragraph opens in when it sets its scene elsewhere before it tells what happened
   * there ("In Tarrow, a ferry capsized on Monday. Four people were still missing ..."): the
   * paragraph's first sentence places itself in another town, and a later sentence of it, which
   * names no place, holds the facts.
   */
  private static @Nullable PlaceMention sceneOfParagraph(
      ParsedText text, ParsedSentence sentence, List<PlaceMention> mentions, @Nullable PlaceMention main) {
    for (ParsedSentence opening : text.paragraph(sentence.paragraph())) {
      if (opening.index() == sentence.index()
          || mentions.stream().anyMatch(m -> m.sentence() == sentence.index())) {
        return null;
      }
      return elsewhere(text, opening, mentions, main);
    }
    return null;
  }

  private static boolean isTown(Place place) {
    return place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.NEIGHBOURHOOD;
  }

  private static @Nullable PlaceMention placeIn(
      ParsedSentence sentence, List<PlaceMention> mentions, @Nullable PlaceMention fallback) {
    for (PlaceMention mention : mentions) {
      if (mention.sentence() == sentence.index()) {
        return mention;
      }
    }
    return fallback;
  }
}
