package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;

/**
 * The words that make a capitalised name an organisation in news English, whatever the tagger said:
 * "the State Department", "the Foreign Office", "the Harbour Workers' Union".
 */
final class OrganisationWords {

  /** Nouns that end the name of an organisation, lower-cased. */
  static final ImmutableSet<String> HEADS =
      ImmutableSet.of(
          "department",
          "ministry",
          "office",
          "committee",
          "council",
          "agency",
          "service",
          "services",
          "commission",
          "bureau",
          "police",
          "army",
          "navy",
          "guard",
          "guards",
          "party",
          "union",
          "front",
          "movement",
          "court",
          "parliament",
          "senate",
          "congress",
          "assembly",
          "bank",
          "university",
          "college",
          "school",
          "hospital",
          "company",
          "corporation",
          "corp.",
          "corp",
          "inc.",
          "inc",
          "ltd",
          "ltd.",
          "plc",
          "llc",
          "group",
          "association",
          "federation",
          "organization",
          "organisation",
          "institute",
          "foundation",
          "authority",
          "administration",
          "board",
          "church",
          "airlines",
          "airways",
          "brigade",
          "brigades",
          "forces",
          "force",
          "fund",
          "network",
          "alliance",
          "coalition",
          "league",
          "society",
          "trust",
          "cabinet",
          "government",
          "directorate",
          "secretariat",
          "tribunal",
          "prosecutor's",
          "club",
          "team",
          "press",
          "times",
          "post",
          "herald",
          "tribune",
          "journal",
          "news",
          "television",
          "radio",
          "broadcasting",
          "channel",
          "studios",
          "motors",
          "industries",
          "holdings",
          "partners",
          "systems",
          "technologies",
          "energy",
          "airport",
          "railways",
          "corps",
          "command",
          "squad",
          "unit",
          "division",
          "legion",
          "regiment",
          "battalion",
          "mission",
          "center",
          "centre",
          "clinic",
          "lab",
          "laboratory",
          "laboratories",
          "academy",
          "conservatory",
          "conservatoire",
          "seminary",
          "orchestra",
          "magazine",
          "weekly",
          "council's",
          "commission's");

  /**
   * Words that end a company's name and add nothing to it ("Norgas Holdings Ltd" is Norgas): a name
   * that differs from another only by them is the same organisation.
   */
  static final ImmutableSet<String> DESIGNATORS =
      ImmutableSet.of(
          "inc",
          "inc.",
          "corp",
          "corp.",
          "corporation",
          "co",
          "co.",
          "company",
          "ltd",
          "ltd.",
          "limited",
          "llc",
          "plc",
          "group",
          "holdings",
          "motor",
          "motors",
          "n.v.",
          "s.a.",
          "ag",
          "gmbh",
          "the",
          "computer",
          "computers");

  /**
   * The portfolios of ministers and departments. A tagger often marks one alone as a name
   * ("Interior" in "Interior Minister Ana Voss", "State" in "Secretary of State"); alone, it never
   * names an actor.
   */
  static final ImmutableSet<String> PORTFOLIOS =
      ImmutableSet.of(
          "interior",
          "foreign",
          "defence",
          "defense",
          "finance",
          "health",
          "justice",
          "home",
          "state",
          "trade",
          "economy",
          "energy",
          "transport",
          "education",
          "labour",
          "labor",
          "agriculture",
          "environment",
          "culture",
          "information",
          "treasury",
          "commerce",
          "homeland",
          "security",
          "emergency",
          "emergencies",
          "housing",
          "industry");

  /**
   * Nouns that start the name of a body in the languages whose names English text keeps as they
   * are: "Conservatoire de Dunmore", "Teatro Comunale", "Academia Lentziana", "École Normale".
   */
  static final ImmutableSet<String> FOREIGN_FIRST_WORDS =
      ImmutableSet.of(
          "conservatoire", "conservatorio", "théâtre", "theatre", "teatro", "école", "ecole",
          "academia", "académie", "accademia", "akademie", "université", "universidad",
          "università", "universität", "universidade", "instituto", "institut", "istituto",
          "musée", "museo", "banco", "banque", "compagnie", "comédie", "escuela", "colegio",
          "lycée", "collège", "hochschule", "partido", "parti", "partito", "partei");

  private OrganisationWords() {}

  /** "Conservatoire de Dunmore": a foreign name that starts with a noun for a body. */
  static boolean startsAForeignName(String word) {
    return FOREIGN_FIRST_WORDS.contains(TitleWords.lower(word));
  }

  static boolean isHead(String word) {
    return HEADS.contains(TitleWords.lower(word));
  }
}
