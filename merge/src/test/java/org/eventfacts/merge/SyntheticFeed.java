package org.eventfacts.merge;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up feed of crime reports in {@code extract}'s JSON Lines, with the incident each document
 * reports, to measure the merge at scale. Incidents happen at a fixed rate per day across 50
 * regions of 40 cities each; one to four outlets report each, with the noise real feeds have: a
 * date a day off or only the publication date, a region or country instead of the city, an
 * updated toll, a victim named or not, headlines worded differently.
 */
final class SyntheticFeed {

  static final int INCIDENTS_PER_DAY = 55;

  private static final String[] FIRST = {
    "Dale", "Rita", "Omar", "Lena", "Hugo", "Ines", "Marek", "Talia", "Joel", "Greta", "Nils",
    "Aida", "Bram", "Cora", "Dev", "Elif", "Femi", "Gwen", "Hal", "Iris", "Jude", "Kira", "Lars",
    "Mina", "Noor", "Otto", "Pia", "Quinn", "Rafe", "Suri"
  };
  private static final String[] LAST = {
    "Morrow", "Vance", "Lisle", "Okafor", "Brandt", "Serra", "Kowal", "Haddad", "Pike", "Rourke",
    "Lindqvist", "Abara", "Castell", "Dunmore", "Esposito", "Farrow", "Grieve", "Holm", "Ivers",
    "Jansky", "Kettle", "Lomax", "Maddox", "Nakata", "Oyelaran", "Pruitt", "Quarles", "Rusk",
    "Stroud", "Tovar", "Ulmer", "Varga", "Whitlock", "Yates", "Zeller", "Ashby", "Bellamy",
    "Corrigan", "Dace", "Ellery"
  };
  private static final String[] STREETS = {
    "Elm", "Lantern", "Harbor", "Quarry", "Juniper", "Foundry", "Beacon", "Orchard", "Canal",
    "Granite", "Willow", "Tanner", "Mill", "Cedar", "Forge", "Meadow", "Ridge", "Summit", "Ferry",
    "Garnet"
  };
  private static final String[] PLACES_OF = {"bar", "party", "store", "park", "apartment", "lounge"};

  private SyntheticFeed() {}

  /** One synthetic document: its id and the incident it reports. */
  record Doc(String id, int incident) {}

  /** Writes a feed of about {@code events} documents (one event each); returns their truth. */
  static List<Doc> write(int events, long seed, Writer out) throws IOException {
    Random random = new Random(seed);
    List<Doc> docs = new ArrayList<>();
    LocalDate start = LocalDate.of(2022, 1, 1);
    int incident = 0;
    while (docs.size() < events) {
      LocalDate day = start.plusDays(incident / INCIDENTS_PER_DAY);
      int region = random.nextInt(50);
      int city = random.nextInt(40);
      int killed = random.nextInt(4);
      int injured = random.nextInt(6);
      String victim = FIRST[random.nextInt(FIRST.length)] + " " + surname(random);
      String street = STREETS[random.nextInt(STREETS.length)];
      String where = PLACES_OF[random.nextInt(PLACES_OF.length)];
      int outlets = 1 + random.nextInt(4);
      for (int o = 0; o < outlets && docs.size() < events; o++) {
        String id = "doc-" + docs.size();
        docs.add(new Doc(id, incident));
        LocalDate published = day.plusDays(random.nextInt(3));
        StringBuilder line = new StringBuilder(900);
        line.append("{\"id\":\"").append(id).append("\",\"published\":\"").append(published)
            .append("\",\"title\":\"").append(headline(random, street, where, killed, injured))
            .append("\",\"casualties\":[");
        boolean named = random.nextInt(10) < 6;
        int reportedKilled = random.nextInt(5) == 0 ? killed + 1 : killed;
        line.append(casualty("c1", "KILLED", reportedKilled, named ? "a1" : null, "police"));
        line.append(",").append(casualty("c2", "INJURED", injured, null, null));
        line.append("],\"arrests\":[],\"quotes\":[],\"actors\":[");
        if (named) {
          line.append("{\"id\":\"a1\",\"name\":\"").append(victim)
              .append("\",\"kind\":\"PERSON\",\"titles\":[],\"affiliation\":null,\"mentions\":[]}");
        }
        line.append("],\"events\":[{\"id\":\"e1\",\"date\":").append(date(random, day, published))
            .append(",\"place\":").append(place(random, region, city))
            .append(",\"killed\":").append(total(reportedKilled, "c1"))
            .append(",\"injured\":").append(total(injured, "c2"))
            .append(",\"missing\":null,\"arrested\":null,\"facts\":[\"c1\",\"c2\"],")
            .append("\"span\":{\"start\":0,\"end\":10}}]}\n");
        out.write(line.toString());
      }
      incident++;
    }
    return docs;
  }

