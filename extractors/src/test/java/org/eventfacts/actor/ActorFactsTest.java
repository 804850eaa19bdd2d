package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** How actors reach the facts an extractor returns. */
class ActorFactsTest {

  @Test
  void linksACasualtySourceToItsActor() {
    DocumentFacts facts =
        SharedExtractor.facts(
            "Interior Minister Ana Voss visited the hospital. She said 12 people were killed.");
    CasualtyCount count = facts.casualties().get(0);

    assertThat(facts.nameOf(count.source())).isEqualTo("Ana Voss");
  }

  @Test
  void linksAGroupThatKilledToItsGroupActor() {
    DocumentFacts facts = SharedExtractor.facts("Gunmen killed 49 people in the village.");

    assertThat(facts.casualties().get(0).perpetrator().actorId()).isNotNull();
  }

  @Test
  void keepsOnlyTheActorsAFactRefersToWhenActorsWereNotAskedFor() {
    FactExtractor casualtiesOnly = FactExtractor.builder().facts(FactType.CASUALTY).build();

    DocumentFacts facts =
        casualtiesOnly.extract(
            "Police in Dunmore said 26 people were killed near the Harbour Hotel.");

    assertThat(facts.actors()).extracting(Actor::name).containsExactly("police");
  }
}
