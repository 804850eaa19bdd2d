package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/** Small predicted facts for tests, stated over a text of some 400 characters. */
final class Predicted {

  /** The text every fixture's spans point into. */
  static final String TEXT = "Police said twelve people were killed. ".repeat(10) + "x";

  private Predicted() {}

  static Evidence evidence(int start, int end) {
    return new Evidence(new Span(start, end), 0, "test.rule");
  }

  static Phrase phrase(String text) {
    return Phrase.of(text, new Span(0, 6));
  }

  static @Nullable Phrase phraseOrNull(@Nullable String text) {
    return text == null ? null : phrase(text);
  }

  static CasualtyCount casualty(Outcome outcome, Count count) {
    return casualty(outcome, count, null);
  }

  static CasualtyCount casualty(Outcome outcome, Count count, @Nullable String victims) {
    return new CasualtyCount(
        outcome, count, phraseOrNull(victims), null, null, false, evidence(12, 37));
  }

  static Arrest arrestOf(String arrestee) {
    return new Arrest(phrase(arrestee), null, null, null, null, false, evidence(0, 20));
  }

  static Arrest arrestOf(@Nullable String arrestee, Count count) {
    return new Arrest(phraseOrNull(arrestee), count, null, null, null, false, evidence(0, 20));
  }

  static Quote quote(int start, int end, QuoteKind kind) {
    return quote(start, end, kind, null);
  }

  static Quote quote(int start, int end, QuoteKind kind, @Nullable Phrase speaker) {
    return new Quote(
        TEXT.substring(start, end), kind, speaker, null, null, evidence(start, end));
  }

  /** An actor whose id is its name. */
  static Actor actor(ActorKind kind, String name, String... titles) {
    return new Actor(name, name, kind, List.of(titles), null, List.of(new Span(0, 6)));
  }

  /** A document of the given facts and actors over {@link #TEXT}. */
  static DocumentFacts facts(Object... factsAndActors) {
    List<CasualtyCount> casualties = new ArrayList<>();
    List<Arrest> arrests = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    for (Object item : factsAndActors) {
      if (item instanceof CasualtyCount casualty) {
        casualties.add(casualty);
      } else if (item instanceof Arrest arrest) {
        arrests.add(arrest);
      } else if (item instanceof Quote quote) {
        quotes.add(quote);
      } else if (item instanceof Actor actor) {
        actors.add(actor);
      } else {
        throw new IllegalArgumentException("not a fact or an actor: " + item);
      }
    }
    return new DocumentFacts(
        "doc",
        TEXT,
        ImmutableList.copyOf(casualties),
        ImmutableList.copyOf(arrests),
        ImmutableList.copyOf(quotes),
        ImmutableList.copyOf(actors));
  }
}
