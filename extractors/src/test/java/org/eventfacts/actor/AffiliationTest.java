package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.Actor;
import org.junit.jupiter.api.Test;

class AffiliationTest {

  @Test
  void readsTheCountryOfANationalityBeforeTheTitle() {
    Actor lentz = Actors.of("Polish President Ivo Lentz arrived on Monday.").named("Ivo Lentz");

    assertThat(lentz.affiliation()).isEqualTo("Poland");
    assertThat(lentz.titles()).containsExactly("President");
  }

  @Test
  void readsTheCountryOfAnAbbreviationBeforeTheTitle() {
    Actor voss = Actors.of("US Secretary of State Ana Voss warned on Friday.").named("Ana Voss");

    assertThat(voss.affiliation()).isEqualTo("United States");
    assertThat(voss.titles()).containsExactly("Secretary of State");
  }

  @Test
  void readsThePersonWhosePossessiveComesBeforeTheTitle() {
    Actors actors =
        Actors.of(
            "Ivo Lentz stepped down on Monday. Lentz's spokesman Marek Tal said he was tired.");

    assertThat(actors.named("Marek Tal").affiliation()).isEqualTo("Ivo Lentz");
  }

  @Test
  void readsTheOrganisationAPersonLeads() {
    Actors actors =
        Actors.of(
            "Among them was Ilya Marek, the leader of the Harbour Workers' Union, who was"
                + " detained.");

    Actor marek = actors.named("Ilya Marek");
    assertThat(marek.titles()).containsExactly("leader");
    assertThat(marek.affiliation()).isEqualTo("Harbour Workers' Union");
  }

  @Test
  void readsTheCountryAtTheFrontOfAnOrganisationsName() {
    Actors actors = Actors.of("The Polish Interior Ministry denied the report.");

    assertThat(actors.named("Polish Interior Ministry").affiliation()).isEqualTo("Poland");
  }

  @Test
  void readsTheOrganisationAfterOfInATitle() {
    Actor tanner =
        Actors.of("\"Sales will recover,\" said the chief executive of Norgas LLC Jim Tanner.")
            .named("Jim Tanner");

    assertThat(tanner.titles()).containsExactly("chief executive");
    assertThat(tanner.affiliation()).isEqualTo("Norgas LLC");
  }
}
