package org.eventfacts.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventfacts.fact.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.geoNames();

  @Test
  void ranksPlacesThatShareANameByPopulation() {
    assertThat(gazetteer.named("Paris").get(0).countryCode()).isEqualTo("FR");
    assertThat(gazetteer.named("Paris"))
        .anySatisfy(p -> assertThat(p.regionCode()).isEqualTo("TX"));
  }

  @Test
  void knowsACitysRegionAndCountry() {
    GeoName aurora =
        gazetteer.named("Aurora").stream()
            .filter(p -> "IL".equals(p.regionCode()))
            .findFirst()
            .orElseThrow();

    assertThat(gazetteer.regionName(aurora.countryCode(), aurora.regionCode()))
        .contains("Illinois");
    assertThat(gazetteer.countryName("US")).contains("United States");
  }

  @Test
  void findsRegionsAndCountriesByName() {
    assertThat(gazetteer.named("Illinois")).anySatisfy(p -> assertThat(p.kind()).isEqualTo(PlaceKind.REGION));
    assertThat(gazetteer.named("Kazakhstan").get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(gazetteer.named("U.S.").get(0).countryCode()).isEqualTo("US");
  }

  @Test
  void findsAPlaceByAnAlternateNameAndWithoutItsDiacritics() {
    assertThat(gazetteer.named("Kiev").get(0).name()).isEqualTo("Kyiv");
    assertThat(gazetteer.named("sao paulo").get(0).countryCode()).isEqualTo("BR");
  }

  @Test
  void knowsTheCityANeighbourhoodLiesIn() {
    GeoName section =
        gazetteer.named("West Garfield Park").stream()
            .filter(p -> p.kind() == PlaceKind.NEIGHBOURHOOD)
            .findFirst()
            .orElseThrow();

    assertThat(section.city()).isEqualTo("Chicago");
  }

  @Test
  void looksUpANameInMicroseconds() {
    for (int i = 0; i < 20_000; i++) {
      gazetteer.named(i % 2 == 0 ? "Springfield" : "Almaty");
    }
    long start = System.nanoTime();
    for (int i = 0; i < 10_000; i++) {
      gazetteer.named(i % 2 == 0 ? "Springfield" : "Almaty");
    }
    double micros = (System.nanoTime() - start) / 10_000 / 1000.0;

    assertThat(micros).isLessThan(20.0);
  }
}
