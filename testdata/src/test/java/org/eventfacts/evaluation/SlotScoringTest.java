package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventfacts.evaluation.Predicted.actor;
import static org.eventfacts.evaluation.Predicted.arrestOf;
import static org.eventfacts.evaluation.Predicted.casualty;
import static org.eventfacts.evaluation.Predicted.evidence;
import static org.eventfacts.evaluation.Predicted.facts;
import static org.eventfacts.evaluation.Predicted.phrase;
import static org.eventfacts.evaluation.Predicted.quote;

import java.util.Map;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.QuoteKind;
import org.junit.jupiter.api.Test;

class SlotScoringTest {

  private static final String TWENTY_SIX_RAIDERS_KILLED =
      "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': 26, 'qualifier': 'EXACT'},"
          + " 'victims': 'armed raiders'}";

  private static Map<Slot, SlotTally> slots(DocumentScore score, FactType type) {
    return score.type(type).slots();
  }

  @Test
  void nameSlotSharingAContentWordIsRight() {
    DocumentScore score =
        Scorer.score(
            Gold.recallOnly(TWENTY_SIX_RAIDERS_KILLED),
            facts(casualty(Outcome.KILLED, Count.exact("26", 26), "raiders")));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.VICTIMS, new SlotTally(1, 1));
  }

  @Test
  void slotsAreScoredOnMatchedPairsOnly() {
    GoldDocument gold =
        Gold.recallOnly(
            TWENTY_SIX_RAIDERS_KILLED,
            "{'type': 'casualty', 'outcome': 'INJURED', 'count': {'value': 9},"
                + " 'victims': 'police'}");

    DocumentScore score =
        Scorer.score(gold, facts(casualty(Outcome.KILLED, Count.exact("26", 26), "raiders")));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.VICTIMS, new SlotTally(1, 1));
  }

  @Test
  void slotIsScoredOnlyWhenTheGoldGivesIt() {
    DocumentScore score =
        Scorer.score(
            Gold.recallOnly(TWENTY_SIX_RAIDERS_KILLED),
            facts(casualty(Outcome.KILLED, Count.exact("26", 26), "raiders")));

    assertThat(slots(score, FactType.CASUALTY))
        .containsOnlyKeys(Slot.QUALIFIER, Slot.VICTIMS);
  }

  @Test
  void missingPredictedSlotIsWrong() {
    DocumentScore score =
        Scorer.score(
            Gold.recallOnly(TWENTY_SIX_RAIDERS_KILLED),
            facts(casualty(Outcome.KILLED, Count.exact("26", 26))));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.VICTIMS, new SlotTally(0, 1));
  }

  @Test
  void qualifierMustBeEqual() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'casualty', 'outcome': 'INJURED',"
                + " 'count': {'value': 1000, 'qualifier': 'MORE_THAN'}}");

    DocumentScore score =
        Scorer.score(
            gold,
            facts(
                casualty(Outcome.INJURED, Count.qualified("about 1,000", 1000, Qualifier.ABOUT))));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.QUALIFIER, new SlotTally(0, 1));
  }

  @Test
  void hedgedMustBeEqual() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': 26}, 'hedged': true}");
    CasualtyCount unhedged =
        new CasualtyCount(
            Outcome.KILLED, Count.exact("26", 26), null, null, null, false, evidence(0, 10));

    DocumentScore score = Scorer.score(gold, facts(unhedged));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.HEDGED, new SlotTally(0, 1));
  }

  @Test
  void matchingPrefersThePredictionWhoseSlotsAgree() {
    DocumentScore score =
        Scorer.score(
            Gold.recallOnly(TWENTY_SIX_RAIDERS_KILLED),
            facts(
                casualty(Outcome.KILLED, Count.exact("26", 26), "police officers"),
                casualty(Outcome.KILLED, Count.exact("26", 26), "raiders")));

    assertThat(slots(score, FactType.CASUALTY)).containsEntry(Slot.VICTIMS, new SlotTally(1, 1));
  }

  @Test
  void arrestCountIsASlotWhenTheGoldGivesACount() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'arrest', 'arrestee': 'demonstrators',"
                + " 'count': {'value': 2400, 'qualifier': 'MORE_THAN'}}");

    DocumentScore score = Scorer.score(gold, facts(arrestOf("demonstrators")));

    assertThat(slots(score, FactType.ARREST))
        .containsEntry(Slot.ARRESTEE, new SlotTally(1, 1))
        .containsEntry(Slot.COUNT, new SlotTally(0, 1))
        .containsEntry(Slot.QUALIFIER, new SlotTally(0, 1));
  }

  @Test
  void speakerIsReadThroughItsActorsCanonicalName() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'DIRECT',"
                + " 'speaker': 'Ana Voss'}");

    DocumentScore score =
        Scorer.score(
            gold,
            facts(
                quote(100, 140, QuoteKind.DIRECT, phrase("he").withActor("Voss")),
                actor(ActorKind.PERSON, "Voss")));

    assertThat(slots(score, FactType.QUOTE)).containsEntry(Slot.SPEAKER, new SlotTally(1, 1));
  }

  @Test
  void nullGoldSpeakerIsNotScored() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'PARTIAL', 'speaker': null}");

    DocumentScore score =
        Scorer.score(gold, facts(quote(100, 140, QuoteKind.PARTIAL, phrase("Voss"))));

    assertThat(slots(score, FactType.QUOTE)).doesNotContainKey(Slot.SPEAKER);
  }

  @Test
  void quoteKindMustBeEqual() {
    GoldDocument gold =
        Gold.recallOnly("{'type': 'quote', 'start': 100, 'end': 140, 'kind': 'DIRECT'}");

    DocumentScore score = Scorer.score(gold, facts(quote(100, 140, QuoteKind.PARTIAL)));

    assertThat(slots(score, FactType.QUOTE)).containsEntry(Slot.KIND, new SlotTally(0, 1));
  }

  @Test
  void actorTitleIsRightWhenAnyOfItsTitlesAgrees() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'actor', 'name': 'Aidos Ukibai', 'kind': 'PERSON', 'title': 'spokesman'}");

    DocumentScore score =
        Scorer.score(
            gold,
            facts(actor(ActorKind.PERSON, "Aidos Ukibai", "adviser", "presidential spokesman")));

    assertThat(slots(score, FactType.ACTOR)).containsEntry(Slot.TITLE, new SlotTally(1, 1));
  }
}
