package org.eventfacts.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class CasualtyExtractorTest {

  private static List<CasualtyCount> casualties(String text) {
    return SharedExtractor.facts(text).casualties();
  }

  @Test
  void readsAPassiveCountWithItsVictims() {
    assertThat(casualties("Twenty-six armed men were killed in the fighting."))
        .extracting(c -> c.outcome(), c -> c.count().value(), c -> c.victims().text())
        .containsExactly(tuple(Outcome.KILLED, 26L, "armed men"));
  }

  @Test
  void readsMoreThanAThousandAsLowerBound() {
    CasualtyCount count = casualties("More than a thousand protesters were injured.").get(0);

    assertThat(count.count().value()).isEqualTo(1000L);
    assertThat(count.count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(count.count().min()).isEqualTo(1000L);
    assertThat(count.count().max()).isNull();
  }

  @Test
  void readsCoordinatedCountsWithTheirOwnQualifiers() {
    assertThat(casualties("There were 18 dead and almost 750 injured."))
        .extracting(c -> c.outcome(), c -> c.count().value(), c -> c.count().qualifier())
        .containsExactly(
            tuple(Outcome.KILLED, 18L, Qualifier.EXACT),
            tuple(Outcome.INJURED, 750L, Qualifier.ALMOST));
  }

  @Test
  void readsTheObjectOfAnActiveVerbAndItsSubjectAsPerpetrator() {
    CasualtyCount count = casualties("Gunmen killed 49 people in the village.").get(0);

    assertThat(count.count().value()).isEqualTo(49L);
    assertThat(count.perpetrator().text()).isEqualTo("Gunmen");
  }

  @Test
  void readsVagueAmountsAsRanges() {
    CasualtyCount count = casualties("Dozens of people have been killed.").get(0);

    assertThat(count.count().value()).isNull();
    assertThat(count.count().qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(count.count().min()).isEqualTo(24L);
  }

  @Test
  void multipliesDozens() {
    assertThat(casualties("Two dozen people were wounded."))
        .extracting(c -> c.count().value())
        .containsExactly(24L);
  }

  @Test
  void readsTheRisingDeathToll() {
    assertThat(casualties("The death toll rose to 40 on Sunday."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 40L));
  }

  @Test
  void countsASingleStatedVictimAsOne() {
    assertThat(casualties("A 17-year-old was shot and killed on Friday."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 1L));
  }

  @Test
  void countsOnlyTheDeathWhenATotalOfPeopleShotIncludesIt() {
    assertThat(casualties("Police said a gunman shot six people, one fatally."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 1L));
  }

  @Test
  void leftDeadCountsTheObjectOfLeft() {
    assertThat(casualties("The blast left 26 people dead."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 26L));
  }

  @Test
  void namesTheSideACountIsGivenFor() {
    CasualtyCount count = casualties("On the part of the police, there were four dead.").get(0);

    assertThat(count.victims().text()).contains("police");
  }

  @Test
  void ignoresNegatedCasualties() {
    assertThat(casualties("No one was injured in the fire.")).isEmpty();
    assertThat(casualties("Two other passengers were not hurt.")).isEmpty();
  }

  @Test
  void ignoresHypotheticalCasualties() {
    assertThat(casualties("Officials said dozens could have been killed.")).isEmpty();
    assertThat(casualties("The man threatened to kill three hostages.")).isEmpty();
  }

  @Test
  void ignoresAgesDatesAndMoney() {
    assertThat(
            casualties(
                "On May 3, 2019, John Smith, 34, paid $20,000 for a car. The 911 call came at 2:15 a.m."))
        .isEmpty();
  }

  @Test
  void ignoresNumbersOfAnimals() {
    assertThat(casualties("The intruder killed three dogs.")).isEmpty();
  }

  @Test
  void attributesAFigureToTheReportingSource() {
    CasualtyCount count = casualties("Three people were killed, the health ministry said.").get(0);

    assertThat(count.source().text()).isEqualTo("the health ministry");
  }

  @Test
  void neverTakesTheDatelineForTheSource() {
    List<CasualtyCount> counts =
        casualties(
            "KESTON, Ore. (AP) — A shooting at a house party on Friday night killed two people and"
                + " wounded three others, police said.");

    assertThat(counts).extracting(c -> c.source().text()).containsOnly("police");
  }

  @Test
  void takesTheNameTheParserSetsBesideTheDatelineForTheSource() {
    List<CasualtyCount> counts =
        casualties(
            "DELMONT HILLS, Ohio - Delmont Hills Police say two people were killed when a gunman"
                + " opened fire inside a bakery.");

    assertThat(counts).extracting(c -> c.source().text()).containsOnly("Delmont Hills Police");
  }

  @Test
  void readsAClosingSourceWhoseNameHoldsOf() {
    List<CasualtyCount> counts =
        casualties(
            "BRANTLEY, Ga. — Two people died and one was hurt when a van left the road north of"
                + " Brantley on Sunday evening, the Georgia Department of Transportation said.");

    assertThat(counts)
        .extracting(c -> c.source().text())
        .containsOnly("the Georgia Department of Transportation");
  }

  @Test
  void attributesTheFiguresOfAParagraphToItsOpeningSource() {
    List<CasualtyCount> counts =
        casualties(
            "According to official figures, 26 people died. There were also 40 injured.\n\nLater news.");

    assertThat(counts).extracting(c -> c.source().text()).containsOnly("official figures");
  }

  @Test
  void hedgesFiguresALaterSentenceDisclaims() {
    List<CasualtyCount> counts =
        casualties(
            "Rebels said 30 soldiers were killed. The figures could not be independently verified.");

    assertThat(counts).extracting(CasualtyCount::hedged).containsExactly(true);
  }

  @Test
  void hedgesReportedlyAndMayHaveBeen() {
    assertThat(casualties("Two guards were reportedly killed.").get(0).hedged()).isTrue();
    assertThat(casualties("As many as 30 people may have died.").get(0).hedged()).isTrue();
  }

  @Test
  void pointsItsEvidenceAtTheCountInTheText() {
    String text = "Late on Friday, 12 miners died in the collapse.";
    CasualtyCount count = casualties(text).get(0);

    assertThat(count.span().coveredText(text)).contains("12 miners died");
    assertThat(count.evidence().sentence()).isZero();
  }

  @Test
  void givesARestatementTheSourceOfTheFigureItRestates() {
    List<CasualtyCount> counts =
        casualties(
            "Four dead in warehouse fire\n\nFour people were killed when a fire swept through a"
                + " warehouse on Monday, the fire service said.");

    assertThat(counts).extracting(c -> c.source().text()).containsOnly("the fire service");
  }

  @Test
  void readsAListOfCountedGroupsAfterIncluded() {
    assertThat(casualties("The dead included two Britons, one Canadian and a French teacher."))
        .extracting(c -> c.count().value())
        .containsExactly(2L, 1L, 1L);
  }

  @Test
  void countsTheTotalThatAPartIsOf() {
    assertThat(casualties("Three of the 20 injured were children."))
        .extracting(c -> c.count().value())
        .contains(20L);
  }

  @Test
  void ignoresAKillingNamedAsACharge() {
    assertThat(casualties("He was charged with murder and attempted murder.")).isEmpty();
  }

  @Test
  void ignoresCountsInRelatedStoryLinks() {
    assertThat(casualties("RELATED: Three killed in highway crash\n\nThe council met on Monday."))
        .isEmpty();
  }

  @Test
  void namesTheAgentOfANominalKilling() {
    CasualtyCount count = casualties("They recalled the massacre of 300 villagers by the militia.").get(0);

    assertThat(count.count().value()).isEqualTo(300L);
    assertThat(count.perpetrator().text()).isEqualTo("the militia");
  }

  @Test
  void takesTheSourceFromAClosingReportingClause() {
    CasualtyCount count =
        casualties(
                "Five people died when the roof collapsed on a crowded market, the regional governor said.")
            .get(0);

    assertThat(count.source().text()).isEqualTo("the regional governor");
  }

  @Test
  void readsAHyphenatedNumberWordInACapitalisedDateline() {
    assertThat(casualties("PORT ELLIS — Twenty-one passengers were killed."))
        .extracting(c -> c.count().value())
        .containsExactly(21L);
  }

  @Test
  void doesNotCountTheTotalShotAsInjuredWhenItIncludesTheDead() {
    assertThat(casualties("Gunman shoots six at a college, killing one"))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 1L));
  }

  @Test
  void readsANumberAfterAPersonsNameAsAnAge() {
    assertThat(
            casualties(
                "The gunman killed his uncle Rafe Dunmore, 61; his cousin Ella Dunmore, 34; and a"
                    + " neighbour."))
        .noneMatch(c -> c.count().value() != null && c.count().value() > 1);
  }

  @Test
  void givesEachOfTwoListedGroupsItsOwnOutcome() {
    assertThat(casualties("The crash left one driver dead and three other people injured."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 1L), tuple(Outcome.INJURED, 3L));
  }

  @Test
  void doesNotTakeOthersForTheVictimTheyAreSetBeside() {
    assertThat(casualties("In the attack that killed Dana Prewitt, two others were shot and wounded."))
        .noneMatch(c -> c.outcome() == Outcome.KILLED && c.count().value() == 2L);
  }

  @Test
  void readsTheObjectTheParserGivesToAClosingReportingVerb() {
    assertThat(casualties("A fire at a warehouse killed two security guards, the fire department said."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.KILLED, 2L));
  }

  @Test
  void readsAStabbingAsAnInjuryAndAStabbingToDeathAsADeath() {
    assertThat(casualties("Two men were stabbed outside a bar. A woman was stabbed to death nearby."))
        .extracting(c -> c.outcome(), c -> c.count().value())
        .containsExactly(tuple(Outcome.INJURED, 2L), tuple(Outcome.KILLED, 1L));
  }

  @Test
  void readsWhoAPartOfAGroupIs() {
    assertThat(casualties("The rebels said three of their own fighters had died."))
        .extracting(c -> c.victims().text())
        .containsExactly("their own fighters");
  }

  @Test
  void readsWhoTheDeadWereFromWhatTheSentenceSaysTheyWere() {
    assertThat(casualties("Nine people died in the crush. Two of the dead were children."))
        .extracting(c -> c.count().value(), c -> c.victims().text())
        .containsExactly(tuple(9L, "people"), tuple(2L, "children"));
  }

  @Test
  void readsTheWoundedWhoLaterDiedAsTheWounded() {
    assertThat(casualties("Five of the wounded died overnight in hospital."))
        .extracting(c -> c.outcome(), c -> c.victims().text())
        .containsExactly(tuple(Outcome.KILLED, "the wounded"));
  }
}
