package org.eventfacts.arrest;

import com.google.common.collect.ImmutableSet;

/**
 * The words of news English that state, place or deny custody, by lemma (lower case). A custody
 * verb states an arrest by itself ("was arrested"); a placing verb only with a custody place
 * ("was taken into custody", "was booked into the county jail"); a state verb with a custody
 * place describes a person in custody ("remained in custody").
 */
final class ArrestWords {

  /** Verbs that state by themselves that someone was taken into custody. */
  static final ImmutableSet<String> CUSTODY_VERBS =
      ImmutableSet.of(
          "arrest", "rearrest", "re-arrest", "detain", "apprehend", "jail", "imprison",
          "incarcerate", "nab", "intern");

  /**
   * Verbs that state custody only when they are done to a person, since they have other senses:
   * "police captured the gunman" but "captured the city", "the suspect was held without bail" but
   * "the vigil was held on Sunday", "he was booked on a murder charge" but "booked a flight".
   */
  static final ImmutableSet<String> PERSON_CUSTODY_VERBS = ImmutableSet.of("capture", "hold", "book");

  /** Verbs that state custody with the particle "up": "rounded up 17 suspects", "locked up". */
  static final ImmutableSet<String> PARTICLE_UP_VERBS = ImmutableSet.of("round", "lock");

  /**
   * Verbs that put someone into a custody place: "taken into custody", "placed under arrest",
   * "sent to jail", "remanded in custody", "put behind bars".
   */
  static final ImmutableSet<String> PLACING_VERBS =
      ImmutableSet.of(
          "take", "place", "put", "send", "remand", "throw", "commit", "lock", "land", "return",
          "transfer", "transport", "lead", "escort", "bring", "book", "hold", "keep", "jail",
          "detain", "arrest", "lodge", "confine");

  /** Verbs that keep a person in a custody place: "remained in custody", "sits in jail". */
  static final ImmutableSet<String> STATE_VERBS =
      ImmutableSet.of("be", "remain", "stay", "sit", "languish", "spend", "wait", "await", "rot");

  /**
   * Nouns for a place or state of custody, after "in", "into", "to", "behind" or "under": "in
   * custody", "into the county jail", "behind bars", "under arrest".
   */
  static final ImmutableSet<String> CUSTODY_PLACES =
      ImmutableSet.of(
          "custody", "jail", "gaol", "prison", "detention", "bars", "lockup", "penitentiary",
          "arrest", "jailhouse");

  /**
   * Heads that make a place a custody place when they are compounded with a custody word: "the
   * county detention center", "the correctional facility".
   */
  static final ImmutableSet<String> INSTITUTION_HEADS =
      ImmutableSet.of(
          "center", "centre", "facility", "complex", "institution", "unit", "house", "cell", "cells",
          "station", "headquarters");

  /** Modifiers that make an institution a custody place: "detention center". */
  static final ImmutableSet<String> CUSTODY_MODIFIERS =
      ImmutableSet.of("detention", "correctional", "jail", "prison", "custody", "remand", "police");

  /** Prepositions that put a person into or keep them in a custody place. */
  static final ImmutableSet<String> INTO_PLACE =
      ImmutableSet.of("in", "into", "to", "behind", "under", "inside");

  /**
   * Nouns for the act of arresting: "the arrest of three men", "his detention". Not
   * "imprisonment" or "incarceration", which news uses mostly of a policy or a sentence ("the
   * incarceration of black men").
   */
  static final ImmutableSet<String> ARREST_NOUNS =
      ImmutableSet.of("arrest", "rearrest", "detention", "apprehension", "jailing", "roundup", "capture");

  /** Verbs whose subject gives themselves up: "surrendered to police". */
  static final ImmutableSet<String> SURRENDER_VERBS = ImmutableSet.of("surrender");

  /**
   * Verbs and nouns whose complement arrest is only wanted, feared or escaped, not made: "could
   * face arrest", "evaded arrest", "resisting arrest", "a warrant for his arrest", "a reward for
   * information leading to an arrest", "called for the arrest of".
   */
  static final ImmutableSet<String> UNREALISED_BY =
      ImmutableSet.of(
          "face", "risk", "fear", "avoid", "evade", "elude", "escape", "resist", "seek", "demand",
          "request", "order", "urge", "threaten", "prevent", "call", "warrant", "reward", "lead",
          "want", "attempt", "try", "plan", "threat", "possibility", "danger", "prospect", "bid",
          "effort", "expect", "hope");

  /**
   * Places of care, where "detained" and "held" mean kept for treatment: "was detained in
   * hospital overnight".
   */
  static final ImmutableSet<String> CARE_PLACES =
      ImmutableSet.of("hospital", "clinic", "infirmary", "ward", "icu", "hospice", "care");

  /** Complements that make "held" or "taken" a captivity, not custody: "held hostage". */
  static final ImmutableSet<String> CAPTIVITY_WORDS =
      ImmutableSet.of("hostage", "hostages", "captive", "captives", "gunpoint", "knifepoint", "ransom");

  /** Verbs that take someone out of custody, so that "from custody" is no arrest. */
  static final ImmutableSet<String> RELEASE_CASES = ImmutableSet.of("from", "out", "out_of");

  /**
   * Complements that only custody gives "held": "held without bail", "held on a $500,000 bond",
   * "held in lieu of bail", "held for questioning", "held until trial".
   */
  static final ImmutableSet<String> CUSTODY_COMPLEMENTS =
      ImmutableSet.of(
          "bail", "bond", "questioning", "charge", "charges", "suspicion", "count", "counts", "trial");

