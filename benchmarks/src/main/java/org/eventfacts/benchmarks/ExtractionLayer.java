package org.eventfacts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import java.util.function.Supplier;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.actor.ActorExtractor;
import org.eventfacts.actor.ActorLinker;
import org.eventfacts.arrest.ArrestExtractor;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.casualty.CasualtyExtractor;
import org.eventfacts.casualty.Suspects;
import org.eventfacts.event.EventReader;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Quote;
import org.eventfacts.json.FactsJson;
import org.eventfacts.place.Gazetteer;
import org.eventfacts.place.PlaceReader;
import org.eventfacts.quote.QuoteExtractor;
import org.eventfacts.text.ParsedText;

/**
 * The extraction layer, everything a run does after CoreNLP's annotators, step by step as {@link
 * org.eventfacts.FactExtractor} runs it with every fact type and as the CLI's {@code extract}
 * writes it, each step handed to a {@link Stages} that may time it.
 *
 * <pre>{@code
 * String line = new ExtractionLayer().read(annotated, document, Stages.UNTIMED);
 * }</pre>
 */
final class ExtractionLayer {

  /** Runs each step of the layer, under the name of its row in a profile. */
  interface Stages {

    /** Runs every step as it is. */
    Stages UNTIMED =
        new Stages() {
          @Override
          public <T> T run(String stage, Supplier<T> work) {
            return work.get();
          }
        };

    <T> T run(String stage, Supplier<T> work);
  }

  private final EventReader events = EventReader.of(PlaceReader.of(Gazetteer.geoNames()));
  private final FactsJson json = new FactsJson(new ObjectMapper());

  /** The JSON line {@code extract} writes for {@code document}, read from its annotation. */
  String read(CoreDocument annotated, Document document, Stages stages) {
    ParsedText text = stages.run("view (ParsedText)", () -> ParsedText.of(annotated));
    AttributionReader attribution = stages.run("attribution", () -> AttributionReader.of(text));
    List<CasualtyCount> read =
        stages.run("casualty reader", () -> CasualtyExtractor.read(text, attribution));
    List<Arrest> arrests = stages.run("arrest reader", () -> ArrestExtractor.read(text, attribution));
    List<CasualtyCount> casualties =
        stages.run("suspects named (casualties and arrests)", () -> Suspects.named(read, arrests));
    List<Quote> quotes = stages.run("quote reader", () -> QuoteExtractor.read(text));
    List<Actor> actors = stages.run("actor reader", () -> ActorExtractor.read(text, quotes));
    DocumentFacts facts =
        stages.run(
            "actor linking",
            () ->
                ActorLinker.of(text, actors)
                    .linkFacts(
                        new DocumentFacts(
                            document.id(), text.text(), casualties, arrests, quotes, List.of())));
    DocumentFacts withEvents =
        stages.run(
            "event reader (dates, places, totals)",
            () -> facts.withEvents(events.read(text, facts, document.published())));
    return stages.run("JSON", () -> json.writeLine(ExtractionResult.of(withEvents), document));
  }
}
