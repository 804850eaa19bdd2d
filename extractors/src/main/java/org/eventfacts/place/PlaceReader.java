package org.eventfacts.place;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.Place;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Finds the places a story names and resolves them with a {@link Gazetteer}: datelines ("CHICAGO
 * —", "WAGONER COUNTY, OK (KSWO) -", "AURORA, Ill. (AP) —"), names the tagger marks as locations
 * ("in Almaty"), with a state or country after them ("Aurora, Ill.", "Paris, Texas"), and a
 * city that names an organisation ("Fort Worth police", "the Dayton Police Department").
 *
 * <p>A name several places share is resolved by the other places of the story (a state named
 * after the city, or anywhere in the text; a county; a country) and then by population: Paris
 * alone is the French capital, Paris in a story that names Texas is Paris, Texas.
 *
 * <pre>{@code
 * List<PlaceMention> places = PlaceReader.of(Gazetteer.geoNames()).read(parsed);
 * places.get(0).place().name()     // "Aurora"
 * places.get(0).place().region()   // "Illinois"
 * }</pre>
 */
public final class PlaceReader {

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*([A-Z][A-Za-z'’.\\-]*(?:\\s+[A-Z][A-Za-z'’.\\-]*){0,3})"
              + "(?:,\\s+([A-Z][A-Za-z.]*(?:\\s?[A-Z][A-Za-z.]*)?))?"
              + "\\s*(\\([^)\\n]{1,30}\\)\\s*)?(?:—|–|--|-|:)\\s");
  private static final Pattern QUALIFIER =
      Pattern.compile("^,\\s+((?:[A-Z][a-z]*\\.\\s?){1,2}|[A-Z]{2}\\b|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)");
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "police", "sheriff", "sheriff's", "fire", "department", "county", "city", "school",
          "schools", "authorities", "officers", "detectives", "council", "mayor");
  private static final Set<String> NOT_PLACES =
      Set.of("police", "county", "city", "state", "north", "south", "east", "west", "central");

  private final Gazetteer gazetteer;

  private PlaceReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A reader that resolves names with {@code gazetteer}. */
  public static PlaceReader of(Gazetteer gazetteer) {
    return new PlaceReader(checkNotNull(gazetteer, "gazetteer"));
  }

  /** A name in the text that may be a place, with what the text says beside it. */
  private record Candidate(
      Span span,
      String said,
      String words,
      @Nullable String qualifier,
      int sentence,
      boolean dateline) {}

  /** The places the story names, in text order. */
  public ImmutableList<PlaceMention> read(ParsedText text) {
    List<Candidate> candidates = candidates(text);
    Context context = context(candidates);
    // the country most of the story's places lie in settles names that are towns in several
    // countries (Florence, Alabama in a story whose other places are in Alabama)
    Map<String, Integer> countries = new HashMap<>();
    for (Candidate candidate : candidates) {
      GeoName best = resolve(candidate, context);
      if (best != null) {
        countries.merge(best.countryCode(), 1, Integer::sum);
      }
    }
    countries.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(top -> context.countries().add(top.getKey()));
    ImmutableList.Builder<PlaceMention> places = ImmutableList.builder();
    for (Candidate candidate : candidates) {
      GeoName best = resolve(candidate, context);
      if (best != null) {
        places.add(
            new PlaceMention(place(candidate, best), candidate.sentence(), candidate.dateline()));
      }
    }
    return places.build();
  }

  private List<Candidate> candidates(ParsedText text) {
    List<Candidate> candidates = new ArrayList<>();
    String all = text.text();
    Set<Integer> datelineSentences = new HashSet<>();
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.isFurniture()) {
        continue;
      }
      if (sentence.paragraph() <= 4 && dateline(sentence, all, candidates)) {
        datelineSentences.add(sentence.index());
      }
      List<CoreLabel> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String ner = tokens.get(i).ner();
        if (!"LOCATION".equals(ner) && !"ORGANIZATION".equals(ner)) {
          continue;
        }
        int last = i;
        while (last + 1 < tokens.size() && ner.equals(tokens.get(last + 1).ner())) {
          last++;
        }
        if (ner.equals("LOCATION")) {
          location(sentence, all, i, last, candidates);
        } else {
          organisation(sentence, i, last, candidates);
        }
        i = last;
      }
    }
    // a dateline names its place once; the tagger's reading of the same words is dropped
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : candidates) {
      boolean inDateline =
          !candidate.dateline()
              && candidates.stream()
                  .anyMatch(c -> c.dateline() && c.span().intersects(candidate.span()));
      if (!inDateline) {
        kept.add(candidate);
      }
    }
    kept.sort((a, b) -> a.span().compareTo(b.span()));
    return kept;
  }

  private boolean dateline(ParsedSentence sentence, String all, List<Candidate> candidates) {
    Span span = sentence.span();
    Matcher m = DATELINE.matcher(all.substring(span.start(), Math.min(all.length(), span.start() + 120)));
    if (!m.find()) {
      return false;
    }
    String name = m.group(1);
    boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
    if (!capitals && m.group(3) == null) {
      return false; // "Police said — ..." is no dateline; "Aurora, Ill. (AP) —" is
    }
    String words = capitals ? titleCase(name) : name;
    if (gazetteer.named(words).isEmpty()) {
      return false;
    }
    int start = span.start() + m.start(1);
    int end = span.start() + (m.group(2) == null ? m.end(1) : m.end(2));
    candidates.add(
        new Candidate(
            new Span(start, end), all.substring(start, end), words, m.group(2), sentence.index(), true));
    return true;
  }

  private void location(
      ParsedSentence sentence, String all, int first, int last, List<Candidate> candidates) {
    List<CoreLabel> tokens = sentence.tokens();
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    String words = all.substring(span.start(), span.end()).replaceAll("’s$|'s$", "");
    if (NOT_PLACES.contains(words.toLowerCase(Locale.ROOT))) {
      return;
    }
    String qualifier = null;
    Matcher q = QUALIFIER.matcher(all.substring(span.end(), Math.min(all.length(), span.end() + 40)));
    if (q.find()) {
      qualifier = q.group(1).trim();
    }
    Span said = span;
    if (qualifier != null) {
      said = new Span(span.start(), span.end() + q.end(1));
    }
    candidates.add(
        new Candidate(said, all.substring(said.start(), said.end()), words, qualifier, sentence.index(), false));
  }

  /** "Fort Worth police", "the Dayton Police Department": the city the organisation names. */
  private void organisation(ParsedSentence sentence, int first, int last, List<Candidate> candidates) {
    List<CoreLabel> tokens = sentence.tokens();
    for (int end = Math.min(last, first + 2); end >= first; end--) {
      int next = end + 1;
      boolean organisationWord =
          next < tokens.size()
              && ORGANISATION_WORDS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT));
      if (end == last && !organisationWord) {
        continue; // the whole name: "Springfield" alone is the organisation's name, not a place
      }
      Span span = new Span(tokens.get(first).beginPosition(), tokens.get(end).endPosition());
      String words = sentence.documentText().substring(span.start(), span.end());
      long least = organisationWord ? 0 : 20_000;
      boolean isCity =
          gazetteer.named(words).stream()
              .anyMatch(
                  g ->
                      (g.kind() == PlaceKind.CITY || g.kind() == PlaceKind.COUNTY)
                          && g.name().equalsIgnoreCase(words)
                          && g.population() >= least);
      if (isCity) {
        candidates.add(new Candidate(span, words, words, null, sentence.index(), false));
        return;
      }
    }
  }

  /** The regions, counties and countries the story names outright. */
  private record Context(Set<String> regions, Set<String> counties, Set<String> countries) {}

  private Context context(List<Candidate> candidates) {
    Set<String> regions = new HashSet<>();
    Set<String> counties = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (candidate.qualifier() != null) {
        for (GeoName q : qualifiers(candidate.qualifier())) {
          (q.kind() == PlaceKind.COUNTRY ? countries : regions)
              .add(q.kind() == PlaceKind.COUNTRY ? q.countryCode() : q.countryCode() + "." + q.regionCode());
        }
      }
      // the most populous reading of a name that is a region, county or country outright
      for (PlaceKind kind : List.of(PlaceKind.REGION, PlaceKind.COUNTY, PlaceKind.COUNTRY)) {
        gazetteer.named(candidate.words()).stream()
            .filter(g -> g.kind() == kind && g.name().equalsIgnoreCase(candidate.words()))
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
    return new Context(regions, counties, countries);
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

  private @Nullable GeoName resolve(Candidate candidate, Context context) {
    List<GeoName> named = gazetteer.named(candidate.words());
    if (named.isEmpty()) {
      return null;
    }
    List<GeoName> qualifiers =
        candidate.qualifier() == null ? List.of() : qualifiers(candidate.qualifier());
    GeoName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoName g : named) {
      double score = Math.log10(g.population() + 10.0);
      boolean own = g.name().equalsIgnoreCase(candidate.words());
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
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }

  private Place place(Candidate candidate, GeoName g) {
    String country = gazetteer.countryName(g.countryCode()).orElse(null);
    String region =
        switch (g.kind()) {
          case COUNTRY -> null;
          case REGION -> g.name();
          default -> g.regionCode() == null ? null : gazetteer.regionName(g.countryCode(), g.regionCode()).orElse(null);
        };
    return new Place(
        candidate.said(), g.name(), g.kind(), region, country, g.countryCode(), g.lat(), g.lon(), candidate.span());
  }

  private static String titleCase(String capitals) {
    StringBuilder out = new StringBuilder(capitals.length());
    boolean start = true;
    for (char c : capitals.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }
}