  /** Nouns for people in crime news, which "held", "booked" and "captured" are done to. */
  static final ImmutableSet<String> PEOPLE_NOUNS =
      ImmutableSet.of(
          "suspect", "man", "woman", "boy", "girl", "teen", "teenager", "juvenile", "youth",
          "person", "people", "driver", "shooter", "gunman", "attacker", "assailant", "robber",
          "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister", "cousin",
          "uncle", "aunt", "nephew", "niece", "grandson", "grandfather", "boyfriend", "girlfriend",
          "partner", "friend", "neighbor", "neighbour", "student", "officer", "soldier", "leader",
          "member", "protester", "demonstrator", "activist", "journalist", "reporter", "worker",
          "employee", "owner", "manager", "director", "official", "minister", "politician",
          "citizen", "national", "resident", "militant", "fighter", "rebel", "terrorist",
          "bomber", "killer", "murderer", "thief", "burglar", "defendant", "prisoner", "detainee",
          "inmate", "individual", "adult", "child", "kid", "men", "women", "dealer", "smuggler",
          "accomplice", "accused", "gunmen", "guard", "clerk", "captain", "pilot", "agent",
          "teacher", "priest", "doctor", "lawyer", "deputy", "critic", "dissident", "opponent",
          "supporter", "fan", "passenger", "tourist", "foreigner", "migrant", "refugee",
          "immigrant", "stepfather", "stepson", "roommate", "relative", "acquaintance", "trader",
          "banker", "businessman", "businesswoman", "executive", "mayor", "governor", "senator",
          "lawmaker", "councillor", "councilman", "general", "colonel", "commander", "chief",
          "confidant", "confidante", "aide", "ally", "associate", "spokesman", "spokeswoman",
          "hacker", "nurse", "gunwoman", "stabber", "looter", "rioter", "trafficker", "spy",
          "blogger", "poet", "writer", "artist", "actor", "singer", "player", "coach", "imam",
          "pastor", "monk", "farmer", "shepherd", "miner", "sailor", "veteran", "victim",
          "witness", "bodyguard");

  /** Pronouns that stand for one person. */
  static final ImmutableSet<String> SINGULAR_PRONOUNS =
      ImmutableSet.of("he", "she", "him", "her", "his", "hers");

  /** Pronouns that stand for a group. */
  static final ImmutableSet<String> PLURAL_PRONOUNS = ImmutableSet.of("they", "them", "their");

  /** Relative pronouns, which stand for the noun their clause describes. */
  static final ImmutableSet<String> RELATIVE_PRONOUNS =
      ImmutableSet.of("who", "whom", "whose", "that", "which");

  /** Words that head "those arrested", "all detained": they stand for a group named elsewhere. */
  static final ImmutableSet<String> STAND_IN_HEADS =
      ImmutableSet.of("those", "all", "some", "many", "most", "none", "several", "others", "one", "each", "both");

  /** Verbs that list the members of a group: "those arrested included two students". */
  static final ImmutableSet<String> INCLUDE_VERBS = ImmutableSet.of("include", "comprise");

  /** Verbs that announce an arrest; their subject is the authority when no one else is named. */
  static final ImmutableSet<String> ANNOUNCING_VERBS =
      ImmutableSet.of(
          "say", "announce", "confirm", "report", "tell", "state", "add", "disclose", "reveal",
          "declare", "indicate", "note");

  // Charges

  /** Nouns whose complement names the offence: "on charges of murder", "on suspicion of arson". */
  static final ImmutableSet<String> CHARGE_NOUNS =
      ImmutableSet.of(
          "charge", "count", "suspicion", "allegation", "accusation", "indictment", "investigation",
          "probe", "inquiry", "complaint", "warrant", "offense", "offence", "crime");

  /** Verbs whose complement names the offence: "charged with murder", "accused of arson". */
  static final ImmutableSet<String> CHARGE_VERBS =
      ImmutableSet.of("charge", "accuse", "suspect", "indict", "book", "cite");

  /** Verbs whose object is a charge hanging over someone: "faces a criminal inquiry". */
  /** Who makes arrests: "officers", "the police", "troopers", "security forces". */
  static final ImmutableSet<String> LAW_ENFORCEMENT_NOUNS =
      ImmutableSet.of(
          "police",
          "policeman",
          "policemen",
          "policewoman",
          "officer",
          "deputy",
          "trooper",
          "agent",
          "detective",
          "sheriff",
          "marshal",
          "authority",
          "investigator",
          "constable",
          "patrolman",
          "ranger",
          "gendarme",
          "force",
          "troop",
          "soldier",
          "guard",
          "fbi");

  /**
   * Nouns that name the incident someone is held over rather than an offence: "arrested for the
   * shooting" says why, "charged with attempted murder" says with what.
   */
  static final ImmutableSet<String> INCIDENT_NOUNS =
      ImmutableSet.of(
          "shooting",
          "stabbing",
          "killing",
          "slaying",
          "death",
          "attack",
          "incident",
          "crash",
          "case",
          "beating",
          "fire",
          "explosion");

  static final ImmutableSet<String> FACING_VERBS = ImmutableSet.of("face", "await");

  /**
   * Nouns after "for" that give a reason but not an offence: "held for questioning", "detained for
   * two days", "for his own protection".
   */
  static final ImmutableSet<String> NOT_OFFENCES =
      ImmutableSet.of(
          "questioning", "question", "interrogation", "hour", "day", "week", "month", "year", "night", "time",
          "while", "protection", "safety", "treatment", "evaluation", "observation", "hours",
          "days", "weeks", "months", "years", "minute", "minutes", "period", "duration", "now",
          "reason", "reasons");

  private ArrestWords() {}
}
