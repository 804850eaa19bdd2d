package org.eventfacts.attribution;

import com.google.common.collect.ImmutableSet;

/**
 * The words of news English that attribute a statement or cast doubt on it.
 *
 * <p>The quote reader asks through the public methods: {@code reportsSpeech("warn")} is true,
 * {@code reportsRequest("urge")} is true ("urged the people to stay calm").
 */
public final class ReportingWords {

  /** Verbs that report what a source said or published. */
  static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of(
          "say", "tell", "report", "announce", "confirm", "state", "add", "note", "claim", "allege",
          "estimate", "write", "tweet", "post", "declare", "indicate", "disclose", "reveal",
          "explain", "inform", "testify", "acknowledge", "admit", "insist", "show", "put",
          "count", "publish", "release", "update", "record", "list", "quote", "cite");

  /** Reporting verbs that themselves signal doubt: "the group claimed to have killed 20". */
  static final ImmutableSet<String> DOUBTING_VERBS = ImmutableSet.of("claim", "allege");

  /** Adverbs and adjectives that mark a statement as unconfirmed. */
  static final ImmutableSet<String> HEDGE_WORDS =
      ImmutableSet.of(
          "reportedly", "allegedly", "apparently", "purportedly", "presumably", "possibly",
          "probably", "supposedly", "unconfirmed", "unverified", "seemingly", "likely");

  /** Verbs of belief whose passive hedges its complement: "are believed to have died". */
  static final ImmutableSet<String> BELIEF_VERBS =
      ImmutableSet.of(
          "believe", "think", "fear", "presume", "suspect", "understand", "feared", "assume",
          "expect", "estimate", "suppose", "rumor", "rumour");

  /** Verbs whose negation disclaims a figure: "could not be independently verified". */
  static final ImmutableSet<String> CONFIRMATION_VERBS =
      ImmutableSet.of("confirm", "verify", "corroborate", "substantiate", "check");

  /** Subjects that point back at earlier figures: "the information has not been confirmed". */
  static final ImmutableSet<String> ANAPHORIC_SUBJECTS =
      ImmutableSet.of(
          "information", "figure", "figures", "number", "numbers", "report", "reports", "claim",
          "claims", "toll", "tolls", "account", "accounts", "detail", "details", "data", "tally",
          "it", "this", "these", "that", "they", "those", "statement", "statements", "count",
          "counts", "casualty", "estimate", "estimates");

  /**
   * Verbs of speech acts beyond {@link #REPORTING_VERBS} that news English attributes quotations
   * and reported speech to: "warned that ...", "described the plan as 'absurd'", "called it a
   * 'disgrace'", "accused the media of ...", "he continued".
   */
  static final ImmutableSet<String> SPEECH_ACT_VERBS =
      ImmutableSet.of(
          "argue", "warn", "urge", "ask", "answer", "reply", "respond", "describe", "call", "dub",
          "label", "brand", "term", "characterize", "characterise", "accuse", "praise", "criticize",
          "criticise", "condemn", "denounce", "dismiss", "deny", "concede", "suggest", "recall",
          "observe", "remark", "comment", "complain", "lament", "joke", "quip", "boast", "promise",
          "pledge", "vow", "predict", "caution", "stress", "emphasize", "emphasise", "maintain",
          "assert", "thank", "decry", "slam", "blast", "mock", "hail", "welcome", "agree",
          "conclude", "recount", "reiterate", "repeat", "shout", "yell", "chant", "scream",
          "whisper", "mutter", "read", "demand", "threaten", "question", "wonder", "order",
          "instruct", "advise", "plead", "beg", "recommend", "propose", "contend", "charge",
          "counter", "retort", "rail", "defend", "refer", "speak", "affirm", "proclaim", "exclaim",
          "continue", "mention", "point", "signal", "hint", "swear", "assure", "reason", "muse",
          "echo", "highlight", "underscore", "opine", "forecast", "pronounce", "vouch", "concur",
          "acknowledge", "implore", "appeal", "encourage", "press", "invite", "challenge", "apologize",
          "apologise", "congratulate", "blame", "fault", "scold", "rebuke", "tout", "attack",
          "liken", "compare", "exhort", "laud", "rate", "talk", "insult", "ridicule", "applaud", "lambaste", "chide", "deride", "disparage", "vilify", "hammer");

  /**
   * Speech verbs whose object and infinitive are what was said: "urged the people to support the
   * government", "asked anyone with information to call police", "called on residents to stay
   * indoors".
   */
  static final ImmutableSet<String> REQUEST_VERBS =
      ImmutableSet.of(
          "urge", "ask", "call", "tell", "warn", "order", "encourage", "implore", "beg", "instruct",
          "advise", "request", "press", "invite", "appeal", "challenge", "remind", "direct", "command");

  /**
   * Reporting verbs of figures rather than of speech ("the ministry updated the toll", "police
   * released the names"): they attribute counts, but a quotation hanging from them is not their
   * subject's words.
   */
  static final ImmutableSet<String> FIGURE_VERBS =
      ImmutableSet.of("count", "list", "record", "update", "release", "publish");

  private ReportingWords() {}

  /**
   * Whether a verb with this lemma reports what someone said or wrote: "said", "told", "added",
   * "warned", "described ... as".
   */
  public static boolean reportsSpeech(String lemma) {
    return (REPORTING_VERBS.contains(lemma) && !FIGURE_VERBS.contains(lemma))
        || SPEECH_ACT_VERBS.contains(lemma)
        || REQUEST_VERBS.contains(lemma);
  }

  /**
   * Whether a verb with this lemma reports a request whose object and infinitive are the content:
   * "urged the people to stay calm".
   */
  public static boolean reportsRequest(String lemma) {
    return REQUEST_VERBS.contains(lemma);
  }
}
