package org.eventfacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.chunk.ParagraphChunks;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** A text longer than the chunk length is read in chunks and gives the facts of one document. */
class LongTextTest {

  private static final FactExtractor CHUNKED = FactExtractor.builder().threads(1).chunkLength(1_000).build();

  private static final String FILLER =
      "The council opened two schools as shelters, and volunteers handed out blankets and hot"
          + " soup to the families who had left the streets near the river. Buses ran every hour.";

  /** Five paragraphs of about 400 characters, a fact in the first and the last. */
  private static final String TEXT =
      "Fire chief Mara Quillon said 3 people were killed when a warehouse burned in Dunmore on"
          + " Friday. "
          + FILLER
          + "\n\n"
          + (FILLER + " " + FILLER + "\n\n").repeat(3)
          + "Mara Quillon said on Saturday that 5 people had been killed in the fire. "
          + FILLER;

  @Test
  void readsTheChunksFactsWithOffsetsIntoTheWholeText() {
    assertThat(ParagraphChunks.of(TEXT, 1_000)).hasSizeGreaterThanOrEqualTo(2);

    DocumentFacts facts = CHUNKED.extract("blog", TEXT);

    assertThat(facts.text()).isEqualTo(TEXT);
    assertThat(facts.casualties()).extracting(c -> c.count().value()).containsExactly(3L, 5L);
    assertThat(facts.casualties().get(1).span().coveredText(TEXT)).contains("5 people");
    assertThat(facts.casualties().get(1).evidence().sentence())
        .isGreaterThan(facts.casualties().get(0).evidence().sentence());
  }

  @Test
  void makesOneActorOfANameMentionedInTwoChunks() {
    DocumentFacts facts = CHUNKED.extract("blog", TEXT);

    assertThat(facts.actors()).filteredOn(a -> a.name().contains("Quillon")).singleElement().satisfies(actor -> {
      assertThat(actor.mentions()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(actor.mentions().get(actor.mentions().size() - 1).start()).isGreaterThan(1_000);
    });
  }

  @Test
  void groupsTheLaterChunksTollWithTheMainIncident() {
    DocumentFacts facts = CHUNKED.extract("blog", TEXT);

    assertThat(facts.events()).isNotEmpty();
    assertThat(facts.events().get(0).facts()).containsExactly("c1", "c2");
    assertThat(facts.events().get(0).killed().count().value()).isEqualTo(5);
  }

  @Test
  void readsTheSameCountsInChunksAsWhole() {
    DocumentFacts whole = SharedExtractor.facts(TEXT);
    DocumentFacts chunked = CHUNKED.extract("test", TEXT);

    assertThat(chunked.casualties()).extracting(CasualtyCount::span, CasualtyCount::count)
        .containsExactlyElementsOf(whole.casualties().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.span(), c.count())).toList());
    assertThat(chunked.actors()).extracting(Actor::name).containsExactlyInAnyOrderElementsOf(whole.actors().stream().map(Actor::name).toList());
  }

  @Test
  void refusesATextOverAHardLimitWithATooLongRecord() {
    FactExtractor limited = FactExtractor.builder().threads(1).maxTextLength(1_000).build();

    ExtractionResult result = limited.tryExtract(Document.of("blog", TEXT));

    assertThat(result.failed()).isTrue();
    assertThat(result.error().kind()).isEqualTo(ErrorKind.TOO_LONG);
  }
}
