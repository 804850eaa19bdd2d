package org.eventfacts.attribution;

import com.google.common.collect.ImmutableSet;

/** The words of news English that attribute a statement or cast doubt on it. */
final class ReportingWords {

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

  private ReportingWords() {}
}
