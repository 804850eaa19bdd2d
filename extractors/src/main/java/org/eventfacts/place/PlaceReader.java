package org.eventfacts.place;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Finds the places a story names ({@link PlaceCandidates}) and resolves them with a {@link
 * Gazetteer}.
 *
 * <p>A name several places share is resolved by the other places of the story (a state named
 * after the city, or anywhere in the text; a county; a country; the city a neighbourhood lies in)
 * and then by population: Paris alone is the French capital, Paris in a story that names Texas is
 * Paris, Texas. A name means one place throughout a story: once "Brownsville, Tennessee" is
 * written, "Brownsville police" are Tennessee's. A neighbourhood is named by its city, as
 * registries name places ("West Garfield Park" is in Chicago), and so is a section written with
 * its city ("East Flatbush, Brooklyn" is in Brooklyn).
 *
 * <pre>{@code
 * List<PlaceMention> places = PlaceReader.of(Gazetteer.geoNames()).read(parsed);
 * places.get(0).place().name()     // "Aurora"
 * places.get(0).place().region()   // "Illinois"
 * }</pre>
 */
public final class PlaceReader {

  /** How far a section may lie from the city named after it: "East Flatbush, Brooklyn". */
  private static final double SECTION_KM = 25;

  private final Gazetteer gazetteer;

  private final PlaceCandidates candidates;

