package org.eventfacts.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledGazetteerFileTest {

  private static GazetteerTsv tsv;

  @BeforeAll
  static void readTheTextForm() throws IOException {
    try (InputStream in = Files.newInputStream(BuildGazetteerFile.TSV)) {
      tsv = GazetteerTsv.read(in);
    }
  }

  @Test
  void isWhatTheBuilderWritesFromTheTextForm() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    GazetteerFile.write(tsv.byKey(), tsv.regionNames(), tsv.countryNames(), written);

    assertThat(written.toByteArray())
        .as("gazetteer.bin.gz is out of date: run BuildGazetteerFile (see its Javadoc)")
        .isEqualTo(Files.readAllBytes(BuildGazetteerFile.BIN));
  }

  @Test
  void givesEveryNameTheEntriesOfTheTextFormInTheSameOrder() {
    GeoNamesGazetteer bundled = GeoNamesGazetteer.bundled();

    tsv.byKey().forEach((key, places) -> assertThat(bundled.named(key)).as(key).isEqualTo(places));
  }

  @Test
  void knowsEveryRegionAndCountryNameOfTheTextForm() {
    GeoNamesGazetteer bundled = GeoNamesGazetteer.bundled();

    tsv.regionNames().forEach((code, name) -> {
      String[] parts = code.split("\\.", 2);
      assertThat(bundled.regionName(parts[0], parts[1])).as(code).contains(name);
    });
    tsv.countryNames()
        .forEach((code, name) -> assertThat(bundled.countryName(code)).as(code).contains(name));
  }

  @Test
  void keepsItsDataInLessThanSixteenMegabytesOfHeap() {
    assertThat(GeoNamesGazetteer.bundled().bytes()).isLessThan(16_000_000L);
  }

  @Test
  void findsNoEntryForANameItDoesNotHold() {
    assertThat(GeoNamesGazetteer.bundled().named("Nowhere Upon Nothing")).isEmpty();
    assertThat(GeoNamesGazetteer.bundled().named("")).isEmpty();
  }
}
