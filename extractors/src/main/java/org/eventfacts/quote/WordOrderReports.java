package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.lemma;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads "X said [clause]" from word order when the parse does not give the reporting verb a content
 * clause (it may make the clause's subject the verb's object and hang the rest beside it). The
 * content runs from after the verb to the end of the sentence and must hold a finite verb of its
 * own:
 *
 * <ul>
 *   <li>"The agency said [the director had been detained on Friday]";
 *   <li>"[Growth is slowing in the region], the fund said on Tuesday." and "[...], said one
 *       official": an attribution set off at the end of its sentence reports all before it;
 *   <li>"The mayor said on Monday that [the city would add patrols]": a "that" within a few words
 *       opens the content after a time or place;
 *   <li>"The chief told reporters [no arrests had been made]": a verb of telling first names whom
 *       it tells.
 * </ul>
 */
final class WordOrderReports {

  /** Verbs whose first object is whom they tell, not what they say. */
  private static final ImmutableSet<String> ADDRESSING_VERBS =
      ImmutableSet.of("tell", "inform", "assure", "remind", "warn", "advise", "notify", "brief");

  private static final ImmutableSet<String> FINITE_TAGS =
      ImmutableSet.of("VBD", "VBZ", "VBP", "MD");
  private static final ImmutableSet<String> CUE_TAGS = ImmutableSet.of("VBD", "VBZ", "VBP");
  private static final ImmutableSet<String> NOUN_PHRASE_TAGS =
      ImmutableSet.of("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "JJ", "POS", "PRP$", "CD");

  /** How far after the verb a "that" may open the content. */
  private static final int THAT_REACH = 7;

  /** How many words the addressee of "told" may have. */
  private static final int LONGEST_ADDRESSEE = 5;

  private final ContentSpan contents;
  private final SpeakerFinder speakers;

  WordOrderReports(ContentSpan contents, SpeakerFinder speakers) {
    this.contents = contents;
    this.speakers = speakers;
  }

  /**
   * The statement reported by {@code verb}, read from word order, if its sentence has the shape.
   */
  Optional<ReportedSpeechFinder.Report> read(BasicTree tree, IndexedWord verb) {
    ParsedSentence sentence = tree.sentence();
    if (verb.tag() == null || !CUE_TAGS.contains(verb.tag())) {
      return Optional.empty();
    }
    Cue cue = Cue.verb(sentence, verb);
    Optional<Phrase> speaker = speakers.speaker(cue, tree);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReportedSpeechFinder.Report> trailing = trailing(sentence, verb, cue, speaker.get());
    if (trailing.isPresent()) {
      return trailing;
    }
    Span verbSpan = sentence.span(verb);
    if (speaker.get().span().end() > verbSpan.start()) {
      return Optional.empty(); // "X said", the speaker written before the verb
    }
    int size = sentence.tokens().size();
    int start = verb.index() + 1;
    int that = thatWithin(sentence, start, Math.min(size, verb.index() + THAT_REACH));
    if (that > 0) {
      start = that + 1;
    } else if (ADDRESSING_VERBS.contains(lemma(verb))) {
      int addressee = start;
      while (addressee <= size
          && addressee - start < LONGEST_ADDRESSEE
          && NOUN_PHRASE_TAGS.contains(tag(sentence.token(addressee)))) {
        addressee++;
      }
      start = addressee;
    }
    if (start > size || ContentSpan.isPunctuation(sentence.token(start))) {
      return Optional.empty();
    }
    if (!hasFiniteVerb(sentence, start, size)) {
      return Optional.empty();
    }
    return contents
        .of(sentence, start, size)
        .map(span -> new ReportedSpeechFinder.Report(sentence, span, cue, "indirect.word-order"));
  }

  /**
   * "[...], the fund said on Tuesday.": the attribution (speaker and verb, either order) comes
   * after a comma and nothing but a time, place or channel follows it.
   */
  private Optional<ReportedSpeechFinder.Report> trailing(
      ParsedSentence sentence, IndexedWord verb, Cue cue, Phrase speaker) {
    int size = sentence.tokens().size();
    int attributionStart = verb.index();
    while (attributionStart > 1
        && sentence.token(attributionStart - 1).beginPosition() >= speaker.span().start()) {
      attributionStart--;
    }
    if (attributionStart < 3 || !sentence.token(attributionStart - 1).word().equals(",")) {
      return Optional.empty();
    }
    for (int i = verb.index() + 1; i <= size; i++) {
      String tag = tag(sentence.token(i));
      if (tag.startsWith("VB")
          || tag.equals("MD")
          || ContentSpan.isComplementizer(sentence.token(i))) {
        return Optional.empty(); // the verb goes on with content of its own
      }
    }
    if (!hasFiniteVerb(sentence, 1, attributionStart - 2)) {
      return Optional.empty();
    }
    return contents
        .of(sentence, 1, attributionStart - 2)
        .map(
            span ->
                new ReportedSpeechFinder.Report(sentence, span, cue, "indirect.attribution-after"));
  }

  private static int thatWithin(ParsedSentence sentence, int from, int to) {
    for (int i = from; i <= to; i++) {
      CoreLabel token = sentence.token(i);
      if (ContentSpan.isComplementizer(token) && token.word().equalsIgnoreCase("that")) {
        return i;
      }
      if (ContentSpan.isPunctuation(token) && !token.word().equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasFiniteVerb(ParsedSentence sentence, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (FINITE_TAGS.contains(tag(sentence.token(i)))) {
        return true;
      }
    }
    return false;
  }

  private static String tag(CoreLabel token) {
    return token.tag() == null ? "" : token.tag();
  }
}
