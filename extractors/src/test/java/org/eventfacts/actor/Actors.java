package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Span;
import org.eventfacts.testing.SharedExtractor;

/** What the actor tests ask of the shared extractor's output. */
final class Actors {

  private final DocumentFacts facts;

  private Actors(DocumentFacts facts) {
    this.facts = facts;
  }

  static Actors of(String text) {
    return new Actors(SharedExtractor.facts(text));
  }

  List<Actor> all() {
    return facts.actors();
  }

  /** The actor with this canonical name; fails the test when there is none. */
  Actor named(String name) {
    assertThat(facts.actors()).extracting(Actor::name).contains(name);
    return facts.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  /** The names of the actors of this kind. */
  List<String> namesOf(ActorKind kind) {
    return facts.actors().stream().filter(a -> a.kind() == kind).map(Actor::name).toList();
  }

  /** The words of each mention of {@code actor}, in text order. */
  List<String> mentionsOf(Actor actor) {
    return actor.mentions().stream().map(this::words).toList();
  }

  /** Whether some actor has a mention at the {@code occurrence}-th (0-based) {@code words}. */
  boolean isMentioned(String words, int occurrence) {
    Span span = find(words, occurrence);
    return facts.actors().stream().anyMatch(a -> a.mentions().contains(span));
  }

  /** The span of the {@code occurrence}-th (0-based) {@code words} in the text. */
  Span find(String words, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = facts.text().indexOf(words, at + 1);
      assertThat(at).as("occurrence %s of '%s'", i, words).isNotNegative();
    }
    return new Span(at, at + words.length());
  }

  private String words(Span span) {
    return span.coveredText(facts.text());
  }
}