  private PlaceReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.candidates = new PlaceCandidates(gazetteer);
  }

  /** A reader that resolves names with {@code gazetteer}. */
  public static PlaceReader of(Gazetteer gazetteer) {
    return new PlaceReader(checkNotNull(gazetteer, "gazetteer"));
  }

  /** The places the story names, in text order. */
  public ImmutableList<PlaceMention> read(ParsedText text) {
    List<PlaceCandidate> candidates = this.candidates.find(text);
    Context context = context(candidates);
    // the country most of the story's places lie in settles names that are towns in several
    // countries (Florence, Alabama in a story whose other places are in Alabama)
    Map<String, Integer> countries = new HashMap<>();
    for (PlaceCandidate candidate : candidates) {
      GeoName best = resolve(candidate, context);
      if (best != null) {
        countries.merge(best.countryCode(), 1, Integer::sum);
      }
    }
    countries.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(top -> context.countries().add(top.getKey()));
    // one name, one place in a story: "Brownsville, Tennessee" settles what "Brownsville
    // police" means further on
    Map<String, GeoName> settled = new HashMap<>();
    for (PlaceCandidate candidate : candidates) {
      if (candidate.qualifier() != null && !isCityQualifier(candidate)) {
        GeoName best = resolve(candidate, context);
        if (best != null) {
          settled.putIfAbsent(GeoNamesGazetteer.key(candidate.words()), best);
        }
      }
    }
    ImmutableList.Builder<PlaceMention> places = ImmutableList.builder();
    for (PlaceCandidate candidate : candidates) {
      GeoName best = settled.get(GeoNamesGazetteer.key(candidate.words()));
      if (best == null || candidate.qualifier() != null) {
        best = resolve(candidate, context);
      }
      Place place = null;
      if (isCityQualifier(candidate)) {
        place = section(candidate, best, context);
      }
      if (place == null && best != null) {
        place = place(candidate, best);
      }
      if (place == null && candidate.qualifier() != null) {
        place = qualifierOnly(candidate);
      }
      if (place != null) {
        places.add(new PlaceMention(place, candidate.sentence(), candidate.role()));
      }
    }
    ImmutableList<PlaceMention> found = places.build();
    return found.isEmpty() ? broadcaster(text) : found;
  }

  /**
   * "Clearbrook, Minnesota": a town too small for the gazetteer, placed in the state or country
   * written after it.
   */
  private @Nullable Place qualifierOnly(PlaceCandidate candidate) {
    for (GeoName q : qualifiers(Objects.requireNonNull(candidate.qualifier()))) {
      return place(candidate, q);
    }
    return null;
  }

  /** Where a story names no place, the country of the broadcaster whose call sign it carries. */
  private ImmutableList<PlaceMention> broadcaster(ParsedText text) {
    Span sign = StationCallSign.find(text.text());
    String country = gazetteer.countryName("US").orElse(null);
    if (sign == null || country == null) {
      return ImmutableList.of();
    }
    int sentence = 0;
    for (ParsedSentence s : text.sentences()) {
      if (s.span().start() <= sign.start()) {
        sentence = s.index();
      }
    }
    Place place =
        new Place(sign.coveredText(text.text()), country, PlaceKind.COUNTRY, null, country, "US", null, null, sign);
    return ImmutableList.of(new PlaceMention(place, sentence, PlaceRole.NAMED));
  }

  /** Whether the name is followed by a city rather than a state or country: "East Flatbush, Brooklyn". */
  private boolean isCityQualifier(PlaceCandidate candidate) {
    String qualifier = candidate.qualifier();
    return qualifier != null
        && !candidate.dateline()
        && qualifiers(qualifier).isEmpty()
        && gazetteer.named(qualifier).stream()
            .anyMatch(g -> g.kind() == PlaceKind.CITY && g.isNamed(qualifier));
  }

  /**
   * "East Flatbush, Brooklyn", "Oakhaven, Memphis": a section of the city after it, when it lies
   * near that city or the gazetteer does not know it; {@code null} for a list of towns ("Dallas,
   * Houston and Austin").
   */
  private @Nullable Place section(PlaceCandidate candidate, @Nullable GeoName section, Context context) {
    String qualifier = Objects.requireNonNull(candidate.qualifier());
    PlaceCandidate city =
        new PlaceCandidate(
            candidate.span(), candidate.said(), qualifier, null, candidate.sentence(), candidate.role(), false,
            false);
    GeoName best = null;
    double nearest = Double.MAX_VALUE;
    for (GeoName g : gazetteer.named(qualifier)) {
      if (g.kind() != PlaceKind.CITY || !g.isNamed(qualifier)) {
        continue;
      }
      if (section == null || section.lat() == null || g.lat() == null) {
        best = resolve(city, context);
        break;
      }
      double km = kilometres(section.lat(), section.lon(), g.lat(), g.lon());
      if (km < nearest) {
        nearest = km;
        best = g;
      }
    }
    if (best == null || section != null && nearest > SECTION_KM && nearest != Double.MAX_VALUE) {
      return null;
    }
    Place town = place(city, best);
    Double lat = section != null && section.lat() != null ? section.lat() : town.lat();
    Double lon = section != null && section.lat() != null ? section.lon() : town.lon();
    return new Place(
        candidate.said(), town.name(), PlaceKind.NEIGHBOURHOOD, town.region(), town.country(),
        town.countryCode(), lat, lon, candidate.span());
  }

  private static boolean isAscii(String words) {
    return words.chars().allMatch(c -> c < 128);
  }

  private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double y = Math.toRadians(lat2 - lat1);
    return Math.sqrt(x * x + y * y) * 6371;
  }

  /** The regions, counties and countries the story names outright. */
  private record Context(
      Set<String> regions, Set<String> counties, Set<String> countries, Set<String> names) {}

  private Context context(List<PlaceCandidate> candidates) {
    Set<String> regions = new HashSet<>();
    Set<String> counties = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (PlaceCandidate candidate : candidates) {
      names.add(GeoNamesGazetteer.key(candidate.words()));
      if (candidate.qualifier() != null) {
        for (GeoName q : qualifiers(candidate.qualifier())) {
          (q.kind() == PlaceKind.COUNTRY ? countries : regions)
              .add(q.kind() == PlaceKind.COUNTRY ? q.countryCode() : q.countryCode() + "." + q.regionCode());
        }
      }
      // the most populous reading of a name that is a region, county or country outright
      for (PlaceKind kind : List.of(PlaceKind.REGION, PlaceKind.COUNTY, PlaceKind.COUNTRY)) {
        gazetteer.named(candidate.words()).stream()
            .filter(g -> g.kind() == kind && g.isNamed(candidate.words()))
            .findFirst()
            .ifPresent(
                g -> {
                  switch (g.kind()) {
                    case REGION -> regions.add(g.countryCode() + "." + g.regionCode());
                    case COUNTY -> counties.add(g.countryCode() + "." + g.regionCode() + "." + g.name());
                    default -> countries.add(g.countryCode());
                  }
                });
      }
    }
    for (String region : regions) {
      countries.add(region.substring(0, 2));
    }
    return new Context(regions, counties, countries, names);
  }

  /** What a qualifier after a name ("Ill.", "OK", "Texas", "France") may stand for. */
  private List<GeoName> qualifiers(String qualifier) {
    String postal = StateAbbreviations.postalCode(qualifier.trim());
    if (postal != null) {
      String name = gazetteer.regionName("US", postal).orElse(null);
      return name == null
          ? List.of()
          : gazetteer.named(name).stream().filter(g -> g.kind() == PlaceKind.REGION && "US".equals(g.countryCode())).toList();
    }
    return gazetteer.named(qualifier).stream()
        .filter(g -> g.kind() == PlaceKind.REGION || g.kind() == PlaceKind.COUNTRY)
        .toList();
  }

  private @Nullable GeoName resolve(PlaceCandidate candidate, Context context) {
    List<GeoName> named = gazetteer.named(candidate.words());
    if (named.isEmpty()) {
      return null;
    }
    List<GeoName> qualifiers =
        candidate.qualifier() == null ? List.of() : qualifiers(candidate.qualifier());
    GeoName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoName g : named) {
      if (candidate.section() && g.kind() != PlaceKind.NEIGHBOURHOOD) {
        continue; // "the Lonsdale community" is a part of a town, not a town of that name
      }
      double score = Math.log10(g.population() + 10.0);
      boolean own = g.isNamed(candidate.words());
      if (!own) {
        score -= 2; // an alternate name ("Kiev") is a weaker reading than a place's own name
      }
      if (!qualifiers.isEmpty()) {
        boolean agrees =
            qualifiers.stream()
                .anyMatch(
                    q ->
                        q.countryCode().equals(g.countryCode())
                            && (q.kind() == PlaceKind.COUNTRY
                                || (q.regionCode() != null && q.regionCode().equals(g.regionCode()))));
        if (agrees && (g.kind() == PlaceKind.CITY || g.kind() == PlaceKind.NEIGHBOURHOOD || g.kind() == PlaceKind.COUNTY)) {
          score += 10;
        }
      }
      if (g.kind() != PlaceKind.COUNTRY && context.regions().contains(g.countryCode() + "." + g.regionCode())) {
        score += g.kind() == PlaceKind.REGION ? 0 : 3;
      }
      if (g.county() != null
          && context.counties().contains(g.countryCode() + "." + g.regionCode() + "." + g.county())) {
        score += 3;
      }
      if (context.countries().contains(g.countryCode())) {
        score += 1.5;
      }
      if (candidate.regionHint() && g.kind() == PlaceKind.REGION) {
        score += 10; // "upstate New York", "Kentucky State Police"
      }
      if (g.kind() == PlaceKind.NEIGHBOURHOOD
          && g.city() != null
          && context.names().contains(GeoNamesGazetteer.key(g.city()))) {
        score += 3; // a section of a city the story names
      }
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }

  private Place place(PlaceCandidate candidate, GeoName g) {
    String country = gazetteer.countryName(g.countryCode()).orElse(null);
    String region =
        switch (g.kind()) {
          case COUNTRY -> null;
          case REGION -> g.name();
          default -> g.regionCode() == null ? null : gazetteer.regionName(g.countryCode(), g.regionCode()).orElse(null);
        };
    // a neighbourhood is named by its city, as registries name places; its own words are the
    // text; a name the story writes without the gazetteer's diacritics ("Butwal" for "Butwāl")
    // is given as the story writes it
    String name = g.kind() == PlaceKind.NEIGHBOURHOOD && g.city() != null ? g.city() : g.name();
    if (name.equals(g.name()) && !isAscii(name) && isAscii(candidate.words()) && g.isNamed(candidate.words())) {
      name = candidate.words();
    }
    return new Place(
        candidate.said(), name, g.kind(), region, country, g.countryCode(), g.lat(), g.lon(), candidate.span());
  }

}
