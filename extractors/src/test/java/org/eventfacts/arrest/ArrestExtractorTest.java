package org.eventfacts.arrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.testing.SharedExtractor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ArrestExtractorTest {

  private static List<Arrest> arrests(String text) {
    return SharedExtractor.facts(text).arrests();
  }

  private static Arrest onlyArrest(String text) {
    List<Arrest> arrests = arrests(text);
    assertThat(arrests).hasSize(1);
    return arrests.get(0);
  }

  private static @Nullable String text(@Nullable Phrase phrase) {
    return phrase == null ? null : phrase.text();
  }

  // Who was arrested, and by whom

  @Test
  void readsThePassiveSubjectAndTheByAgentAsAuthority() {
    Arrest arrest = onlyArrest("Jane Roe, 31, was taken into custody by sheriff's deputies on Friday.");

    assertThat(arrest.arrestee().text()).isEqualTo("Jane Roe, 31");
    assertThat(arrest.authority().text()).isEqualTo("sheriff's deputies");
  }

  @Test
  void readsTheActiveObjectWithItsCountAndTheSubjectAsAuthority() {
    Arrest arrest = onlyArrest("FBI agents arrested three men in Oakdale on Thursday.");

    assertThat(arrest.arrestee().text()).isEqualTo("men");
    assertThat(arrest.count().value()).isEqualTo(3L);
    assertThat(arrest.authority().text()).isEqualTo("FBI agents");
  }

  @Test
  void readsMoreThanAsALowerBound() {
    Arrest arrest = onlyArrest("More than 1200 protesters have been detained.");

    assertThat(arrest.count().value()).isEqualTo(1200L);
    assertThat(arrest.count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(arrest.arrestee().text()).isEqualTo("protesters");
  }

  @Test
  void readsAVagueAmountRoundedUp() {
    Arrest arrest = onlyArrest("Hundreds of students were rounded up by riot police.");

    assertThat(arrest.count().qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(arrest.count().min()).isEqualTo(200L);
    assertThat(arrest.authority().text()).isEqualTo("riot police");
  }

  @Test
  void readsANumberOfArrestsWithoutArrestees() {
    Arrest arrest = onlyArrest("Police made 40 arrests overnight.");

    assertThat(arrest.arrestee()).isNull();
    assertThat(arrest.count().value()).isEqualTo(40L);
  }

  @Test
  void keepsTheNameGivenInApposition() {
    assertThat(onlyArrest("Police arrested a 30-year-old man, Carl Mott, at his home.").arrestee().text())
        .isEqualTo("a 30-year-old man, Carl Mott");
  }

  @Test
  void readsEachCoordinatedPersonAsAnArrest() {
    assertThat(arrests("Ben Holt, 20, and Sam Reyes, 19, were arrested."))
        .extracting(arrest -> arrest.arrestee().text())
        .containsExactly("Ben Holt, 20", "Sam Reyes, 19");
  }

  @Test
  void readsTheGroupAndEachMemberOfAnIncludingList() {
    assertThat(arrests("Several activists were detained, including Lena Moss and the poet Ivo Kral."))
        .extracting(arrest -> arrest.arrestee().text())
        .containsExactly("activists", "Lena Moss", "the poet Ivo Kral");
  }

  @Test
  void readsTheMembersThoseArrestedIncluded() {
    assertThat(arrests("Those arrested included two students and a teacher."))
        .extracting(arrest -> arrest.arrestee().text())
        .containsExactly("students", "a teacher");
  }

  @Test
  void readsTheArrestOfNoun() {
    Arrest arrest = onlyArrest("Police announced the arrest of two teenagers.");

    assertThat(arrest.arrestee().text()).isEqualTo("teenagers");
    assertThat(arrest.count().value()).isEqualTo(2L);
    assertThat(arrest.authority().text()).isEqualTo("Police");
  }

  @Test
  void readsSomeoneRemainingInCustody() {
    assertThat(onlyArrest("Gil Ortiz remained in custody on Monday.").arrestee().text())
        .isEqualTo("Gil Ortiz");
  }

  @Test
  void readsSomeoneBehindBars() {
    assertThat(onlyArrest("A Dayton man is behind bars after a shooting on Elm Road.").arrestee().text())
        .isEqualTo("A Dayton man");
  }

  @Test
  void readsSomeoneHeldWithoutBail() {
    assertThat(onlyArrest("Tara Quinn is being held without bail at the county detention center.").arrestee().text())
        .isEqualTo("Tara Quinn");
  }

  @Test
  void readsASurrenderToPoliceWithPoliceAsAuthority() {
    Arrest arrest = onlyArrest("Opposition leader Dan Vole surrendered to police on Tuesday.");

    assertThat(arrest.arrestee().text()).contains("Dan Vole");
    assertThat(arrest.authority().text()).isEqualTo("police");
  }

  @Test
  void readsTurningOneselfIn() {
    assertThat(onlyArrest("Ray Pellow turned himself in to deputies on Saturday.").arrestee().text())
        .isEqualTo("Ray Pellow");
  }

  @Test
  void takesWhoAnnouncedTheArrestAsAuthority() {
    Arrest arrest =
        onlyArrest("The state security service announced that the banker Oleg Fenn had been arrested.");

    assertThat(arrest.arrestee().text()).contains("Oleg Fenn");
    assertThat(arrest.authority().text()).isEqualTo("The state security service");
  }

  @Test
  void replacesAPronounAuthorityWithWhoSaidIt() {
    Arrest arrest = onlyArrest("Officers say they arrested Pat Lowe near the river.");

    assertThat(arrest.arrestee().text()).isEqualTo("Pat Lowe");
    assertThat(arrest.authority().text()).isEqualTo("Officers");
  }

  @Test
  void takesTheJudgeWhoOrderedSomeoneHeldAsAuthority() {
    Arrest arrest = onlyArrest("Judge Mary Stone ordered Vic Lang held until trial.");

    assertThat(arrest.arrestee().text()).isEqualTo("Vic Lang");
    assertThat(arrest.authority().text()).contains("Mary Stone");
  }

  @Test
  void takesTheAgentOfACoordinatedCustodyVerb() {
    Arrest arrest =
        onlyArrest("Lou Grant was arrested at a motel and taken into custody by state troopers.");

    assertThat(arrest.authority().text()).isEqualTo("state troopers");
  }

  @Test
  void readsTheSubjectOfAClauseTheParserHungOnAReportingVerb() {
    assertThat(onlyArrest("Court records show Ada Burke was booked on Tuesday.").arrestee().text())
        .isEqualTo("Ada Burke");
  }

  // Pronouns and descriptions

  @Test
  void resolvesAPronounToThePersonArrestedBefore() {
    assertThat(arrests("Police arrested Rita Kane on Friday. She was booked into the city jail."))
        .extracting(arrest -> arrest.arrestee().text())
        .containsExactly("Rita Kane", "Rita Kane");
  }

  @Test
  void resolvesADescriptionToThePersonArrestedBefore() {
    assertThat(arrests("Investigators detained the trader Paul Ferris. The trader was held overnight."))
        .extracting(arrest -> arrest.arrestee().text())
        .containsExactly("the trader Paul Ferris", "the trader Paul Ferris");
  }

  @Test
  void keepsAPronounThatNothingBeforeNames() {
    assertThat(onlyArrest("He was arrested on Friday.").arrestee().text()).isEqualTo("He");
  }

  @Test
  void namesAnArrestedManByTheSuspectNamedLater() {
    Arrest arrest =
        onlyArrest(
            "A man was taken into custody on Monday after a standoff. Neighbors heard shots. "
                + "The suspect, Roy Dunn, 52, had barricaded himself inside.");

    assertThat(arrest.arrestee().text()).isEqualTo("Roy Dunn");
  }

  @Test
  void namesAnUnnamedArresteeByTheChargeInTheNextSentence() {
    Arrest arrest =
        onlyArrest(
            "A 34-year-old was arrested on Friday after a break-in at a pharmacy. "
                + "Lee Park, of Newport, is charged with burglary.");

    assertThat(arrest.arrestee().text()).isEqualTo("Lee Park");
  }

  @Test
  void addsTheChargedMembersOfAnArrestedGroup() {
    assertThat(
            arrests(
                "Officers detained three teenagers after a carjacking on Elm Road. "
                    + "Police charged Al Fox, Bo Chu and Ann Dale with robbery."))
        .extracting(arrest -> arrest.arrestee().text())
        .contains("teenagers", "Al Fox", "Bo Chu");
  }

  // Charges

  @Test
  void readsTheChargesOfABooking() {
    assertThat(text(onlyArrest("Doe was booked into the county jail on charges of burglary.").charge()))
        .isEqualTo("charges of burglary");
  }

  @Test
  void readsOnSuspicionOf() {
    assertThat(text(onlyArrest("A 45-year-old man was arrested on suspicion of arson.").charge()))
        .isEqualTo("suspicion of arson");
  }

  @Test
  void readsTheChargeOfACoordinatedChargedWith() {
    assertThat(text(onlyArrest("Tom Pike was arrested and charged with armed robbery.").charge()))
        .isEqualTo("armed robbery");
  }

  @Test
  void readsAChargeStatedAfterADash() {
    Arrest arrest =
        onlyArrest(
            "The former minister Ivo Brandt was detained on Monday – he is facing an investigation into bribery.");

    assertThat(arrest.charge().text()).isEqualTo("an investigation into bribery");
  }

  @Test
  void readsTheChargeFromTheNextSentenceAboutTheSamePerson() {
    Arrest arrest = onlyArrest("Police arrested Nora Vance on Sunday. Vance is charged with fraud and forgery.");

    assertThat(arrest.charge().text()).isEqualTo("fraud and forgery");
  }

  @Test
  void readsTheChargeAboutTheSameNamedPersonAnywhereInTheText() {
    Arrest arrest =
        onlyArrest(
            "Nils Hart is charged with two counts of robbery. The store reopened on Monday. "
                + "Neighbors said the street was quiet. A clerk said she was relieved. "
                + "Hart is being held in the county jail.");

    assertThat(arrest.charge().text()).isEqualTo("two counts of robbery");
  }

  @Test
  void readsArrestedForAnOffence() {
    assertThat(text(onlyArrest("Officers arrested two brothers for the robbery of a pharmacy.").charge()))
        .isEqualTo("the robbery of a pharmacy");
  }

  // Source and hedging

  @Test
  void readsTheSourceAndHedging() {
    Arrest arrest =
        onlyArrest("Dozens of journalists were reportedly detained, according to a press freedom group.");

    assertThat(arrest.source().text()).isEqualTo("a press freedom group");
    assertThat(arrest.hedged()).isTrue();
  }

  @Test
  void recordsTheEvidenceAndRule() {
    String text = "Police arrested Nora Vance on Sunday.";
    Arrest arrest = onlyArrest(text);

    assertThat(arrest.evidence().span().coveredText(text)).isEqualTo("arrested Nora Vance");
    assertThat(arrest.evidence().rule()).isEqualTo("arrest.active");
  }

  // Traps: statements that are not arrests

  @Test
  void noArrestsHaveBeenMadeIsNoArrest() {
    assertThat(arrests("No arrests have been made in the case.")).isEmpty();
  }

  @Test
  void wasNotDetainedIsNoArrest() {
    assertThat(arrests("The driver was questioned but was not detained.")).isEmpty();
  }

  @Test
  void noOneInCustodyIsNoArrest() {
    assertThat(arrests("No one is in custody.")).isEmpty();
  }

  @Test
  void aWarrantForHisArrestIsNoArrest() {
    assertThat(arrests("A warrant has been issued for his arrest.")).isEmpty();
  }

  @Test
  void aWarrantIssuedForTheArrestOfSomeoneIsNoArrest() {
    assertThat(arrests("A warrant was issued on Sunday for the arrest of a 22-year-old man.")).isEmpty();
  }

  @Test
  void aManhuntIsNoArrest() {
    assertThat(arrests("Police are searching for the gunman, who remains at large.")).isEmpty();
  }

  @Test
  void aReleaseWithoutChargeIsNoArrest() {
    assertThat(arrests("The man was questioned and released without charge.")).isEmpty();
  }

  @Test
  void releasedFromCustodyIsNoArrest() {
    assertThat(arrests("She was released from custody on Tuesday.")).isEmpty();
  }

  @Test
  void couldFaceArrestIsNoArrest() {
    assertThat(arrests("He could face arrest if he returns.")).isEmpty();
  }

  @Test
  void aFutureArrestIsNoArrest() {
    assertThat(arrests("Anyone who is caught will be arrested.")).isEmpty();
  }

  @Test
  void evadedArrestIsNoArrest() {
    assertThat(arrests("Tim Oakes evaded arrest for three weeks.")).isEmpty();
  }

  @Test
  void detainedInHospitalIsNoArrest() {
    assertThat(arrests("The captain was detained in hospital overnight.")).isEmpty();
  }

  @Test
  void aThreatOfHouseArrestIsNoArrest() {
    assertThat(arrests("Critics could be placed under house arrest, the minister warned.")).isEmpty();
  }

  @Test
  void aChargeWithoutCustodyIsNoArrest() {
    assertThat(arrests("Ken Loy was charged with assault.")).isEmpty();
  }

  @Test
  void holdingHostagesIsNoArrest() {
    assertThat(arrests("The gunman held three clerks hostage for an hour.")).isEmpty();
  }

  @Test
  void heldAtGunpointIsNoArrest() {
    assertThat(arrests("The suspect was held at gunpoint by the homeowner.")).isEmpty();
  }

  @Test
  void heldResponsibleIsNoArrest() {
    assertThat(arrests("He was held responsible for the collapse.")).isEmpty();
  }

  @Test
  void anEventHeldIsNoArrest() {
    assertThat(arrests("A vigil was held on Sunday.")).isEmpty();
  }

  @Test
  void aBlankTextHasNoArrests() {
    assertThat(arrests("   ")).isEmpty();
  }

  @Test
  void fillsTheChargeOfAnAnnouncedArrestFromTheRestatementThatFollows() {
    List<Arrest> arrests =
        arrests(
            "The ministry said on Monday that the former governor Ana Bell had been detained. "
                + "The governor's longtime aide, who resigned last year, was detained at an airport "
                + "– she faces a criminal inquiry into embezzlement.");

    assertThat(arrests)
        .extracting(a -> a.arrestee().text(), a -> text(a.authority()), a -> text(a.charge()))
        .containsExactly(
            tuple("the former governor Ana Bell", "The ministry", "a criminal inquiry into embezzlement"),
            // the restatement names no authority and takes the one of the arrest it restates
            tuple("the former governor Ana Bell", "The ministry", "a criminal inquiry into embezzlement"));
  }

  @Test
  void readsADescriptionAndTheNameAfterItAsOnePerson() {
    assertThat(arrests("Troopers arrested the truck's driver, Ray Colton, on Monday."))
        .extracting(a -> text(a.arrestee()))
        .containsExactly("Ray Colton");
  }
}
