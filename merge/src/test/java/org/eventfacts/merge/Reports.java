package org.eventfacts.merge;

import java.time.LocalDate;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.PlaceKind;

/** Made-up places and a short way to build reports for the tests. */
final class Reports {

  static final ReportedPlace MILLBROOK =
      new ReportedPlace("Millbrook", PlaceKind.CITY, "Ohio", "United States", "US", 40.10, -82.90);
  static final ReportedPlace MILLBROOK_HEIGHTS =
      new ReportedPlace("Millbrook Heights", PlaceKind.CITY, "Ohio", "United States", "US", 40.16, -82.85);
  static final ReportedPlace CARVER =
      new ReportedPlace("Carver", PlaceKind.CITY, "Ohio", "United States", "US", 41.40, -81.20);
  static final ReportedPlace OHIO =
      new ReportedPlace("Ohio", PlaceKind.REGION, "Ohio", "United States", "US", null, null);
  static final ReportedPlace UNITED_STATES =
      new ReportedPlace("United States", PlaceKind.COUNTRY, null, "United States", "US", null, null);
  static final ReportedPlace MILLBROOK_INDIANA =
      new ReportedPlace("Millbrook", PlaceKind.CITY, "Indiana", "United States", "US", 39.70, -86.10);

  static final LocalDate MARCH_8 = LocalDate.of(2024, 3, 8);

  private Reports() {}

  static EventReport.Builder report(String doc) {
    return EventReport.builder(doc, "e1").published(MARCH_8.plusDays(1));
  }

  static EventReport.Builder onMarch8InMillbrook(String doc) {
    return report(doc).date(ReportedDate.day(MARCH_8)).place(MILLBROOK);
  }

  static Count exactly(long n) {
    return Count.exact(String.valueOf(n), n);
  }
}
