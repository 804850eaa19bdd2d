package org.eventfacts.actor;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words news English puts before or beside a name to say what a person is: offices
 * ("President", "Interior Minister", "head of state"), roles ("spokesman", "lawyer", "crane
 * operator") and the words that qualify them ("former", "deputy", "acting").
 */
final class TitleWords {

  /** Nouns that head a title, lower-cased; a title ends in one of them ("Prime Minister"). */
  static final ImmutableSet<String> HEADS =
      ImmutableSet.of(
          "president",
          "vice-president",
          "minister",
          "secretary",
          "premier",
          "chancellor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "chief",
          "leader",
          "head",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "chairperson",
          "ceo",
          "cfo",
          "coo",
          "executive",
          "officer",
          "commander",
          "general",
          "governor",
          "mayor",
          "senator",
          "sen.",
          "rep.",
          "representative",
          "congressman",
          "congresswoman",
          "lawmaker",
          "legislator",
          "mp",
          "ambassador",
          "envoy",
          "king",
          "queen",
          "prince",
          "princess",
          "emperor",
          "sultan",
          "emir",
          "sheikh",
          "judge",
          "justice",
          "attorney",
          "prosecutor",
          "lawyer",
          "counsel",
          "sheriff",
          "deputy",
          "detective",
          "inspector",
          "sergeant",
          "lieutenant",
          "captain",
          "colonel",
          "admiral",
          "marshal",
          "trooper",
          "constable",
          "superintendent",
          "commissioner",
          "founder",
          "co-founder",
          "owner",
          "manager",
          "analyst",
          "economist",
          "professor",
          "dr.",
          "doctor",
          "reverend",
          "rev.",
          "pope",
          "bishop",
          "archbishop",
          "cardinal",
          "imam",
          "rabbi",
          "pastor",
          "priest",
          "editor",
          "reporter",
          "correspondent",
          "journalist",
          "student",
          "teacher",
          "coach",
          "operator",
          "nurse",
          "surgeon",
          "candidate",
          "nominee",
          "activist",
          "official",
          "adviser",
          "advisor",
          "aide",
          "strategist",
          "treasurer",
          "speaker",
          "whip",
          "clerk",
          "diplomat",
          "dean",
          "principal",
          "administrator",
          "coordinator",
          "agent",
          "negotiator",
          "mediator",
          "ombudsman",
          "auditor",
          "commissar",
          "regent",
          "monarch",
          "dictator",
          "boss",
          "founder",
          "partner",
          "president-elect",
          "prime",
          "magistrate",
          "coroner",
          "firefighter",
          "witness",
          "resident",
          "worker",
          "driver",
          "pilot",
          "engineer",
          "scientist",
          "researcher",
          "historian",
          "author",
          "writer",
          "singer",
          "actor",
          "actress",
          "player",
          "striker",
          "goalkeeper",
          "midfielder",
          "defender",
          "general-secretary",
          "secretary-general",
          "attorney-general",
          "major-general",
          "lt.",
          "gen.",
          "col.",
          "capt.",
          "sgt.",
          "gov.",
          "supt.",
          "insp.",
          "det.",
          "cmdr.",
          "adm.");

  /**
   * Words that qualify a title and belong to it: "former President", "acting head", and the
   * portfolios of ministers ("Interior Minister").
   */
  static final ImmutableSet<String> MODIFIERS =
      ImmutableSet.<String>builder()
          .add(
              "former", "deputy", "acting", "vice", "interim",
              "then", "chief", "senior", "assistant", "first", "top", "outgoing", "incoming",
              "current", "retired", "late", "ex", "then-president", "lead", "associate", "executive",
              "general", "principal", "prime", "situations", "intelligence", "police", "fire",
              "station", "county", "city", "district", "regional", "national", "federal",
              "opposition", "party", "union", "presidential", "vice-presidential", "communications",
              "press", "campaign", "council", "court", "supreme", "high")
          .addAll(OrganisationWords.PORTFOLIOS)
          .build();

  /** Courtesy titles: not an office, but they tell the person's sex. */
  static final ImmutableMap<String, Gender> HONORIFICS =
      ImmutableMap.<String, Gender>builder()
          .put("mr.", Gender.MALE)
          .put("mr", Gender.MALE)
          .put("mrs.", Gender.FEMALE)
          .put("mrs", Gender.FEMALE)
          .put("ms.", Gender.FEMALE)
          .put("ms", Gender.FEMALE)
          .put("miss", Gender.FEMALE)
          .put("madam", Gender.FEMALE)
          .put("madame", Gender.FEMALE)
          .put("mademoiselle", Gender.FEMALE)
          .put("mlle.", Gender.FEMALE)
          .put("mme.", Gender.FEMALE)
          .put("monsieur", Gender.MALE)
          .put("sir", Gender.MALE)
          .put("dame", Gender.FEMALE)
          .put("lord", Gender.MALE)
          .put("lady", Gender.FEMALE)
          .buildOrThrow();

  /** Titles that tell the holder's sex. */
  static final ImmutableMap<String, Gender> GENDERED =
      ImmutableMap.<String, Gender>builder()
          .put("spokesman", Gender.MALE)
          .put("spokeswoman", Gender.FEMALE)
          .put("chairman", Gender.MALE)
          .put("chairwoman", Gender.FEMALE)
          .put("congressman", Gender.MALE)
          .put("congresswoman", Gender.FEMALE)
          .put("king", Gender.MALE)
          .put("queen", Gender.FEMALE)
          .put("prince", Gender.MALE)
          .put("princess", Gender.FEMALE)
          .put("emperor", Gender.MALE)
          .put("actress", Gender.FEMALE)
          .put("mother", Gender.FEMALE)
          .put("father", Gender.MALE)
          .put("wife", Gender.FEMALE)
          .put("husband", Gender.MALE)
          .put("son", Gender.MALE)
          .put("daughter", Gender.FEMALE)
          .put("brother", Gender.MALE)
          .put("sister", Gender.FEMALE)
          .put("man", Gender.MALE)
          .put("woman", Gender.FEMALE)
          .put("boy", Gender.MALE)
          .put("girl", Gender.FEMALE)
          .buildOrThrow();

  /** Nouns of kinship: they say who someone is to another, not what office they hold. */
  private static final ImmutableSet<String> KIN =
      ImmutableSet.of(
          "mother",
          "father",
          "brother",
          "sister",
          "son",
          "daughter",
          "wife",
          "husband",
          "uncle",
          "aunt",
          "cousin",
          "nephew",
          "niece",
          "grandmother",
          "grandfather",
          "grandson",
          "granddaughter",
          "stepfather",
          "stepmother",
          "partner",
          "fiancé",
          "fiancee",
          "widow",
          "widower",
          "number",
          "order",
          "corner",
          "border",
          "manner",
          "matter");

  /** Endings of nouns for what people do: "operator", "activist", "resident", "spokesman". */
  private static final ImmutableSet<String> ROLE_ENDINGS =
      ImmutableSet.of("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person");

  private TitleWords() {}

  /**
   * Whether a noun set beside a name says what the person is or does: a title word, or a noun of
   * doing ("crane operator", "resident", "activist"), but no kinship ("his mother") and no bare
   * "victim" or "man".
   */
  static boolean isRole(String noun) {
    String lower = lower(noun);
    if (isHead(lower)) {
      return true;
    }
    if (KIN.contains(lower) || lower.length() < 5) {
      return false;
    }
    return ROLE_ENDINGS.stream().anyMatch(lower::endsWith);
  }

  /** Whether {@code word} can end a title. */
  static boolean isHead(String word) {
    return HEADS.contains(lower(word));
  }

  /** Whether every word is a title word or a courtesy title: "Mr. Chief Justice", "Madam Speaker". */
  static boolean areAllTitleWords(List<String> words) {
    for (String word : words) {
      String lower = lower(word);
      if (!isHead(lower) && !isModifier(lower) && !HONORIFICS.containsKey(lower)) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  /** Whether {@code word} can qualify a title word after it. */
  static boolean isModifier(String word) {
    return MODIFIERS.contains(lower(word));
  }

  /** The sex a title or courtesy title tells, or {@code null}. */
  static @Nullable Gender genderOf(String word) {
    String lower = lower(word);
    Gender gender = HONORIFICS.get(lower);
    return gender != null ? gender : GENDERED.get(lower);
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
