package org.eventfacts.count;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.eventfacts.fact.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * The words of English news that qualify, multiply or stand in for a number. Ranges for vague
 * amounts follow the words' literal sense: "dozens" is at least two dozen, "hundreds" at least
 * two hundred, and so on up to the next order of magnitude.
 */
final class QuantityWords {

  /** A vague amount: its range, open above when {@code max} is null. */
  record Amount(long min, @Nullable Long max) {}

  /** A qualifier phrase, lower-cased, in the order its words appear before the number. */
  record QualifierPhrase(List<String> words, Qualifier qualifier) {}

  /** Qualifier phrases, longest first so that "no more than" wins over "more than". */
  static final ImmutableList<QualifierPhrase> QUALIFIERS =
      ImmutableList.of(
          phrase(Qualifier.AT_MOST, "no", "more", "than"),
          phrase(Qualifier.AT_LEAST, "no", "fewer", "than"),
          phrase(Qualifier.AT_LEAST, "no", "less", "than"),
          phrase(Qualifier.AT_LEAST, "a", "minimum", "of"),
          phrase(Qualifier.AT_MOST, "a", "maximum", "of"),
          phrase(Qualifier.MORE_THAN, "in", "excess", "of"),
          phrase(Qualifier.ALMOST, "just", "shy", "of"),
          phrase(Qualifier.MORE_THAN, "more", "than"),
          phrase(Qualifier.MORE_THAN, "upwards", "of"),
          phrase(Qualifier.MORE_THAN, "well", "over"),
          phrase(Qualifier.MORE_THAN, "just", "over"),
          phrase(Qualifier.AT_LEAST, "at", "least"),
          phrase(Qualifier.AT_MOST, "at", "most"),
          phrase(Qualifier.AT_MOST, "fewer", "than"),
          phrase(Qualifier.AT_MOST, "less", "than"),
          phrase(Qualifier.ALMOST, "close", "to"),
          phrase(Qualifier.ALMOST, "just", "under"),
          phrase(Qualifier.ALMOST, "not", "quite"),
          phrase(Qualifier.ABOUT, "an", "estimated"),
          phrase(Qualifier.UP_TO, "as", "many", "as"),
          phrase(Qualifier.UP_TO, "up", "to"),
          phrase(Qualifier.MORE_THAN, "over"),
          phrase(Qualifier.ALMOST, "almost"),
          phrase(Qualifier.ALMOST, "nearly"),
          phrase(Qualifier.AT_MOST, "under"),
          phrase(Qualifier.ABOUT, "about"),
          phrase(Qualifier.ABOUT, "around"),
          phrase(Qualifier.ABOUT, "some"),
          phrase(Qualifier.ABOUT, "approximately"),
          phrase(Qualifier.ABOUT, "roughly"),
          phrase(Qualifier.ABOUT, "estimated"),
          phrase(Qualifier.ABOUT, "circa"));

  /** Nouns that multiply the number before them: "two dozen", "three hundred". */
  static final ImmutableMap<String, Long> MULTIPLIERS =
      ImmutableMap.of(
          "dozen", 12L,
          "score", 20L,
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "billion", 1_000_000_000L);

  /** Plural multipliers with no number: "dozens", "hundreds", "thousands". */
  static final ImmutableMap<String, Amount> VAGUE_PLURALS =
      ImmutableMap.of(
          "dozens", new Amount(24, 99L),
          "scores", new Amount(40, 99L),
          "hundreds", new Amount(200, 999L),
          "thousands", new Amount(2_000, 9_999L),
          "millions", new Amount(2_000_000, 999_999_999L));

  /** Words that stand for a few people: "several", "a few", "a handful", "a couple". */
  static final ImmutableMap<String, Amount> FEW =
      ImmutableMap.of(
          "several", new Amount(3, 9L),
          "few", new Amount(2, 9L),
          "handful", new Amount(2, 9L),
          "couple", new Amount(2, 3L));

  /** The two halves of a hyphenated number word: "twenty" "-" "one". */
  static final ImmutableSet<String> TENS =
      ImmutableSet.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  static final ImmutableSet<String> UNITS =
      ImmutableSet.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** Nouns after a number that make it a measure, not a count of people. */
  static final ImmutableSet<String> NOT_PEOPLE_UNITS =
      ImmutableSet.of(
          "%", "percent", "per", "cent", "year", "years", "month", "months", "week", "weeks", "day",
          "days", "hour", "hours", "minute", "minutes", "second", "seconds", "a.m.", "p.m.", "am",
          "pm", "o'clock", "degrees", "mph", "miles", "mile", "kilometres", "kilometers", "km",
          "feet", "foot", "yards", "metres", "meters", "dollars", "pounds", "euros", "times",
          "shots", "rounds", "bullets", "block", "th", "st", "nd", "rd");

  private QuantityWords() {}

  private static QualifierPhrase phrase(Qualifier qualifier, String... words) {
    return new QualifierPhrase(ImmutableList.copyOf(words), qualifier);
  }
}
