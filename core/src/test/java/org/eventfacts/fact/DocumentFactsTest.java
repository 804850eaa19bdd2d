package org.eventfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFactsTest {

  private static final String TEXT = "Ana Voss said 26 were killed.";

  private static final Actor VOSS =
      new Actor(
          "a1",
          "Ana Voss",
          ActorKind.PERSON,
          List.of("President"),
          "Dastria",
          List.of(new Span(0, 8)));

  @Test
  void namesASlotByItsActor() {
    DocumentFacts facts =
        new DocumentFacts("d", TEXT, List.of(), List.of(), List.of(), List.of(VOSS));

    assertThat(facts.nameOf(new Phrase("Voss", new Span(4, 8), "a1")))
        .isEqualTo("Ana Voss");
    assertThat(facts.nameOf(Phrase.of("police", new Span(0, 6)))).isEqualTo("police");
    assertThat(facts.nameOf(null)).isNull();
  }

  @Test
  void listsFactsInTextOrder() {
    CasualtyCount later = casualty(13, 27);
    CasualtyCount earlier = casualty(0, 12);

    DocumentFacts facts =
        new DocumentFacts("d", TEXT, List.of(later, earlier), List.of(), List.of(), List.of());

    assertThat(facts.casualties()).extracting(Fact::span).containsExactly(earlier.span(), later.span());
    assertThat(facts.facts()).extracting(Fact::span).containsExactly(earlier.span(), later.span());
  }

  @Test
  void numbersCasualtiesAndArrestsInTextOrder() {
    DocumentFacts facts =
        new DocumentFacts(
            "d", TEXT, List.of(casualty(13, 27), casualty(0, 12)), List.of(), List.of(), List.of());

    assertThat(facts.casualties()).extracting(CasualtyCount::id).containsExactly("c1", "c2");
    assertThat(facts.fact("c2")).map(Fact::span).contains(new Span(13, 27));
  }

  @Test
  void givesEveryFactOfAnEventThatEventsId() {
    DocumentFacts facts =
        new DocumentFacts(
            "d", TEXT, List.of(casualty(0, 12), casualty(13, 27)), List.of(), List.of(), List.of());
    Total killed = new Total(Count.exact("26", 26), TotalRule.RESTATED, List.of("c1", "c2"));
    Event event =
        new Event("e1", null, null, killed, null, null, null, List.of("c1", "c2"), new Span(0, 12));

    DocumentFacts withEvent = facts.withEvents(List.of(event));

    assertThat(withEvent.casualties()).extracting(CasualtyCount::eventId).containsOnly("e1");
    assertThat(withEvent.events()).containsExactly(event);
  }

  @Test
  void rejectsAnEventThatNamesAFactTheDocumentLacks() {
    Event event = new Event("e1", null, null, null, null, null, null, List.of("c9"), new Span(0, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentFacts.empty("d", TEXT).withEvents(List.of(event)))
        .withMessageContaining("c9");
  }

  @Test
  void rejectsAFactInTwoEvents() {
    DocumentFacts facts =
        new DocumentFacts("d", TEXT, List.of(casualty(0, 12)), List.of(), List.of(), List.of());
    Event first = new Event("e1", null, null, null, null, null, null, List.of("c1"), new Span(0, 1));
    Event second = new Event("e2", null, null, null, null, null, null, List.of("c1"), new Span(0, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> facts.withEvents(List.of(first, second)))
        .withMessageContaining("two events");
  }

  @Test
  void rejectsEvidenceOutsideTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DocumentFacts(
                    "d", "short", List.of(casualty(0, 20)), List.of(), List.of(), List.of()))
        .withMessageContaining("outside a text");
  }

  @Test
  void rejectsDuplicateActorIds() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DocumentFacts(
                    "d", TEXT, List.of(), List.of(), List.of(), List.of(VOSS, VOSS)))
        .withMessageContaining("unique");
  }

  @Test
  void copiesItsListsIntoImmutableOnes() {
    DocumentFacts facts = DocumentFacts.empty("d", TEXT);

    assertThat(facts.casualties()).isUnmodifiable();
    assertThat(facts.actors()).isUnmodifiable();
  }

  private static CasualtyCount casualty(int start, int end) {
    return new CasualtyCount(
        Outcome.KILLED,
        Count.exact("26", 26),
        null,
        null,
        null,
        false,
        new Evidence(new Span(start, end), 0, "test"));
  }
}
