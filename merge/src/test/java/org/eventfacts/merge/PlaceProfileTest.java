package org.eventfacts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.PlaceKind;
import org.junit.jupiter.api.Test;

class PlaceProfileTest {

  private static PlaceProfile profile(ReportedPlace place) {
    return PlaceProfile.of(place);
  }

  @Test
  void aCityIsTheSamePlaceWhateverTheCaseAndAccentsOfItsName() {
    ReportedPlace accented =
        new ReportedPlace("MÍLLBROOK", PlaceKind.CITY, "ohio", "United States", "us", null, null);

    assertThat(profile(accented).compatibleWith(profile(Reports.MILLBROOK))).isTrue();
  }

  @Test
  void twoCitiesOfOneNameInDifferentRegionsAreDifferentPlaces() {
    assertThat(profile(Reports.MILLBROOK).compatibleWith(profile(Reports.MILLBROOK_INDIANA))).isFalse();
  }

  @Test
  void twoCitiesWhoseCentresLieCloseMayBeOnePlace() {
    assertThat(profile(Reports.MILLBROOK).compatibleWith(profile(Reports.MILLBROOK_HEIGHTS))).isTrue();
  }

  @Test
  void twoCitiesFarApartAreDifferentPlaces() {
    assertThat(profile(Reports.MILLBROOK).compatibleWith(profile(Reports.CARVER))).isFalse();
  }

  @Test
  void aRegionOrACountryHoldsEveryCityInIt() {
    assertThat(profile(Reports.OHIO).compatibleWith(profile(Reports.CARVER))).isTrue();
    assertThat(profile(Reports.UNITED_STATES).compatibleWith(profile(Reports.MILLBROOK_INDIANA))).isTrue();
    assertThat(profile(Reports.OHIO).compatibleWith(profile(Reports.MILLBROOK_INDIANA))).isFalse();
  }

  @Test
  void citiesOfOneNameInDifferentCountriesAreDifferentPlaces() {
    ReportedPlace abroad =
        new ReportedPlace("Millbrook", PlaceKind.CITY, null, "Canada", "CA", 44.15, -78.45);

    assertThat(profile(Reports.MILLBROOK).compatibleWith(profile(abroad))).isFalse();
  }

  @Test
  void twoCountiesOfDifferentNamesAreDifferentPlaces() {
    PlaceProfile one = new PlaceProfile("ash county", PlaceProfile.Level.COUNTY, "ohio", "US", null, null);
    PlaceProfile other = new PlaceProfile("elm county", PlaceProfile.Level.COUNTY, "ohio", "US", null, null);

    assertThat(one.compatibleWith(other)).isFalse();
    assertThat(one.compatibleWith(profile(Reports.CARVER))).isTrue();
  }
}
