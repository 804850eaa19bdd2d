package org.eventfacts.quote;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * The words, beyond the reporting verbs of {@link org.eventfacts.attribution.ReportingWords}, that
 * the quote reader needs to attribute a statement.
 */
final class QuoteWords {

  /**
   * People who speak for someone else: "his spokesman said" reports the principal's statement.
   * Lawyers and aides are not here: news English quotes them in their own right.
   */
  static final ImmutableSet<String> SPOKESPERSON_NOUNS =
      ImmutableSet.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "spokesmen",
          "spokeswomen",
          "spokespeople",
          "representative",
          "representatives",
          "mouthpiece");

  /** What a statement is made through: "said on Twitter", "in a statement", "in an interview". */
  static final ImmutableSet<String> CHANNEL_NOUNS =
      ImmutableSet.of(
          "twitter",
          "facebook",
          "instagram",
          "telegram",
          "youtube",
          "tiktok",
          "linkedin",
          "x",
          "statement",
          "interview",
          "tweet",
          "post",
          "posting",
          "message",
          "letter",
          "email",
          "e-mail",
          "video",
          "broadcast",
          "address",
          "speech",
          "briefing",
          "conference",
          "release",
          "blog",
          "op-ed",
          "column",
          "memo",
          "television",
          "tv",
          "radio",
          "podcast",
          "website",
          "communique",
          "communiqué",
          "newsletter",
          "text",
          "call",
          "appearance",
          "remarks",
          "testimony",
          "filing",
          "report",
          "editorial",
          "essay",
          "book",
          "memoir",
          "transcript");

  /**
   * Nouns of speech whose owner is the speaker of what they hold: "Trump's claim that there were
   * 'thousands' of them", "the ministry's statement".
   */
  static final ImmutableSet<String> SPEECH_NOUNS =
      ImmutableSet.of(
          "claim",
          "statement",
          "remark",
          "comment",
          "assertion",
          "warning",
          "promise",
          "pledge",
          "prediction",
          "description",
          "accusation",
          "word",
          "tweet",
          "message",
          "argument",
          "suggestion",
          "insistence",
          "admission",
          "vow",
          "threat",
          "demand",
          "answer",
          "response",
          "reply",
          "testimony",
          "declaration",
          "announcement",
          "speech",
          "address",
          "call",
          "criticism",
          "praise",
          "charge",
          "allegation",
          "insult",
          "complaint",
          "question",
          "plea",
          "appeal",
          "boast",
          "quip",
          "joke",
          "retort",
          "characterization",
          "label",
          "phrase",
          "slogan",
          "rhetoric",
          "post",
          "letter",
          "op-ed",
          "essay",
          "column",
          "interview");

  /**
   * Speech acts whose object is what was said, when they take no clause: "questioned [the cost of
   * the bridge]", "cited [rising rents as the main cause]", "denied [any role in the scheme]".
   * "Describe" is not here: "witnesses described a chaotic night" tells what they saw; nor is
   * "support", which troops do as often as voters.
   */
  static final ImmutableSet<String> OBJECT_SPEECH_VERBS =
      ImmutableSet.of(
          "say",
          "question",
          "discuss",
          "cite",
          "mention",
          "note",
          "acknowledge",
          "criticize",
          "criticise",
          "oppose",
          "defend",
          "propose",
          "promote",
          "endorse",
          "reject",
          "deny",
          "dispute",
          "praise",
          "condemn",
          "denounce",
          "decry",
          "welcome",
          "applaud",
          "hail",
          "attack",
          "highlight",
          "stress",
          "emphasize",
          "emphasise",
          "reiterate",
          "repeat",
          "tout",
          "predict",
          "recount",
          "demand",
          "dismiss",
          "challenge",
          "offer",
          "express",
          "show");

  /** Verbs by which a study or a poll states what it found: "the survey found [...]". */
  static final ImmutableSet<String> FINDING_VERBS =
      ImmutableSet.of("find", "show", "reveal", "indicate", "suggest", "confirm");

  /** Nouns for what states findings: "a new poll showed [the mayor ahead]". */
  static final ImmutableSet<String> FINDING_SOURCES =
      ImmutableSet.of(
          "poll", "polling", "survey", "study", "research", "report", "analysis", "data",
          "average", "audit", "review", "investigation", "census", "test", "experiment",
          "estimate", "figure", "statistic", "document", "record", "model", "forecast");

  /**
   * Verbs that name what something is in the speaker's words: "the union called [the offer an
   * insult]", "critics branded [the plan reckless]". What was said is the object with what it was
   * called.
   */
  static final ImmutableSet<String> NAMING_VERBS = ImmutableSet.of("call", "label", "brand", "dub");

  /**
   * The prepositions after which a speech act names what was said: "called for [an inquiry]",
   * "spoke about [the war]", "blamed the mayor for [the delays]".
   */
  static final ImmutableMap<String, ImmutableSet<String>> TOPIC_PREPOSITIONS =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("call", ImmutableSet.of("for"))
          .put("talk", ImmutableSet.of("about", "of"))
          .put("speak", ImmutableSet.of("about", "of", "on"))
          .put("complain", ImmutableSet.of("about", "of"))
          .put("warn", ImmutableSet.of("about", "of", "against"))
          .put("argue", ImmutableSet.of("for", "against"))
          .put("comment", ImmutableSet.of("on", "about"))
          .put("testify", ImmutableSet.of("about", "on"))
          .put("brag", ImmutableSet.of("about"))
          .put("boast", ImmutableSet.of("about", "of"))
          .put("joke", ImmutableSet.of("about"))
          .put("rail", ImmutableSet.of("against"))
          .put("respond", ImmutableSet.of("to"))
          .put("blame", ImmutableSet.of("for"))
          .put("criticize", ImmutableSet.of("for"))
          .put("criticise", ImmutableSet.of("for"))
          .put("praise", ImmutableSet.of("for"))
          .put("accuse", ImmutableSet.of("of"))
          .put("ask", ImmutableSet.of("about", "for"))
          .put("write", ImmutableSet.of("about"))
          .put("inquire", ImmutableSet.of("about"))
          .put("worry", ImmutableSet.of("about"))
          .put("fret", ImmutableSet.of("about", "over"))
          .put("disagree", ImmutableSet.of("with", "about", "over"))
          .put("agree", ImmutableSet.of("with", "on"))
          .put("apologize", ImmutableSet.of("for"))
          .put("apologise", ImmutableSet.of("for"))
          .put("advocate", ImmutableSet.of("for"))
          .put("campaign", ImmutableSet.of("for", "against"))
          .put("vote", ImmutableSet.of("for", "against"))
          .put("decide", ImmutableSet.of("against"))
          .put("insist", ImmutableSet.of("on"))
          .put("object", ImmutableSet.of("to"))
          .put("protest", ImmutableSet.of("against", "over"))
          .put("moralize", ImmutableSet.of("about"))
          .put("lecture", ImmutableSet.of("about", "on"))
          .put("muse", ImmutableSet.of("about", "on"))
          .put("reflect", ImmutableSet.of("on"))
          .put("elaborate", ImmutableSet.of("on"))
          .put("remark", ImmutableSet.of("on"))
          .buildOrThrow();

  /**
   * Adjectives of a stance with the prepositions after which they name what the stance is about:
   * "worried about [the rising debt]", "critical of [the new tax]", "coy about [her plans]".
   */
  static final ImmutableMap<String, ImmutableSet<String>> STANCE_ADJECTIVES =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("worried", ImmutableSet.of("about", "by", "over"))
          .put("concerned", ImmutableSet.of("about", "by", "over"))
          .put("anxious", ImmutableSet.of("about"))
          .put("nervous", ImmutableSet.of("about"))
          .put("optimistic", ImmutableSet.of("about"))
          .put("pessimistic", ImmutableSet.of("about"))
          .put("hopeful", ImmutableSet.of("about", "of"))
          .put("confident", ImmutableSet.of("about", "of", "in"))
          .put("skeptical", ImmutableSet.of("about", "of"))
          .put("sceptical", ImmutableSet.of("about", "of"))
          .put("critical", ImmutableSet.of("of"))
          .put("supportive", ImmutableSet.of("of"))
          .put("dismissive", ImmutableSet.of("of"))
          .put("wary", ImmutableSet.of("of"))
          .put("coy", ImmutableSet.of("about"))
          .put("vague", ImmutableSet.of("about", "on"))
          .put("silent", ImmutableSet.of("about", "on"))
          .put("candid", ImmutableSet.of("about"))
          .put("adamant", ImmutableSet.of("about"))
          .put("angry", ImmutableSet.of("about", "over", "at", "with"))
          .put("upset", ImmutableSet.of("about", "over", "with", "by"))
          .put("furious", ImmutableSet.of("about", "over", "at", "with"))
          .put("frustrated", ImmutableSet.of("about", "over", "with", "by"))
          .put("unhappy", ImmutableSet.of("about", "with"))
          .put("enthusiastic", ImmutableSet.of("about"))
          .put("opposed", ImmutableSet.of("to"))
          .buildOrThrow();

  /**
   * Nouns of a statement or a stance with the prepositions after which they name what it is
   * about: "questions about [the missing funds]", "his criticism of [the verdict]", "calls for [a
   * recount]", "her disdain for [the process]". Whose statement it is: its owner ("his") or else
   * the subject of the clause it belongs to.
   */
  static final ImmutableMap<String, ImmutableSet<String>> TOPIC_NOUNS =
      ImmutableMap.<String, ImmutableSet<String>>builder()
          .put("question", ImmutableSet.of("about", "over", "on"))
          .put("comment", ImmutableSet.of("about", "on"))
          .put("remark", ImmutableSet.of("about", "on"))
          .put("statement", ImmutableSet.of("about", "on"))
          .put("complaint", ImmutableSet.of("about", "over"))
          .put("concern", ImmutableSet.of("about", "over"))
          .put("criticism", ImmutableSet.of("of"))
          .put("critique", ImmutableSet.of("of"))
          .put("praise", ImmutableSet.of("for"))
          .put("disdain", ImmutableSet.of("for"))
          .put("contempt", ImmutableSet.of("for"))
          .put("opposition", ImmutableSet.of("to"))
          .put("call", ImmutableSet.of("for"))
          .put("demand", ImmutableSet.of("for"))
          .put("plea", ImmutableSet.of("for"))
          .put("proposal", ImmutableSet.of("for"))
          .put("warning", ImmutableSet.of("about", "of", "against"))
          .put("illusion", ImmutableSet.of("about"))
          .put("doubt", ImmutableSet.of("about", "over"))
          .put("fear", ImmutableSet.of("about", "of", "over"))
          .put("obsession", ImmutableSet.of("with"))
          .put("assessment", ImmutableSet.of("of"))
          .put("position", ImmutableSet.of("on"))
          .put("stance", ImmutableSet.of("on"))
          .buildOrThrow();

  /** Prepositions that introduce a channel. */
  static final ImmutableSet<String> CHANNEL_RELATIONS =
      ImmutableSet.of("obl:on", "obl:in", "obl:via", "obl:through", "obl:during", "obl:at");

  /**
   * Verbs of saying that put their subject after them after a quotation ("'...,' said Ruiz") and
   * take no addressee as object, so a noun right after them is the one speaking.
   */
  static final ImmutableSet<String> INVERTING_VERBS =
      ImmutableSet.of(
          "say",
          "add",
          "write",
          "explain",
          "note",
          "recall",
          "insist",
          "reply",
          "respond",
          "declare",
          "argue",
          "observe",
          "remark",
          "conclude",
          "counter",
          "state",
          "tweet",
          "announce",
          "acknowledge",
          "admit",
          "concede",
          "recount",
          "exclaim",
          "report",
          "continue");

  /** Reporting verbs that go on with the last speaker's statement: "he added", "she continued". */
  static final ImmutableSet<String> CONTINUING_VERBS = ImmutableSet.of("add", "continue");

  /** Personal pronouns: a speaker written so is resolved by the actor reader, not here. */
  static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "we", "i", "you", "who");

  /** Pronouns that stand for people: "as she went on about ...". */
  static final ImmutableSet<String> PERSONAL_PRONOUNS =
      ImmutableSet.of("he", "she", "they", "we", "i", "you");

  /**
   * Relative pronouns: the parser sometimes leaves one as a subject where it should have put the
   * noun it stands for; it never names a speaker.
   */
  static final ImmutableSet<String> RELATIVE_PRONOUNS =
      ImmutableSet.of("that", "which", "who", "whom", "whose");

  /** Words that mark a quotation as the writer's distance, not anyone's words: "so-called". */
  static final ImmutableSet<String> SCARE_MARKERS = ImmutableSet.of("so-called", "so called");

  /** Words that introduce a content clause and are not part of what was said. */
  static final ImmutableSet<String> COMPLEMENTIZERS = ImmutableSet.of("that", "whether", "if");

  private QuoteWords() {}
}
