package org.eventfacts.event;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.place.PlaceMention;
import org.eventfacts.place.PlaceRole;
import org.jspecify.annotations.Nullable;

/**
 * Chooses where a story's main incident happened among the places it names.
 *
 * <ol>
 *   <li>The dateline, unless the sentence that first tells the incident locates it in another
 *       town ("SPRINGFIELD — A man was stabbed to death outside a bar in Chatham": Chatham),
 *       or in another state ("ATLANTA (AP) — ... charged with killing three hikers in eastern
 *       Oregon": the town of Oregon the story names most, or else Oregon). A
 *       dateline tells where the reporter files from; the story tells where it happened.
 *   <li>Else the town the story names most, in the country it is about (the one its places
 *       lie in, when that one outweighs the others together), weighed by how it names it: a town something happens
 *       in ("in Dayton", "at her Dayton apartment") weighs most, one named otherwise less, the town
 *       of an agency ("Dayton police") less again, and where a person is from ("a Dayton man",
 *       "Ana Ruiz, 22, of Dayton") least; a naming in the lead counts twice. The earliest of
 *       equals wins. A place that a town's police are said to work in, but that the gazetteer
 *       puts far from that town, counts for the town ("Cincinnati police investigate a shooting
 *       in Madisonville": a Madisonville of Cincinnati that the gazetteer does not know).
 *   <li>Else the first county, region or country of the lead, then of the story; else a town
 *       named only as where people are from.
 * </ol>
 */
final class MainPlace {

  /** The weight below which a town is only where people are from: two such namings in the lead. */
  private static final double NAMED_AS_HOME = 1.5;
  /** How far from its town an agency is taken to work. */
  private static final double AGENCY_KM = 60;

  private MainPlace() {}

  static @Nullable PlaceMention of(List<PlaceMention> mentions, int leadEnd, int opening) {
    PlaceMention dateline = null;
    for (PlaceMention mention : mentions) {
      if (mention.dateline()) {
        dateline = mention;
        break;
      }
    }
    String country = mainCountry(mentions, leadEnd);
    Map<String, Double> weight = new HashMap<>();
    Map<String, PlaceMention> first = new LinkedHashMap<>();
    for (PlaceMention named : mentions) {
      if (!isTown(named.place()) || named.dateline()
          || country != null && !country.equals(named.place().countryCode())) {
        continue;
      }
      PlaceMention mention = agencyTown(named, mentions);
      String key = key(mention.place());
      weight.merge(key, weight(mention.role()) * (mention.sentence() <= leadEnd ? 2 : 1), Double::sum);
      PlaceMention known = first.get(key);
      if (known == null || known.place().kind() == PlaceKind.NEIGHBOURHOOD && mention.place().kind() == PlaceKind.CITY) {
        first.put(key, mention);
      }
    }
    if (dateline != null) {
      PlaceMention told = toldElsewhere(mentions, dateline, opening, weight, first);
      return told != null ? told : dateline;
    }
    PlaceMention best = heaviest(weight, first, null);
    if (best != null && weight.get(key(best.place())) >= NAMED_AS_HOME) {
      return best;
    }
    PlaceMention home = best;
    best = null;
    for (PlaceMention mention : mentions) {
      if (mention.sentence() > leadEnd) {
        break;
      }
      if (mention.role() == PlaceRole.RESIDENCE || !inCountry(mention, country)) {
        continue;
      }
      if (best == null || rank(mention.place().kind()) < rank(best.place().kind())) {
        best = mention;
      }
    }
    if (best != null) {
      return best;
    }
    if (home != null) {
      return home;
    }
    for (PlaceMention mention : mentions) {
      if (mention.role() == PlaceRole.RESIDENCE || !inCountry(mention, country)) {
        continue;
      }
      if (best == null || rank(mention.place().kind()) < rank(best.place().kind())) {
        best = mention;
      }
    }
    return best != null || mentions.isEmpty() ? best : mentions.get(0);
  }

