package org.eventfacts.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.junit.jupiter.api.Test;

class JoinedFactsTest {

  // two chunks: [0, 60) and [60, 120)
  private static final String TEXT =
      "Mayor Ann Tolle said 4 people were killed in Brackwater.    \n\n"
          + "Ann Tolle said later that 6 people were killed there.   ";

  private static final Place BRACKWATER =
      new Place("Brackwater", "Brackwater", PlaceKind.CITY, null, null, null, null, null, new Span(45, 55));

  private static CasualtyCount killed(long n, int start, int sentence, String actorId) {
    return new CasualtyCount(
        Outcome.KILLED,
        Count.exact(String.valueOf(n), n),
        null,
        null,
        new Phrase("Ann Tolle", new Span(start, start + 9), actorId),
        false,
        new Evidence(new Span(start, start + 40), sentence, "test"));
  }

  private static DocumentFacts chunk(CasualtyCount casualty, Actor actor, Place place) {
    CasualtyCount numbered = casualty.withIds("c1", "e1");
    Event event =
        new Event("e1", null, place, new Total(numbered.count(), TotalRule.STATED, List.of("c1")), null, null, null, List.of("c1"), numbered.span());
    return new DocumentFacts("blog", TEXT, List.of(numbered), List.of(), List.of(), List.of(actor), List.of(event));
  }

  private static DocumentFacts twoChunks(Place secondPlace) {
    JoinedFacts joined = new JoinedFacts("blog", TEXT);
    joined.add(
        chunk(killed(4, 6, 0, "a1"), new Actor("a1", "Ann Tolle", ActorKind.PERSON, List.of("mayor"), null, List.of(new Span(6, 15))), BRACKWATER),
        1);
    joined.add(
        chunk(killed(6, 62, 0, "a1"), new Actor("a1", "Ann Tolle", ActorKind.PERSON, List.of(), null, List.of(new Span(62, 71))), secondPlace),
        1);
    return joined.facts();
  }

  @Test
  void makesActorsOfTheSameNameInTwoChunksOneActor() {
    DocumentFacts facts = twoChunks(BRACKWATER);

    assertThat(facts.actors()).singleElement().satisfies(actor -> {
      assertThat(actor.mentions()).containsExactly(new Span(6, 15), new Span(62, 71));
      assertThat(actor.titles()).containsExactly("mayor");
    });
    assertThat(facts.casualties()).extracting(c -> c.source().actorId()).containsExactly("a1", "a1");
  }

  @Test
  void numbersFactsAndSentencesOnFromTheChunksBefore() {
    DocumentFacts facts = twoChunks(BRACKWATER);

    assertThat(facts.casualties()).extracting(CasualtyCount::id).containsExactly("c1", "c2");
    assertThat(facts.casualties()).extracting(c -> c.evidence().sentence()).containsExactly(0, 1);
    assertThat(facts.casualties().get(1).span().coveredText(TEXT)).startsWith("Ann Tolle said later");
  }

  @Test
  void joinsALaterChunksMainIncidentInTheSamePlaceToTheMainIncidentWithTheLaterToll() {
    DocumentFacts facts = twoChunks(BRACKWATER);

    assertThat(facts.events()).singleElement().satisfies(event -> {
      assertThat(event.facts()).containsExactly("c1", "c2");
      assertThat(event.killed().count().value()).isEqualTo(6);
      assertThat(event.killed().rule()).isEqualTo(TotalRule.UPDATED);
    });
    assertThat(facts.casualties()).extracting(CasualtyCount::eventId).containsExactly("e1", "e1");
  }

  @Test
  void keepsALaterChunksIncidentInAnotherTownAnIncidentOfItsOwn() {
    Place elsewhere = new Place("Tarrow", "Tarrow", PlaceKind.CITY, null, null, null, null, null, new Span(100, 106));

    DocumentFacts facts = twoChunks(elsewhere);

    assertThat(facts.events()).extracting(Event::id).containsExactly("e1", "e2");
    assertThat(facts.casualties()).extracting(CasualtyCount::eventId).containsExactly("e1", "e2");
  }
}
