package org.eventfacts.arrest;

import org.eventfacts.attribution.Attribution;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * An arrest read from a sentence, before the charges stated elsewhere are added.
 *
 * @param sentence where it is stated
 * @param arrestee who, as written or as named by an antecedent
 * @param count how many, for groups and numbers
 * @param authority who made or announced it
 * @param charge the offence, when found so far
 * @param attribution its source and hedging
 * @param evidence the words that state it
 * @param rule the grammar that read it
 * @param plural whether the arrestee is a group
 * @param trigger the index of the custody word in its sentence, or -1 when there is none
 */
record Draft(
    ParsedSentence sentence,
    @Nullable Phrase arrestee,
    @Nullable CountReading count,
    @Nullable Phrase authority,
    @Nullable Phrase charge,
    Attribution attribution,
    Span evidence,
    String rule,
    boolean plural,
    int trigger) {

  Draft withCharge(@Nullable Phrase newCharge) {
    return new Draft(
        sentence, arrestee, count, authority, newCharge, attribution, evidence, rule, plural, trigger);
  }

  Draft withAuthority(@Nullable Phrase newAuthority) {
    return new Draft(
        sentence, arrestee, count, newAuthority, charge, attribution, evidence, rule, plural, trigger);
  }

  /** This draft, with the slots it lacks taken from {@code other}, a reading of the same arrest. */
  Draft filledFrom(Draft other) {
    return new Draft(
        sentence,
        arrestee,
        count != null ? count : other.count,
        authority != null ? authority : other.authority,
        charge != null ? charge : other.charge,
        attribution,
        evidence,
        rule,
        plural,
        trigger);
  }

  /** Whether the two were read from the same custody word: a group and its members. */
  boolean sameStatement(Draft other) {
    return trigger >= 0 && sentence.index() == other.sentence.index() && trigger == other.trigger;
  }

  Arrest toFact() {
    return new Arrest(
        arrestee,
        count == null ? null : count.count(),
        authority,
        charge,
        attribution.source(),
        attribution.hedged(),
        new Evidence(evidence, sentence.index(), rule));
  }
}
