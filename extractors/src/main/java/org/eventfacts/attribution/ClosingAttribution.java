package org.eventfacts.attribution;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads by word order the attribution that closes a sentence: "Among the dead were two drivers, one
 * nurse and a boy, a port official said." or "..., said the ministry." A plain noun phrase (a
 * proper name may hold an "of": "the Ministry of Health") and a reporting verb, set off by a comma
 * after the fact, with nothing after them but a time, a place or a phrase that opens with a
 * preposition ("..., the ministry said, in the worst unrest in years"):
 * the noun phrase is the source of every fact before it, however the parser joined the clauses.
 */
final class ClosingAttribution {

  /** The source an attribution names, and the lemma of its verb. */
  record Found(Phrase source, String verbLemma) {}

  private static final ImmutableSet<String> VERB_TAGS = ImmutableSet.of("VBD", "VBZ", "VBP");
  private static final ImmutableSet<String> NOUN_PHRASE_TAGS =
      ImmutableSet.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "PRP$", "CD");
  private static final ImmutableSet<String> NOUN_TAGS = ImmutableSet.of("NNP", "NNPS", "NN", "NNS");

  /** How many words the source may have. */
  private static final int LONGEST_SOURCE = 8;

  private ClosingAttribution() {}

  /** The attribution after {@code predicate} that closes its sentence, if it has that shape. */
  static Optional<Found> after(ParsedSentence sentence, IndexedWord predicate) {
    int size = sentence.tokens().size();
    for (int verb = predicate.index() + 1; verb <= size; verb++) {
      CoreLabel token = sentence.token(verb);
      if (!VERB_TAGS.contains(String.valueOf(token.tag()))
          || !ReportingWords.REPORTING_VERBS.contains(lemma(token))
          || !closesTheSentence(sentence, verb)) {
        continue;
      }
      Optional<Span> before = nounPhraseBefore(sentence, verb);
      Optional<Span> source = before.isPresent() ? before : nounPhraseAfter(sentence, verb);
      if (source.isPresent()) {
        Span span = source.get();
        return Optional.of(new Found(Phrase.of(sentence.words(span), span), lemma(token)));
      }
    }
    return Optional.empty();
  }

  /** ", a port official said" */
  private static Optional<Span> nounPhraseBefore(ParsedSentence sentence, int verb) {
    int first = verb;
    while (first > 1
        && verb - first < LONGEST_SOURCE
        && (NOUN_PHRASE_TAGS.contains(String.valueOf(sentence.token(first - 1).tag()))
            || isOfInAName(sentence, first - 1))) {
      first--;
    }
    if (first == verb || first < 3 || !sentence.token(first - 1).word().equals(",")) {
      return Optional.empty();
    }
    if (!NOUN_TAGS.contains(String.valueOf(sentence.token(verb - 1).tag()))) {
      return Optional.empty();
    }
    return Optional.of(sentence.tokenSpan(first, verb - 1));
  }

  /** The "of" of a proper name: "the Department of Public Safety", "the Ministry of Health". */
  private static boolean isOfInAName(ParsedSentence sentence, int index) {
    return index > 1
        && sentence.token(index).word().equalsIgnoreCase("of")
        && String.valueOf(sentence.token(index - 1).tag()).startsWith("NNP")
        && String.valueOf(sentence.token(index + 1).tag()).startsWith("NNP");
  }

  /** ", said the ministry" */
  private static Optional<Span> nounPhraseAfter(ParsedSentence sentence, int verb) {
    if (verb < 3 || !sentence.token(verb - 1).word().equals(",")) {
      return Optional.empty();
    }
    int last = verb;
    int size = sentence.tokens().size();
    while (last < size
        && last - verb < LONGEST_SOURCE
        && NOUN_PHRASE_TAGS.contains(String.valueOf(sentence.token(last + 1).tag()))) {
      last++;
    }
    if (last == verb || !NOUN_TAGS.contains(String.valueOf(sentence.token(last).tag()))) {
      return Optional.empty();
    }
    return Optional.of(sentence.tokenSpan(verb + 1, last));
  }

  /**
   * Whether nothing after the verb opens a clause: the verb ends the sentence, or is followed only
   * by words up to a comma and then a phrase opening with a preposition.
   */
  private static boolean closesTheSentence(ParsedSentence sentence, int verb) {
    int size = sentence.tokens().size();
    int i = verb + 1;
    while (i <= size && !sentence.token(i).word().equals(",")) {
      String tag = String.valueOf(sentence.token(i).tag());
      if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("WDT") || isThat(sentence, i)) {
        return false;
      }
      i++;
    }
    return i > size || (i < size && "IN".equals(sentence.token(i + 1).tag()) && !isThat(sentence, i + 1));
  }

  private static boolean isThat(ParsedSentence sentence, int index) {
    String word = sentence.token(index).word().toLowerCase(Locale.ROOT);
    return word.equals("that") || word.equals("whether") || word.equals("if");
  }

  private static String lemma(CoreLabel token) {
    String lemma = token.lemma();
    return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
  }
}