  /**
   * "Cincinnati police investigate a shooting in Madisonville": a town's police work in and near
   * it, so a place they are said to work in that the gazetteer puts far away is a part of their
   * town it does not know, and counts for their town.
   */
  private static PlaceMention agencyTown(PlaceMention mention, List<PlaceMention> mentions) {
    if (mention.role() != PlaceRole.LOCATED || mention.place().lat() == null) {
      return mention;
    }
    for (PlaceMention agency : mentions) {
      Place town = agency.place();
      if (agency.sentence() == mention.sentence()
          && agency.role() == PlaceRole.AGENCY
          && isTown(town)
          && town.lat() != null
          && kilometres(town, mention.place()) > AGENCY_KM) {
        return new PlaceMention(town, mention.sentence(), PlaceRole.LOCATED);
      }
    }
    return mention;
  }

  private static double kilometres(Place a, Place b) {
    double lat1 = a.lat();
    double lat2 = b.lat();
    double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return Math.sqrt(x * x + y * y) * 6371;
  }

  /**
   * The country the story is about: the one its places lie in, weighed as towns are, when it
   * outweighs all others together ("Kazakhstan" named through the story, "Berlin" once at its
   * end); else {@code null}.
   */
  private static @Nullable String mainCountry(List<PlaceMention> mentions, int leadEnd) {
    Map<String, Double> weight = new HashMap<>();
    double all = 0;
    for (PlaceMention mention : mentions) {
      String code = mention.place().countryCode();
      if (code == null) {
        continue;
      }
      double w = weight(mention.role()) * (mention.sentence() <= leadEnd ? 2 : 1);
      weight.merge(code, w, Double::sum);
      all += w;
    }
    for (Map.Entry<String, Double> entry : weight.entrySet()) {
      if (entry.getValue() * 2 > all) {
        return entry.getKey();
      }
    }
    return null;
  }

  /** A town or state other than the dateline's, where the opening sentence locates the incident. */
  private static @Nullable PlaceMention toldElsewhere(
      List<PlaceMention> mentions,
      PlaceMention dateline,
      int opening,
      Map<String, Double> weight,
      Map<String, PlaceMention> first) {
    Place filed = dateline.place();
    for (PlaceMention mention : mentions) {
      if (mention.sentence() != opening || mention.role() != PlaceRole.LOCATED) {
        continue;
      }
      Place place = mention.place();
      if (isTown(place) && isTown(filed) && !key(place).equals(key(filed))) {
        return mention;
      }
      if (place.kind() == PlaceKind.REGION
          && filed.region() != null
          && !Objects.equals(place.region(), filed.region())) {
        PlaceMention town = heaviest(weight, first, place.region());
        return town != null ? town : mention;
      }
    }
    return null;
  }

  /** The town of greatest weight (in {@code region}, when given), the earliest of equals. */
  private static @Nullable PlaceMention heaviest(
      Map<String, Double> weight, Map<String, PlaceMention> first, @Nullable String region) {
    PlaceMention best = null;
    double bestWeight = 0;
    for (Map.Entry<String, PlaceMention> entry : first.entrySet()) {
      double w = weight.get(entry.getKey());
      if (region != null && !region.equals(entry.getValue().place().region())) {
        continue;
      }
      if (w > bestWeight) {
        best = entry.getValue();
        bestWeight = w;
      }
    }
    return best;
  }

  private static double weight(PlaceRole role) {
    return switch (role) {
      case DATELINE, LOCATED -> 3;
      case NAMED -> 2;
      case AGENCY -> 1.5;
      case RESIDENCE -> 0.5;
    };
  }

  private static boolean inCountry(PlaceMention mention, @Nullable String country) {
    return country == null || country.equals(mention.place().countryCode());
  }

  private static boolean isTown(Place place) {
    return place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.NEIGHBOURHOOD;
  }

  private static String key(Place place) {
    return place.name() + "|" + place.region() + "|" + place.countryCode();
  }

  private static int rank(PlaceKind kind) {
    return switch (kind) {
      case CITY -> 0;
      case NEIGHBOURHOOD, ADDRESS -> 1;
      case COUNTY -> 2;
      case REGION -> 3;
      case COUNTRY -> 4;
    };
  }
}
