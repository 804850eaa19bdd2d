package org.eventfacts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eventfacts.fact.DatePrecision;
import org.eventfacts.fact.PlaceKind;
import org.junit.jupiter.api.Test;

class BlocksTest {

  private static final ReportedPlace[] PLACES = {
    Reports.MILLBROOK,
    Reports.MILLBROOK_HEIGHTS,
    Reports.CARVER,
    Reports.OHIO,
    Reports.UNITED_STATES,
    Reports.MILLBROOK_INDIANA,
    new ReportedPlace("Indiana", PlaceKind.REGION, "Indiana", "United States", "US", null, null),
    new ReportedPlace("Ashford", PlaceKind.CITY, "Ontario", "Canada", "CA", 43.0, -80.0),
    new ReportedPlace("Canada", PlaceKind.COUNTRY, null, "Canada", "CA", null, null),
    new ReportedPlace("Ohio", PlaceKind.REGION, "Ohio", null, null, null, null),
    new ReportedPlace("Millbrook", PlaceKind.CITY, null, null, null, null, null),
    new ReportedPlace("Elm Street", PlaceKind.ADDRESS, "Ohio", "United States", "US", null, null),
  };

  private static ReportedDate randomDate(Random random) {
    LocalDate day = LocalDate.of(2024, 1, 20).plusDays(random.nextInt(60));
    return switch (random.nextInt(6)) {
      case 0 -> ReportedDate.published(day);
      case 1 -> new ReportedDate(day, day.plusDays(4), DatePrecision.WEEK, false);
      case 2 -> ReportedDate.parse(day.toString().substring(0, 7), DatePrecision.MONTH, false);
      case 3 -> ReportedDate.parse("2024", DatePrecision.YEAR, false);
      default -> ReportedDate.day(day);
    };
  }

  private static List<ReportProfile> profiles(int n, long seed) {
    Random random = new Random(seed);
    List<ReportProfile> profiles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EventReport report =
          EventReport.builder("doc" + random.nextInt(n), "e" + i)
              .date(random.nextInt(20) == 0 ? null : randomDate(random))
              .place(random.nextInt(10) == 0 ? null : PLACES[random.nextInt(PLACES.length)])
              .build();
      profiles.add(ReportProfile.of(i, random.nextInt(n), report, 7));
    }
    return profiles;
  }

  @Test
  void offersEveryCompatiblePairExactlyOnce() {
    for (long seed = 1; seed <= 5; seed++) {
      List<ReportProfile> profiles = profiles(400, seed);
      Map<Long, Integer> offered = new HashMap<>();
      new Blocks(profiles, Long.MAX_VALUE)
          .forEachPair(
              (a, b) ->
                  offered.merge(
                      Math.min(a.index(), b.index()) * 100_000L + Math.max(a.index(), b.index()),
                      1,
                      Integer::sum));

      assertThat(offered.values()).as("pairs offered twice").allMatch(times -> times == 1);
      for (int i = 0; i < profiles.size(); i++) {
        for (int j = i + 1; j < profiles.size(); j++) {
          if (Compatibility.compatible(profiles.get(i), profiles.get(j))) {
            assertThat(offered).as("pair %s, %s of seed %s", i, j, seed).containsKey(i * 100_000L + j);
          }
        }
      }
    }
  }

  @Test
  void skipsABlockThatWouldTakeTooManyComparisons() {
    List<ReportProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      EventReport report =
          EventReport.builder("doc" + i, "e1")
              .date(ReportedDate.day(Reports.MARCH_8))
              .place(Reports.MILLBROOK)
              .build();
      profiles.add(ReportProfile.of(i, i, report, 7));
    }
    Blocks blocks = new Blocks(profiles, 100);
    long[] offered = {0};

    blocks.forEachPair((a, b) -> offered[0]++);

    assertThat(offered[0]).isZero();
    assertThat(blocks.skippedBlocks()).isPositive();
  }
}
