package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * Predictions built from a document's gold, one per expectation, as a perfect extractor would
 * return them; the corpus README requires that these score perfectly.
 */
final class GoldFacts {

  private static final Span NOWHERE = new Span(0, 0);
  private static final Evidence NO_EVIDENCE = new Evidence(NOWHERE, 0, "gold");

  private GoldFacts() {}

  static DocumentFacts of(CorpusDocument document) {
    List<CasualtyCount> casualties = new ArrayList<>();
    List<Arrest> arrests = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    Map<String, String> speakers = new HashMap<>();
    for (Expectation expectation : document.gold().expectations()) {
      if (expectation instanceof ExpectedCasualty c) {
        casualties.add(
            new CasualtyCount(
                c.outcome(),
                count(c.count()),
                phrase(c.victims()),
                phrase(c.perpetrator()),
                phrase(c.source()),
                Boolean.TRUE.equals(c.hedged()),
                NO_EVIDENCE));
      } else if (expectation instanceof ExpectedArrest a) {
        GoldCount arrested = a.count();
        arrests.add(
            new Arrest(
                phrase(a.arrestee()),
                arrested == null ? null : count(arrested),
                phrase(a.authority()),
                phrase(a.charge()),
                phrase(a.source()),
                Boolean.TRUE.equals(a.hedged()),
                NO_EVIDENCE));
      } else if (expectation instanceof ExpectedQuote q) {
        Phrase speaker = phrase(q.speaker());
        if (speaker != null) {
          // A perfect extractor links the speaker to its actor; GROUP keeps these out of the
          // actor precision, which counts people and organisations only.
          String id = "speaker" + speakers.size();
          String known = speakers.putIfAbsent(speaker.text(), id);
          if (known == null) {
            actors.add(new Actor(id, speaker.text(), ActorKind.GROUP, List.of(), null, List.of(NOWHERE)));
          }
          speaker = speaker.withActor(known == null ? id : known);
        }
        quotes.add(
            new Quote(
                q.span().coveredText(document.text()),
                q.kind(),
                speaker,
                null,
                null,
                new Evidence(q.span(), 0, "gold")));
      } else if (expectation instanceof ExpectedActor a) {
        String title = a.title();
        actors.add(
            new Actor(
                "a" + actors.size(),
                a.name(),
                a.kind(),
                title == null ? List.of() : List.of(title),
                null,
                List.of(NOWHERE)));
      }
    }
    return new DocumentFacts(
        document.id(),
        document.text(),
        ImmutableList.copyOf(casualties),
        ImmutableList.copyOf(arrests),
        ImmutableList.copyOf(quotes),
        ImmutableList.copyOf(actors));
  }

  private static Count count(GoldCount gold) {
    Long value = gold.value();
    Long min = gold.min();
    Qualifier qualifier = gold.qualifier();
    if (value != null) {
      return qualifier == null
          ? Count.exact(gold.summary(), value)
          : Count.qualified(gold.summary(), value, qualifier);
    }
    if (min == null) {
      throw new AssertionError("a gold count has a value or a min: " + gold);
    }
    return Count.vague(gold.summary(), min, gold.max());
  }

  private static @Nullable Phrase phrase(@Nullable String text) {
    return text == null ? null : Phrase.of(text, NOWHERE);
  }
}
