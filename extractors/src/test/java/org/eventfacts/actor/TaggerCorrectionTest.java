package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.junit.jupiter.api.Test;

class TaggerCorrectionTest {

  @Test
  void aDepartmentTaggedAsAPlaceIsAnOrganisation() {
    Actors actors =
        Actors.of("The US State Department said on Friday that the embassy would close.");

    assertThat(actors.named("US State Department").kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void aCapitalisedNameEndingInAnOrganisationNounIsAnOrganisation() {
    Actors actors = Actors.of("The opposition Workers' Front said the vote had been rigged.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Workers' Front");
  }

  @Test
  void aPortfolioBeforeATitleIsNoOrganisation() {
    Actors actors =
        Actors.of("More were arrested overnight, Interior Minister Ana Voss told reporters.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aCreditLineNamesNoActor() {
    Actors actors =
        Actors.of("The bridge reopened on Monday.\n\nReporting by Ana Voss; Editing by Ivo Lentz");

    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }

  @Test
  void aSurnameTheTaggerMissesIsStillThePerson() {
    Actors actors =
        Actors.of("Senator Jon Tesker asked the first question. \"Why now?\" Tesker said.");

    assertThat(actors.mentionsOf(actors.named("Jon Tesker"))).contains("Tesker");
  }

  @Test
  void aNameAfterACourtesyTitleIsAPerson() {
    Actors actors = Actors.of("Mr. Okonkwo said the vote would be held in May.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Okonkwo");
  }

  @Test
  void anUntaggedProperNounThatReportsIsAnOrganisation() {
    Actors actors = Actors.of("Later, VoteTally reported that turnout had fallen.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("VoteTally");
  }

  @Test
  void keepsATitleCaseHeadlineNameTheBodyConfirms() {
    Actors actors =
        Actors.of(
            "Ana Voss Slams Harbour Board Over Night Shift Cuts\n\n"
                + "Ana Voss, the mayor of Bristol, criticised the Harbour Board on Monday.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ana Voss");
    assertThat(actors.mentionsOf(actors.named("Ana Voss"))).hasSize(2);
  }

  @Test
  void aOneWordNameFoundActingIsTheSameNameElsewhere() {
    Actors actors =
        Actors.of(
            "Later, VoteTally reported that turnout had fallen. Officials disputed the figures "
                + "VoteTally published.");

    assertThat(actors.mentionsOf(actors.named("VoteTally")))
        .containsExactly("VoteTally", "VoteTally");
  }

  @Test
  void anOfficeAddressedWithACourtesyTitleNamesNobody() {
    Actors actors =
        Actors.of("Mr. President, the harbour must reopen this week, Ana Voss told the assembly.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ana Voss");
  }

  @Test
  void aNameAfterAnOfficeIsANameEvenWhenItIsATitleWord() {
    Actors actors = Actors.of("As Senator Dean said on Monday, the bill will pass.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Dean");
  }

  @Test
  void aNameAfterAForeignCourtesyTitleIsAPerson() {
    Actors actors =
        Actors.of("The letter was addressed to Mademoiselle Odile Brun, the notary's daughter.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Odile Brun");
    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void anOrganisationsNameRunsOnOverWhatItIsFor() {
    Actors actors =
        Actors.of("The Centre for Coastal and Marine Studies published the survey on Monday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION))
        .containsExactly("Centre for Coastal and Marine Studies");
  }

  @Test
  void anOrganisationsNameEndsBeforeATitleAndAPersonsName() {
    Actors actors =
        Actors.of(
            "The plan was drawn up by the Ministry of Justice and Interior Minister Ana Voss.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Ministry of Justice");
    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ana Voss");
  }

  @Test
  void aRegnalNumberEndsTheName() {
    Actors actors = Actors.of("He served in the army of Tsar Ivan IV, who made him a general.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivan IV");
  }

  @Test
  void theWordsAfterANameParticleBelongToTheName() {
    Actors actors = Actors.of("The solution was found by Jean le Rond Marchetti in 1747.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Jean le Rond Marchetti");
  }

  @Test
  void theNameAfterOfInABynameIsAPlace() {
    Actors actors = Actors.of("The abbey was founded by the monk Oswin of Tarnby in 1120.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Oswin");
    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aWordForABeliefIsNoOrganisation() {
    Actors actors = Actors.of("After the war she taught at a Buddhist school near the coast.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aNameHeadedByAPluralNounForMembersNamesAGroup() {
    Actors actors = Actors.of("The bill was blocked by Liberal Senators on Tuesday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
    assertThat(actors.namesOf(ActorKind.PERSON)).isEmpty();
  }

  @Test
  void aMonthThatStartsAClauseIsNoActor() {
    Actors actors = Actors.of("The letter was sent in May, but it took until October to arrive.");

    assertThat(actors.all()).isEmpty();
  }

  @Test
  void aSentenceDenseWithCapitalsButWithAVerbInSmallLettersIsNoHeadline() {
    Actors actors =
        Actors.of(
            "Lentz received the Lifetime Service Award of the Guild of Harbour Pilots in 2012.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).contains("Guild of Harbour Pilots");
  }

  @Test
  void anOrganisationsPossessiveEndsItsNameAndWhatItOwnsIsAnother() {
    Actors actors =
        Actors.of(
            "She is a lecturer at the University of Dunmore's Institute of Marine Science.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION))
        .contains("University of Dunmore", "Institute of Marine Science");
  }

  @Test
  void aNameRightAfterANounForWhatAPersonIsIsAPerson() {
    Actors actors = Actors.of("As a boy he studied under the grammarian Oswin Tarrant.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Oswin Tarrant");
  }

  @Test
  void aMagazineIsAnOrganisation() {
    Actors actors = Actors.of("The story was picked up by Harbour Lights Magazine on Monday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Harbour Lights Magazine");
  }

  @Test
  void aLegislatureCalledByItsNounIsNoNamedOrganisation() {
    Actors actors =
        Actors.of(
            "The bill now goes to the Senate, where the Democratic Congress of last year failed"
                + " to pass it.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void aLegislatureWithAProperNameOfItsOwnIsAnOrganisation() {
    Actors actors = Actors.of("The bill now goes to the Senate of Kestria for a final vote.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Senate of Kestria");
  }

  @Test
  void aForeignNameThatStartsWithANounForABodyIsAnOrganisation() {
    Actors actors =
        Actors.of(
            "In 1925 Ilse Marrow was admitted to the Conservatoire de Lyon, where she studied"
                + " the violin. Marrow then joined Académie Royale, the oldest school in Dunmore.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION))
        .containsExactly("Conservatoire de Lyon", "Académie Royale");
    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ilse Marrow");
  }

  @Test
  void whatTheTextSaysANameIsDecidesItsKind() {
    Actors actors =
        Actors.of(
            "Harbour Lights, a band she started in 1993, played its last show in Dunmore.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).containsExactly("Harbour Lights");
  }

  @Test
  void aNounAfterAPrepositionSaysWhereANameIsNotWhatItIs() {
    Actors actors = Actors.of("Ivo Lentz is on a television network that few people watch.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ivo Lentz");
  }

  @Test
  void oneCapitalisedAdjectiveNamesNobody() {
    Actors actors = Actors.of("Congressional leaders met the governor of Kestria on Friday.");

    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }

  @Test
  void whereSomeoneIsBornOrTravelsIsAPlace() {
    Actors actors =
        Actors.of("Ilse Marrow was born in Tarnby and travelled to Kestwick with her father.");

    assertThat(actors.namesOf(ActorKind.PERSON)).containsExactly("Ilse Marrow");
    assertThat(actors.namesOf(ActorKind.ORGANIZATION)).isEmpty();
  }
}