  /** A made-up surname of two syllables from the list, as diverse as a real population's. */
  private static String surname(Random random) {
    String first = LAST[random.nextInt(LAST.length)];
    String second = LAST[random.nextInt(LAST.length)].toLowerCase(java.util.Locale.ROOT);
    return first.substring(0, Math.min(4, first.length())) + second.substring(Math.max(0, second.length() - 4));
  }

  private static String headline(Random random, String street, String where, int killed, int injured) {
    return switch (random.nextInt(3)) {
      case 0 -> killed + " dead after shooting at " + street + " Street " + where;
      case 1 -> "Police identify victim of " + street + " Street " + where + " shooting";
      default -> injured + " hurt, " + killed + " killed in " + where + " shooting - Channel 4";
    };
  }

  private static String casualty(String id, String outcome, int n, String victimsId, String source) {
    return "{\"id\":\"" + id + "\",\"eventId\":\"e1\",\"outcome\":\"" + outcome + "\",\"count\":"
        + count(n) + ",\"victims\":null" + (victimsId == null ? "" : ",\"victimsId\":\"" + victimsId + "\"")
        + ",\"perpetrator\":null,\"source\":" + (source == null ? "null" : "\"" + source + "\"")
        + ",\"hedged\":false,\"span\":{\"start\":0,\"end\":5}}";
  }

  private static String count(int n) {
    return "{\"text\":\"" + n + "\",\"value\":" + n + ",\"min\":" + n + ",\"max\":" + n
        + ",\"qualifier\":\"EXACT\"}";
  }

  private static String total(int n, String fact) {
    String count = count(n);
    return count.substring(0, count.length() - 1) + ",\"rule\":\"STATED\",\"facts\":[\"" + fact + "\"]}";
  }

  private static String date(Random random, LocalDate day, LocalDate published) {
    int roll = random.nextInt(20);
    if (roll < 3) {
      return "{\"text\":null,\"value\":\"" + published + "\",\"precision\":\"DAY\",\"span\":null,\"inferred\":true}";
    }
    if (roll < 4) {
      return "{\"text\":\"in\",\"value\":\"" + day.toString().substring(0, 7)
          + "\",\"precision\":\"MONTH\",\"span\":{\"start\":0,\"end\":2},\"inferred\":false}";
    }
    LocalDate stated = roll < 6 ? day.plusDays(random.nextBoolean() ? 1 : -1) : day;
    return "{\"text\":\"on\",\"value\":\"" + stated
        + "\",\"precision\":\"DAY\",\"span\":{\"start\":0,\"end\":2},\"inferred\":false}";
  }

  private static String place(Random random, int region, int city) {
    int roll = random.nextInt(50);
    String state = "State " + region;
    if (roll == 0) {
      return "null";
    }
    if (roll == 1) {
      return "{\"text\":\"US\",\"name\":\"United States\",\"kind\":\"COUNTRY\",\"region\":null,"
          + "\"country\":\"United States\",\"countryCode\":\"US\",\"lat\":null,\"lon\":null,\"span\":{\"start\":0,\"end\":2}}";
    }
    if (roll < 5) {
      return "{\"text\":\"" + state + "\",\"name\":\"" + state + "\",\"kind\":\"REGION\",\"region\":\""
          + state + "\",\"country\":\"United States\",\"countryCode\":\"US\",\"lat\":null,\"lon\":null,"
          + "\"span\":{\"start\":0,\"end\":2}}";
    }
    double lat = 30 + region * 0.4;
    double lon = -120 + city * 1.0;
    return "{\"text\":\"City " + region + "-" + city + "\",\"name\":\"City " + region + "-" + city
        + "\",\"kind\":\"CITY\",\"region\":\"" + state + "\",\"country\":\"United States\","
        + "\"countryCode\":\"US\",\"lat\":" + lat + ",\"lon\":" + lon + ",\"span\":{\"start\":0,\"end\":2}}";
  }
}
