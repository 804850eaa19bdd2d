package org.eventfacts.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eventfacts.Document;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class MainPlaceTest {

  private static Place placeOf(String text) {
    return SharedExtractor.extractor()
        .extract(new Document("test", text, LocalDate.of(2024, 3, 10), null))
        .events()
        .get(0)
        .place();
  }

  @Test
  void takesTheTownTheOpeningSentenceNamesOverTheDateline() {
    Place place =
        placeOf("DENVER (AP) — Two people were killed in a shooting in Lakewood on Friday, police said.\n");

    assertThat(place.name()).isEqualTo("Lakewood");
    assertThat(place.region()).isEqualTo("Colorado");
  }

  @Test
  void keepsTheDatelineWhenTheStoryNamesNoOtherTown() {
    assertThat(placeOf("DENVER (AP) — Two people were killed in a shooting on Friday, police said.\n").name())
        .isEqualTo("Denver");
  }

  @Test
  void namesANeighbourhoodByItsCity() {
    Place place = placeOf("Two men were wounded in a shooting in Echo Park on Friday night, police said.\n");

    assertThat(place.name()).isEqualTo("Los Angeles");
    assertThat(place.kind()).isEqualTo(PlaceKind.NEIGHBOURHOOD);
    assertThat(place.text()).isEqualTo("Echo Park");
  }

  @Test
  void readsASectionWrittenWithItsCity() {
    Place place = placeOf("A man was shot and wounded in Astoria, Queens, on Saturday, police said.\n");

    assertThat(place.name()).isEqualTo("Queens");
    assertThat(place.region()).isEqualTo("New York");
  }

  @Test
  void countsAPlaceAPoliceForceWorksInForItsTownWhenTheGazetteerPutsItFarAway() {
    Place place =
        placeOf("Cleveland police said a man was shot and killed in Fairfax on Saturday night.\n");

    assertThat(place.name()).isEqualTo("Cleveland");
  }

  @Test
  void weighsATownSomethingHappensInAboveTheHomeTownOfAVictim() {
    Place place =
        placeOf(
            "A Gary man was shot and killed in Hammond on Friday, police said. The Gary man, 24,"
                + " had moved to the area in the spring.\n");

    assertThat(place.name()).isEqualTo("Hammond");
  }

  @Test
  void readsAStateBeforeWhichTheStorySaysUpstate() {
    Place place = placeOf("Three people were found dead at a farm in upstate New York on Friday.\n");

    assertThat(place.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(place.region()).isEqualTo("New York");
  }

  @Test
  void doesNotTakeATownThatOpensTheNameOfASchool() {
    assertThat(
            placeOf("A teacher at Springfield High School was shot and wounded in Akron on Monday.\n")
                .name())
        .isEqualTo("Akron");
  }

  @Test
  void readsATownUsedAsTheModifierOfAHome() {
    assertThat(placeOf("A teenager was shot in the leg inside a Boise home on Tuesday afternoon.\n").name())
        .isEqualTo("Boise");
  }

  @Test
  void readsTheStateAfterATownTooSmallForTheGazetteer() {
    Place place =
        placeOf("Two hunters were wounded near Quillmoor Flats, Nebraska, on Saturday, deputies said.\n");

    assertThat(place.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(place.region()).isEqualTo("Nebraska");
  }

  @Test
  void placesAStoryThatNamesNoPlaceInTheCountryOfItsBroadcaster() {
    Place place = placeOf("(KXQT) - Two people were hurt when a car hit a bus stop on Friday.\n");

    assertThat(place.countryCode()).isEqualTo("US");
    assertThat(place.kind()).isEqualTo(PlaceKind.COUNTRY);
  }

  @Test
  void readsANameAsOnePlaceThroughoutTheStory() {
    Place place =
        placeOf(
            "Springfield police said three people were shot late Friday.\n\n"
                + "The shooting happened near a park in Springfield, Ohio, a spokesman said.\n");

    assertThat(place.region()).isEqualTo("Ohio");
  }

  @Test
  void readsAStreetCornerAsNoPlace() {
    assertThat(
            placeOf("A man was shot at Sahara and Rainbow in Las Vegas on Friday, police said.\n")
                .name())
        .isEqualTo("Las Vegas");
  }

  @Test
  void keepsTheIncidentInTheCountryTheStoryIsAbout() {
    Place place =
        placeOf(
            "Kenya: Dozens killed in protests\n\n"
                + "Dozens of people have been killed in protests across Kenya this week.\n\n"
                + "Police in Kenya said more than 300 people were arrested.\n\n"
                + "Hundreds of Kenyans living abroad gathered in London on Saturday, and a smaller"
                + " rally was held in London's west.\n");

    assertThat(place.countryCode()).isEqualTo("KE");
  }
}
