package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of a name or phrase, and those of them that carry content, for comparing a gold slot
 * with a predicted one ("the Dastrian authorities" and "authorities" share "authorities").
 *
 * <p>A word is a run of letters and digits, apostrophes inside it kept ("O'Neill"), hyphens
 * splitting it ("Ana-Maria" is two words); words are lower-cased and lose a possessive
 * {@code 's}. Content words are words that are not stop words: determiners and quantifiers,
 * pronouns, prepositions, conjunctions, auxiliary verbs, "other" and "others", and numbers
 * (digits and number words), since a number says how many and not who: "three officers" and
 * "three civilians" name different people. "US" written in capitals is the country, and a
 * content word.
 */
final class ContentWords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
  private static final Pattern DIGITS = Pattern.compile("[\\p{N}]+(?:st|nd|rd|th|s)?");

  private static final ImmutableSet<String> STOP_WORDS =
      ImmutableSet.of(
          // determiners and quantifiers
          "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
          "all", "both", "no", "none", "another", "other", "others", "such", "either", "neither",
          "several", "many", "much", "few", "fewer", "more", "most", "less", "least", "own",
          "same", "various", "certain", "whole", "lot", "lots", "dozens", "hundreds",
          "thousands", "scores", "numerous",
          // pronouns
          "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you",
          "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her",
          "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
          "themselves", "who", "whom", "whose", "which", "what", "whoever", "one", "ones",
          "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
          // prepositions
          "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "about",
          "as", "over", "under", "after", "before", "during", "against", "between", "among",
          "through", "across", "near", "per", "since", "until", "till", "within", "without",
          "upon", "off", "out", "up", "down", "around", "behind", "beyond", "via", "along",
          "amid", "toward", "towards", "inside", "outside", "including", "like", "than",
          // conjunctions and particles
          "and", "or", "but", "nor", "so", "yet", "if", "then", "while", "because", "though",
          "although", "whether", "not", "also", "too", "very", "just", "only", "even", "there",
          "here", "when", "where", "how", "why",
          // auxiliary verbs
          "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
          "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
          "may", "might", "must");

  private static final ImmutableSet<String> NUMBERS =
      ImmutableSet.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
          "dozen");

  private static final ImmutableSet<String> ARTICLES = ImmutableSet.of("a", "an", "the");

  /** Written in capitals, "US" is the country, not the pronoun. */
  private static final String UNITED_STATES = "US";

  private ContentWords() {}

  private static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    boolean possessive = lower.endsWith("'s") && lower.length() > 2;
    return possessive ? lower.substring(0, lower.length() - 2) : lower;
  }

  /** The words of {@code text}, normalised, in order. */
  static ImmutableList<String> words(String text) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(normalise(matcher.group()));
    }
    return words.build();
  }

  /** The content words of {@code text}: its words less stop words and numbers. */
  static ImmutableSet<String> of(String text) {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      String word = normalise(matcher.group());
      boolean stop = STOP_WORDS.contains(word) && !matcher.group().equals(UNITED_STATES);
      if (!stop && !isNumber(word)) {
        words.add(word);
      }
    }
    return words.build();
  }

  /** The words of {@code text} less articles and numbers, for phrases without content words. */
  private static ImmutableSet<String> plainWords(String text) {
    return words(text).stream()
        .filter(word -> !ARTICLES.contains(word) && !isNumber(word))
        .collect(ImmutableSet.toImmutableSet());
  }

  private static boolean isNumber(String word) {
    return NUMBERS.contains(word) || DIGITS.matcher(word).matches();
  }

  /**
   * Whether the two share a content word; never when either is {@code null}. A gold phrase made
   * of stop words only ("three others", "no one") is compared by its words less articles and
   * numbers instead ("others", "no one"), since otherwise no prediction could ever be right about
   * it.
   */
  static boolean shareAny(@Nullable String gold, @Nullable String predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    Set<String> goldWords = of(gold);
    Set<String> predictedWords = of(predicted);
    if (goldWords.isEmpty()) {
      goldWords = plainWords(gold);
      predictedWords = plainWords(predicted);
    }
    return goldWords.stream().anyMatch(predictedWords::contains);
  }
}
