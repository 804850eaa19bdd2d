package org.eventfacts.casualty;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.eventfacts.fact.Outcome;

/**
 * The words that state casualties in news English, by lemma, with what they say happened. "shoot"
 * is an injury unless the sentence makes it fatal ("shot dead", "fatally shot", "shot to death").
 */
final class CasualtyWords {

  /** Verbs done to people. */
  static final ImmutableMap<String, Outcome> ACTION_VERBS =
      ImmutableMap.<String, Outcome>builder()
          .put("kill", Outcome.KILLED)
          .put("murder", Outcome.KILLED)
          .put("slay", Outcome.KILLED)
          .put("massacre", Outcome.KILLED)
          .put("assassinate", Outcome.KILLED)
          .put("behead", Outcome.KILLED)
          .put("slaughter", Outcome.KILLED)
          .put("butcher", Outcome.KILLED)
          .put("execute", Outcome.KILLED)
          .put("injure", Outcome.INJURED)
          .put("wound", Outcome.INJURED)
          .put("hurt", Outcome.INJURED)
          .put("maim", Outcome.INJURED)
          .put("shoot", Outcome.INJURED)
          .put("stab", Outcome.INJURED)
          .buildOrThrow();

  /** Verbs people undergo. */
  static final ImmutableMap<String, Outcome> DEATH_VERBS =
      ImmutableMap.of("die", Outcome.KILLED, "perish", Outcome.KILLED, "drown", Outcome.KILLED);

  /** Adjectives (and participles read as adjectives) of a state. */
  static final ImmutableMap<String, Outcome> STATE_WORDS =
      ImmutableMap.of(
          "dead", Outcome.KILLED,
          "slain", Outcome.KILLED,
          "injured", Outcome.INJURED,
          "wounded", Outcome.INJURED,
          "hurt", Outcome.INJURED,
          "missing", Outcome.MISSING);

  /** Nouns for the harm. */
  static final ImmutableMap<String, Outcome> HARM_NOUNS =
      ImmutableMap.<String, Outcome>builder()
          .put("death", Outcome.KILLED)
          .put("fatality", Outcome.KILLED)
          .put("killing", Outcome.KILLED)
          .put("murder", Outcome.KILLED)
          .put("slaying", Outcome.KILLED)
          .put("massacre", Outcome.KILLED)
          .put("slaughter", Outcome.KILLED)
          .put("assassination", Outcome.KILLED)
          .put("execution", Outcome.KILLED)
          .put("injury", Outcome.INJURED)
          .put("wound", Outcome.INJURED)
          .put("wounding", Outcome.INJURED)
          .buildOrThrow();

  /** Harm nouns that name an act, so that their "by" or possessor is its agent. */
  static final ImmutableSet<String> AGENTIVE_HARM_NOUNS =
      ImmutableSet.of(
          "killing", "murder", "slaying", "massacre", "slaughter", "assassination", "execution",
          "wounding");

  /** Nouns for a running total of the dead. */
  static final ImmutableSet<String> TOLL_NOUNS = ImmutableSet.of("toll");

  /** Verbs whose object "lives" is a death count: "claimed 40 lives", "lost their lives". */
  static final ImmutableSet<String> LIFE_VERBS = ImmutableSet.of("lose", "claim", "take", "cost");

  /** Verbs that make "injuries" or "wounds" someone's: "suffered injuries". */
  static final ImmutableSet<String> SUFFER_VERBS =
      ImmutableSet.of(
          "suffer", "sustain", "receive", "incur", "have", "report", "treat", "hospitalize",
          "hospitalise");

  /** Verbs of care whose "with", "for" or "from" names an injury: "treated for wounds". */
  static final ImmutableSet<String> CARED_FOR_VERBS =
      ImmutableSet.of(
          "suffer", "treat", "hospitalize", "hospitalise", "take", "rush", "transport", "airlift",
          "fly", "admit", "recover", "die", "remain", "be", "arrive", "walk", "show", "transfer",
          "release", "list");

