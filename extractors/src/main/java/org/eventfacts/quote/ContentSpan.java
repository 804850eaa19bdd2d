package org.eventfacts.quote;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * Trims a stretch of tokens to the content of a reported statement: without "that" or "whether"
 * before it and punctuation around it, and ending where a further attribution set off by a comma
 * begins ("the road was closed[, adding that ...]"). A stretch shorter than three words, or one
 * that shares a character with a quotation, is no content: a quotation inside reported speech is
 * read as the quotation.
 */
final class ContentSpan {

  /** Content shorter than this many words is not a checkable statement. */
  private static final int SHORTEST_CONTENT = 3;

  private static final ImmutableSet<String> BREAKS = ImmutableSet.of(",", "—", "--", "–", ";");

  private final QuotedText quoted;

  ContentSpan(QuotedText quoted) {
    this.quoted = quoted;
  }

  /** The content in tokens {@code first..last} (1-based, inclusive) of {@code sentence}. */
  Optional<Span> of(ParsedSentence sentence, int first, int last) {
    while (first <= last
        && (isPunctuation(sentence.token(first)) || isComplementizer(sentence.token(first)))) {
      first++;
    }
    for (int i = first + 1; i < last; i++) {
      if (BREAKS.contains(sentence.token(i).word())
          && isParticipleAttribution(sentence.token(i + 1))) {
        last = i - 1;
        break;
      }
    }
    while (last >= first && isPunctuation(sentence.token(last))) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    int words = 0;
    for (int i = first; i <= last; i++) {
      if (Character.isLetterOrDigit(sentence.token(i).word().charAt(0))) {
        words++;
      }
    }
    Span span = sentence.tokenSpan(first, last);
    if (words < SHORTEST_CONTENT || quoted.overlapsAny(span)) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  /** ", adding ...", ", saying ...": a statement of its own, not part of the content before it. */
  private static boolean isParticipleAttribution(CoreLabel token) {
    return "VBG".equals(token.tag())
        && token.lemma() != null
        && ReportingWords.reportsSpeech(token.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isComplementizer(CoreLabel token) {
    return QuoteWords.COMPLEMENTIZERS.contains(token.word().toLowerCase(Locale.ROOT))
        && ("IN".equals(token.tag()) || "WDT".equals(token.tag()));
  }

  static boolean isPunctuation(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0)) && !word.startsWith("$");
  }
}
