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

  /** Verbs whose subject gives the figure that is their object: "officials put the toll at 29". */
  static final ImmutableSet<String> FIGURE_GIVING_VERBS =
      ImmutableSet.of("put", "raise", "revise", "lower", "give", "set", "estimate", "update", "bring");

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
   * and reported speech to: "warned that ...", "described the plan as 'reckless'", "called it a
   * 'disgrace'", "accused the media of ...", "he continued".
   */
  static final ImmutableSet<String> SPEECH_ACT_VERBS =
      ImmutableSet.of(
          // asserting and answering
          "argue", "answer", "reply", "respond", "retort", "counter", "contend", "maintain",
          "assert", "affirm", "stress", "emphasize", "emphasise", "underscore", "highlight",
          "reiterate", "repeat", "echo", "continue", "mention", "point", "observe", "remark",
          "comment", "opine", "reason", "muse", "wonder", "question", "recall", "recount",
          "conclude", "concede", "deny", "agree", "concur", "rule", "speak", "talk", "read",
          // promising, predicting, warning
          "promise", "pledge", "vow", "swear", "assure", "vouch", "predict", "forecast", "warn",
          "caution", "threaten", "signal", "hint", "suggest", "propose", "recommend", "advise",
          // asking and urging
          "ask", "urge", "demand", "order", "instruct", "plead", "beg", "implore", "appeal",
          "encourage", "exhort", "press", "invite", "challenge",
          // naming and characterizing
          "call", "describe", "dub", "label", "brand", "term", "characterize", "characterise",
          "refer", "liken", "compare", "rate", "pronounce", "proclaim",
          // judging others
          "accuse", "charge", "blame", "fault", "praise", "laud", "hail", "applaud", "welcome",
          "thank", "congratulate", "tout", "criticize", "criticise", "condemn", "denounce",
          "decry", "dismiss", "slam", "blast", "hammer", "attack", "lambaste", "rail", "mock",
          "ridicule", "deride", "disparage", "vilify", "insult", "scold", "chide", "rebuke",
          "defend", "apologize", "apologise",
          // feeling aloud
          "complain", "lament", "joke", "quip", "boast", "exclaim",
          // the voice
          "shout", "yell", "chant", "scream", "whisper", "mutter");

  /**
   * Speech verbs whose object and infinitive are what was said: "urged the people to support the
   * government", "asked anyone with information to call police", "called on residents to stay
   * indoors".
   */
  static final ImmutableSet<String> REQUEST_VERBS =
      ImmutableSet.of(
          "urge", "ask", "call", "tell", "warn", "order", "encourage", "implore", "beg", "instruct",
          "advise", "request", "press", "invite", "appeal", "challenge", "remind", "direct",
          "command");

  /**
   * Verbs of belief and knowledge whose content clause is the subject's stated position: "the
   * union believes the mine was unsafe", "officials fear the toll will rise".
   */
  static final ImmutableSet<String> POSITION_VERBS =
      ImmutableSet.of(
          "believe", "think", "feel", "hope", "know", "fear", "expect", "worry", "doubt",
          "suspect", "assume", "understand", "realize", "realise", "recognize", "recognise",
          "find", "decide", "determine", "wish", "imagine", "guess", "reckon", "bet", "trust",
          "consider", "hold", "judge", "calculate", "project", "insist", "presume", "suppose",
          "show", "indicate", "suggest", "reveal", "confirm");

  /**
   * Verbs whose infinitive states the subject's declared intention or claim: "vowed to rebuild",
   * "plans to appeal", "declined to comment", "claims to have".
   */
  static final ImmutableSet<String> INTENTION_VERBS =
      ImmutableSet.of(
          "vow", "promise", "pledge", "plan", "seek", "try", "attempt", "decline", "refuse",
          "agree", "intend", "want", "hope", "threaten", "offer", "aim", "propose", "claim",
          "expect", "wish", "demand", "decide", "prefer", "vote", "resolve", "swear", "volunteer",
          "ask", "beg", "plead", "undertake", "continue");

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

  /** Whether a verb with this lemma states its subject's belief or knowledge: "believes that". */
  public static boolean reportsBelief(String lemma) {
    return POSITION_VERBS.contains(lemma);
  }

  /** Whether a verb with this lemma states its subject's intention in an infinitive: "vowed to". */
  public static boolean reportsIntention(String lemma) {
    return INTENTION_VERBS.contains(lemma);
  }

  /**
   * Whether a verb with this lemma reports a request whose object and infinitive are the content:
   * "urged the people to stay calm".
   */
  public static boolean reportsRequest(String lemma) {
    return REQUEST_VERBS.contains(lemma);
  }
}