  /** Verbs whose subject lists who a casualty word covers: "the dead included two children". */
  static final ImmutableSet<String> INCLUDE_VERBS = ImmutableSet.of("include", "be");

  /** Modifiers that make a shooting or wounding fatal. */
  static final ImmutableSet<String> FATAL_MODIFIERS =
      ImmutableSet.of("fatally", "mortally", "dead", "lethally");

  /** Verbs of a total moving or standing at a number: "the toll rose to 40". */
  static final ImmutableSet<String> TOLL_VERBS =
      ImmutableSet.of(
          "rise", "climb", "reach", "stand", "hit", "increase", "jump", "grow", "mount", "soar",
          "top", "exceed", "surpass", "be", "put", "raise", "bring", "push", "remain", "approach");

  /**
   * Heads that are not people, though something is "killed" or "shot": animals, vehicles,
   * buildings, and the events that do the killing.
   */
  static final ImmutableSet<String> NOT_PEOPLE =
      ImmutableSet.of(
          "dog", "cat", "horse", "cow", "cattle", "sheep", "goat", "pig", "bird", "deer", "bear",
          "animal", "pet", "livestock", "chicken", "fish", "wolf", "puppy", "car", "vehicle",
          "truck", "house", "home", "building", "window", "door", "tire", "engine", "plan",
          "bill", "deal", "project", "idea", "time", "video", "photo", "film", "scene", "movie",
          "attack", "blast", "explosion", "shooting", "bombing", "fire", "crash", "violence",
          "clash", "storm", "accident", "incident", "gunfire", "bullet", "round", "shot",
          "warrant", "order", "search", "plan", "contract", "strategy", "move", "program");

  /** Nouns that measure a group by something other than people: "3,000 head of livestock". */
  static final ImmutableSet<String> MEASURE_NOUNS = ImmutableSet.of("head", "herd", "flock", "pair");

  /** Nouns of a running count that a casualty word can be "of": "the number of dead". */
  static final ImmutableSet<String> TALLY_NOUNS =
      ImmutableSet.of("number", "tally", "count", "total", "figure", "toll");

  /** Modifiers of a killing that was not done: "attempted murder", "alleged murder plot". */
  static final ImmutableSet<String> NOT_DONE_MODIFIERS =
      ImmutableSet.of("attempted", "attempt", "alleged", "conspiracy", "planned", "foiled", "would-be");

  /** Words that name an accusation: "charged with murder", "on suspicion of murder". */
  static final ImmutableSet<String> ACCUSATION_WORDS =
      ImmutableSet.of(
          "charge", "accuse", "convict", "indict", "suspect", "suspicion", "plead", "guilty",
          "count", "sentence", "try", "acquit", "allegation", "conspiracy");

  /** Verbs of attack whose subject is the attacker: "gunmen stormed the hotel". */
  static final ImmutableSet<String> ATTACK_VERBS =
      ImmutableSet.of(
          "attack", "storm", "raid", "ambush", "shoot", "stab", "bomb", "shell", "fire", "ram",
          "assault", "massacre", "execute", "behead", "gun", "blow", "detonate");

  /**
   * Words that say someone is held to have done it: "accused of arranging the murder", "a man
   * suspected of killing his wife", "charged in the killing of two men".
   */
  static final ImmutableSet<String> ALLEGING_WORDS =
      ImmutableSet.of("accuse", "suspect", "charge", "arrest", "indict", "convict", "blame");

  /** Nouns of time, which a misparsed "by the end of ..." can put where an agent stands. */
  static final ImmutableSet<String> TIME_NOUNS =
      ImmutableSet.of(
          "end", "beginning", "start", "time", "hour", "day", "week", "month", "year", "night",
          "morning", "evening", "afternoon", "weekend", "period", "decade", "century");

  private CasualtyWords() {}
}
