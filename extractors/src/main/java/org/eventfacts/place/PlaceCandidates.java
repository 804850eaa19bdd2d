package org.eventfacts.place;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.PlaceKind;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the names in a story that may be places, and how the story names each ({@link
 * PlaceRole}):
 *
 * <ul>
 *   <li>the dateline: "CHICAGO —", "WAGONER COUNTY, OK (KSWO) -", "AURORA, Ill. (AP) —";
 *   <li>names the tagger marks as locations, with a state, country or city written after them
 *       ("Aurora, Ill.", "Paris, Texas", "East Flatbush, Brooklyn");
 *   <li>towns that name an organisation, however the tagger reads them ("Fort Worth police", "the
 *       Dayton Police Department", "Duncan Police Chief Ray Long"), and states that do ("Kentucky
 *       State Police");
 *   <li>towns used as modifiers: "a Duncan home", "her Randallstown apartment", "a 32-year-old
 *       Danville man".
 * </ul>
 *
 * Not places: the first word of a longer proper name ("Horn Lake High School", "Carolina Premium
 * Outlets", "Dallas Reyes"), street corners ("at Flamingo and Durango", "on Huntington/Villa"),
 * and a section named before its city ("the Elmwood section of Philadelphia" is read as
 * Philadelphia).
 */
final class PlaceCandidates {

  private static final Pattern POSSESSIVE_END = Pattern.compile("’s$|'s$");

  private static final Pattern AFTER_LOCATIVE = Pattern.compile(".*\\b(in|at|near|of)\\s+$");

  private static final Pattern POSSESSIVE_ENDING = Pattern.compile("['’]s");

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*([A-Z][A-Za-z'’.\\-]*(?:\\s+[A-Z][A-Za-z'’.\\-]*){0,3})"
              + "(?:,\\s+([A-Z][A-Za-z.]*(?:\\s?[A-Z][A-Za-z.]*)?))?"
              + "\\s*(\\([^)\\n]{1,30}\\)\\s*)?(?:—|–|--|-|:)\\s?");
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "^,\\s+((?:[A-Z][a-z]*\\.\\s?){1,2}|[A-Z]{2}\\b|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)");
  /** Words after a town that make it the name of an organisation. */
  private static final Set<String> ORGANISATION_WORDS =
      ImmutableSet.of(
          "police", "sheriff", "sheriff's", "sheriff’s", "fire", "department", "county", "city",
          "school", "schools", "authorities", "officers", "detectives", "council", "mayor", "pd",
          "deputies", "troopers", "jail", "detention", "court", "courthouse", "judge", "coroner",
          "coroner's", "coroner’s", "prosecutor", "prosecutors", "prosecutor's", "district",
          "commissioners", "dispatchers", "officials", "emergency", "911");
  /** Words after a town that make it where an agency works: "Duncan Police Chief". */
  private static final Set<String> AGENCY_WORDS =
      ImmutableSet.of("police", "sheriff", "sheriff's", "mayor", "fire", "pd");
  /** Capitalised words that may follow a place without making it part of a longer name. */
  private static final Set<String> FOLLOWERS =
      ImmutableSet.of(
          "police", "county", "sheriff", "sheriff's", "mayor", "city", "fire", "township",
          "borough", "department", "state", "council", "officials", "officers", "authorities",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
          "dec.", "pd", "ap", "(", "--", "-");
  private static final Set<String> NOT_PLACES =
      ImmutableSet.of("police", "county", "city", "state", "north", "south", "east", "west", "central");
  /** Prepositions that locate something at a place. */
  private static final Set<String> LOCATING =
      ImmutableSet.of(
          "in", "at", "near", "outside", "inside", "across", "around", "throughout", "into",
          "within", "of");
  /** Words between a locating preposition and a place: "in the", "in suburban", "in northeast". */
  private static final Set<String> BETWEEN =
      ImmutableSet.of(
          "the", "suburban", "downtown", "nearby", "neighboring", "neighbouring", "rural",
          "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
          "northern", "southern", "eastern", "western", "central", "upstate", "downstate");
  /** Nouns after "the X ... of" that make the place after "of" where X lies. */
  private static final Set<String> SECTIONS =
      ImmutableSet.of(
          "section", "neighborhood", "neighbourhood", "area", "community", "part", "side",
          "district", "suburb", "outskirts", "village", "borough", "town", "city", "county");
  /** Adjectives before a name that make it a region: "upstate New York". */
  private static final Set<String> REGION_ADJECTIVES =
      ImmutableSet.of(
          "upstate", "downstate", "northern", "southern", "eastern", "western", "central",
          "rural", "northeastern", "northwestern", "southeastern", "southwestern");
  /** Compass words that may open a name the gazetteer knows without them: "Southwest Philadelphia". */
  private static final Pattern COMPASS =
      Pattern.compile(
          "^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Downtown|Central"
              + "|Greater|Upstate|Metro)\\s+(.+)$");
  /** Nouns a town modifies as the place of a home: "a Duncan home". */
  private static final Set<String> HOME_WORDS =
      ImmutableSet.of(
          "home", "house", "apartment", "residence", "neighborhood", "neighbourhood", "street",
          "bar", "nightclub", "club", "business", "store", "park", "motel", "hotel", "mall",
          "church", "school", "restaurant", "intersection", "party");
  /** Nouns a town modifies as where a person is from: "a Danville man". */
  private static final Set<String> PERSON_WORDS =
      ImmutableSet.of(
          "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident",
          "residents", "native", "couple", "family", "mother", "father", "student", "youth");
  private static final Set<String> DETERMINERS =
      ImmutableSet.of("a", "an", "the", "her", "his", "their", "its", "our");
  private static final Set<String> RESIDENTS = ImmutableSet.of("resident", "residents", "native");
  /** Words of an organisation that works for a region: "Kentucky State Police". */
  private static final Pattern REGIONAL_AGENCY =
      Pattern.compile(
          "\\b(Police|Patrol|Bureau|Department|Sheriff|Attorney|Court|Highway|Troopers?"
              + "|Investigation|Corrections|Guard|Office)\\b");
  private static final Pattern AGE = Pattern.compile("\\d+-year-old");
  private static final long LARGE_CITY = 50_000;
  private static final Pattern COUNTY =
      Pattern.compile("\\b((?:[A-Z][a-z]+\\.? ){1,2}(?:County|Parish))\\b");

  private final Gazetteer gazetteer;

  PlaceCandidates(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The candidates of a story, in text order. */
  List<PlaceCandidate> find(ParsedText text) {
    List<PlaceCandidate> candidates = new ArrayList<>();
    String all = text.text();
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.isFurniture()) {
        continue;
      }
      if (sentence.paragraph() <= 4) {
        dateline(sentence, all, candidates);
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
          i = location(sentence, all, i, last, candidates);
        } else {
          organisation(sentence, i, last, candidates);
          i = last;
        }
      }
      modifiers(sentence, candidates);
      counties(sentence, candidates);
    }
    // a dateline names its place once; the tagger's reading of the same words is dropped, and
    // so is a second reading of words already read
    List<PlaceCandidate> kept = new ArrayList<>();
    candidates.sort((a, b) -> a.span().compareTo(b.span()));
    for (PlaceCandidate candidate : candidates) {
      boolean taken =
          kept.stream().anyMatch(c -> c.span().intersects(candidate.span()))
              || !candidate.dateline()
                  && candidates.stream()
                      .anyMatch(c -> c.dateline() && c.span().intersects(candidate.span()));
      if (!taken) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private void dateline(ParsedSentence sentence, String all, List<PlaceCandidate> candidates) {
    Span span = sentence.span();
    Matcher m =
        DATELINE.matcher(all.substring(span.start(), Math.min(all.length(), span.start() + 120)));
    if (!m.find()) {
      return;
    }
    String name = m.group(1);
    boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
    if (!capitals && m.group(3) == null) {
      return; // "Police said — ..." is no dateline; "Aurora, Ill. (AP) —" is
    }
    String words = capitals ? titleCase(name) : name;
    if (gazetteer.named(words).isEmpty()) {
      return;
    }
    int start = span.start() + m.start(1);
    int end = span.start() + (m.group(2) == null ? m.end(1) : m.end(2));
    candidates.add(
        new PlaceCandidate(
            new Span(start, end),
            all.substring(start, end),
            words,
            m.group(2),
            sentence.index(),
            PlaceRole.DATELINE,
            false,
            false));
  }

  /** Reads the location {@code first..last}; returns the last token it consumed. */
  private int location(
      ParsedSentence sentence, String all, int first, int last, List<PlaceCandidate> candidates) {
    List<CoreLabel> tokens = sentence.tokens();
    if (last + 1 < tokens.size() && isNameWord(tokens.get(last + 1))
        || last + 2 < tokens.size()
            && POSSESSIVE_ENDING.matcher(tokens.get(last + 1).word()).matches()
            && isNameWord(tokens.get(last + 2))) {
      return last; // "Horn Lake High School", "Carolina Premium Outlets", "King's Wok"
    }
    if (isCorner(tokens, first, last)) {
      return last + 2 < tokens.size() && "and".equals(lower(tokens.get(last + 1))) ? last + 2 : last;
    }
    if (last + 2 < tokens.size()
        && SECTIONS.contains(lower(tokens.get(last + 1)))
        && "of".equals(lower(tokens.get(last + 2)))) {
      return last; // "the Elmwood section of Philadelphia": the city is read next
    }
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    String words = POSSESSIVE_END.matcher(all.substring(span.start(), span.end())).replaceAll("");
    if (NOT_PLACES.contains(words.toLowerCase(Locale.ROOT)) || words.contains("/")) {
      return last;
    }
    Matcher compass = COMPASS.matcher(words);
    if (gazetteer.named(words).isEmpty() && compass.matches() && isCity(compass.group(1))) {
      words = compass.group(1); // "Southwest Philadelphia"
    }
    String qualifier = null;
    Span said = span;
    Matcher q =
        QUALIFIER.matcher(all.substring(span.end(), Math.min(all.length(), span.end() + 40)));
    if (q.find() && !FOLLOWERS.contains(q.group(1).trim().toLowerCase(Locale.ROOT))) {
      qualifier = q.group(1).trim();
      int end = span.end() + q.start(1) + qualifier.length();
      if (qualifier.endsWith(".") && StateAbbreviations.postalCode(qualifier) == null) {
        qualifier = qualifier.substring(0, qualifier.length() - 1); // "in Flatbush, Brooklyn."
        end--;
      }
      said = new Span(span.start(), end);
    }
    boolean regionHint =
        first > 0 && REGION_ADJECTIVES.contains(lower(tokens.get(first - 1)))
            || last + 1 < tokens.size() && tokens.get(last + 1).word().equals("State");
    boolean section = last + 1 < tokens.size() && SECTIONS.contains(lower(tokens.get(last + 1)));
    candidates.add(
        new PlaceCandidate(
            said,
            all.substring(said.start(), said.end()),
            words,
            qualifier,
            sentence.index(),
            role(tokens, first, last),
            regionHint,
            section));
    return last;
  }

  /** A large city, which a compass word may open: "Southwest Philadelphia", "North Minneapolis". */
  private boolean isCity(String name) {
    return gazetteer.named(name).stream()
        .anyMatch(
            g ->
                g.kind() == PlaceKind.CITY
                    && g.isNamed(name)
                    && g.population() >= LARGE_CITY);
  }

  /** "at Flamingo and Durango", "at 54th and Chestnut": a street corner, not two places. */
  private static boolean isCorner(List<CoreLabel> tokens, int first, int last) {
    boolean after =
        last + 2 < tokens.size()
            && "and".equals(lower(tokens.get(last + 1)))
            && Character.isUpperCase(tokens.get(last + 2).word().charAt(0))
            && first > 0
            && Set.of("at", "on", "of").contains(lower(tokens.get(first - 1)));
    boolean before =
        first >= 3
            && "and".equals(lower(tokens.get(first - 1)))
            && Set.of("at", "on").contains(lower(tokens.get(first - 3)));
    boolean slash =
        last + 1 < tokens.size() && tokens.get(last + 1).word().startsWith("/")
            || first > 0 && tokens.get(first - 1).word().endsWith("/");
    return after || before || slash;
  }

  /** How the words before and after a place name it. */
  private static PlaceRole role(List<CoreLabel> tokens, int first, int last) {
    if (last + 1 < tokens.size() && RESIDENTS.contains(lower(tokens.get(last + 1)))) {
      return PlaceRole.RESIDENCE; // "a Newton resident"
    }
    if (last + 1 < tokens.size() && AGENCY_WORDS.contains(lower(tokens.get(last + 1)))) {
      return PlaceRole.AGENCY; // "Chicago police"
    }
    int before = first - 1;
    while (before >= 0 && first - before <= 2 && BETWEEN.contains(lower(tokens.get(before)))) {
      before--;
    }
    if (before < 0) {
      return PlaceRole.NAMED;
    }
    String word = lower(tokens.get(before));
    if (word.equals("from")) {
      return PlaceRole.RESIDENCE;
    }
    if (word.equals("of")) {
      if (before >= 1 && SECTIONS.contains(lower(tokens.get(before - 1)))) {
        return PlaceRole.LOCATED; // "the Elmwood section of Philadelphia"
      }
      if (before >= 1) {
        CoreLabel previous = tokens.get(before - 1);
        if (previous.word().equals(",")
            || "CD".equals(previous.tag())
            || "PERSON".equals(previous.ner())) {
          return PlaceRole.RESIDENCE; // "Ana Ruiz, 22, of Dayton", "Ruiz, 22 of Dayton"
        }
      }
      return PlaceRole.NAMED;
    }
    return LOCATING.contains(word) ? PlaceRole.LOCATED : PlaceRole.NAMED;
  }

  /**
   * "Fort Worth police", "the Dayton Police Department", "Kentucky State Police": the town or state
   * that names an agency. A town that opens another organisation's name ("Horn Lake High School",
   * "the Dayton Daily News") says nothing of where the incident was; a town the tagger took for an
   * organisation after "in" ("in Smithfield") is located there.
   */
  private void organisation(
      ParsedSentence sentence, int first, int last, List<PlaceCandidate> candidates) {
    List<CoreLabel> tokens = sentence.tokens();
    String text = sentence.documentText();
    String whole = text.substring(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
    if (first > 0 && Set.of("in", "at", "near").contains(lower(tokens.get(first - 1))) && isTown(whole)) {
      Span span = new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition());
      candidates.add(
          new PlaceCandidate(
              span, whole, whole, null, sentence.index(), PlaceRole.LOCATED, false, false));
      return;
    }
    for (int end = Math.min(last, first + 2); end >= first; end--) {
      int next = end + 1;
      boolean agency =
          next < tokens.size() && ORGANISATION_WORDS.contains(lower(tokens.get(next)));
      Span span = new Span(tokens.get(first).beginPosition(), tokens.get(end).endPosition());
      String words = text.substring(span.start(), span.end());
      boolean isRegion =
          REGIONAL_AGENCY.matcher(whole.substring(words.length())).find()
              && gazetteer.named(words).stream()
                  .anyMatch(g -> g.kind() == PlaceKind.REGION && g.isNamed(words));
      if (agency && isTown(words) || isRegion) {
        candidates.add(
            new PlaceCandidate(
                span, words, words, null, sentence.index(), PlaceRole.AGENCY, isRegion, false));
        return;
      }
    }
  }

  private boolean isTown(String words) {
    return gazetteer.named(words).stream()
        .anyMatch(
            g ->
                (g.kind() == PlaceKind.CITY || g.kind() == PlaceKind.COUNTY)
                    && g.isNamed(words));
  }

  /**
   * Towns the tagger did not mark as places, read by the words around them: before an agency
   * ("Duncan Police Chief Ray Long") and as modifiers ("a Duncan home", "a 32-year-old Danville
   * man").
   */
  private void modifiers(ParsedSentence sentence, List<PlaceCandidate> candidates) {
    List<CoreLabel> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isCapitalised(tokens.get(i)) || i > 0 && isCapitalised(tokens.get(i - 1))) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && last - i < 2 && isCapitalised(tokens.get(last + 1))
          && !AGENCY_WORDS.contains(lower(tokens.get(last + 1)))) {
        last++;
      }
      if (last + 1 >= tokens.size() || "LOCATION".equals(tokens.get(i).ner())
          || "ORGANIZATION".equals(tokens.get(i).ner())) {
        continue;
      }
      String next = lower(tokens.get(last + 1));
      PlaceRole role = null;
      if (AGENCY_WORDS.contains(next)) {
        role = PlaceRole.AGENCY;
      } else if (i > 0 && isModifierStart(tokens, i)) {
        role =
            HOME_WORDS.contains(next)
                ? PlaceRole.LOCATED
                : PERSON_WORDS.contains(next) ? PlaceRole.RESIDENCE : null;
      }
      if (role == null) {
        continue;
      }
      Span span = new Span(tokens.get(i).beginPosition(), tokens.get(last).endPosition());
      String words = sentence.documentText().substring(span.start(), span.end());
      boolean isTown =
          gazetteer.named(words).stream()
              .anyMatch(
                  g ->
                      (g.kind() == PlaceKind.CITY
                              || g.kind() == PlaceKind.COUNTY
                              || g.kind() == PlaceKind.NEIGHBOURHOOD)
                          && g.isNamed(words));
      if (isTown) {
        candidates.add(
            new PlaceCandidate(span, words, words, null, sentence.index(), role, false, false));
      }
    }
  }

  /**
   * "in Fort Bend County", "Lauderdale County Jail": counties and parishes by their own word,
   * which the tagger often leaves unmarked, and which a run-on page dump glues to the next word
   * ("County.There").
   */
  private void counties(ParsedSentence sentence, List<PlaceCandidate> candidates) {
    String all = sentence.documentText();
    Span span = sentence.span();
    Matcher m = COUNTY.matcher(all.substring(span.start(), span.end()));
    while (m.find()) {
      String words = m.group(1);
      int start = span.start() + m.start(1);
      Span at = new Span(start, start + words.length());
      if (gazetteer.named(words).stream()
          .noneMatch(g -> g.kind() == PlaceKind.COUNTY && g.isNamed(words))) {
        continue;
      }
      String before = all.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
      PlaceRole role =
          AFTER_LOCATIVE.matcher(before).matches() ? PlaceRole.LOCATED : PlaceRole.NAMED;
      candidates.add(new PlaceCandidate(at, words, words, null, sentence.index(), role, false, false));
    }
  }

  /** "a Duncan", "her Randallstown", "a 32-year-old Danville". */
  private static boolean isModifierStart(List<CoreLabel> tokens, int i) {
    String before = lower(tokens.get(i - 1));
    if (DETERMINERS.contains(before)) {
      return true;
    }
    return i > 1 && AGE.matcher(before).matches() && DETERMINERS.contains(lower(tokens.get(i - 2)));
  }

  /** A capitalised word that goes on a proper name: "High" in "Horn Lake High School". */
  private static boolean isNameWord(CoreLabel token) {
    String tag = token.tag();
    return ("NNP".equals(tag) || "NNPS".equals(tag))
        && isCapitalised(token)
        && !FOLLOWERS.contains(lower(token))
        && !"DATE".equals(token.ner())
        && !"LOCATION".equals(token.ner());
  }

  private static boolean isCapitalised(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && ("NNP".equals(token.tag()) || "NNPS".equals(token.tag()));
  }

  private static String lower(CoreLabel token) {
    return token.word().toLowerCase(Locale.ROOT);
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
