package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.children;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Animacy;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;

/**
 * Speakers named without a reporting verb, by the layout news text gives them:
 *
 * <ul>
 *   <li>a transcript label at the start of the quotation: {@code "MORALES: We never agreed to
 *       that."};
 *   <li>a label before a colon at the start of the sentence, as headlines write it: {@code Ruiz:
 *       Port strike 'a crime against the city'};
 *   <li>a name after a dash that follows the quotation, as in collected reactions and pull quotes:
 *       {@code "We were never asked." ― Dana Whitfield};
 *   <li>the subject of the clause that introduces the quotation with a colon: {@code The mayor had
 *       a simple message: "Go home."}.
 * </ul>
 */
final class SpeakerLabels {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * A speaker found by layout: the speaker, what marks it (a colon or dash, or the verb), the rule.
   */
  record Label(Phrase speaker, Phrase cue, String rule) {

    Label withRule(String name) {
      return new Label(speaker, cue, name);
    }
  }

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj");
  private static final ImmutableSet<String> DASHES = ImmutableSet.of("―", "—", "–", "--", "-");

  /** A label longer than this many words is a sentence, not a name. */
  private static final int LONGEST_LABEL = 6;

  /** A headline's lead-in before its colon has at most this many words. */
  private static final int LONGEST_LEAD_IN = 8;

  /** A first sentence longer than this many words is a lead paragraph, not a headline. */
  private static final int LONGEST_HEADLINE = 30;

  private final SentenceMap sentences;
  private final QuotedText quoted;

  SpeakerLabels(SentenceMap sentences, QuotedText quoted) {
    this.sentences = sentences;
    this.quoted = quoted;
  }

  /** {@code "MORALES: We never agreed to that."}: the label opening the quotation. */
  Optional<Label> transcript(Quotation quotation) {
    Optional<ParsedSentence> at = sentences.at(quotation.words().start());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    ParsedSentence sentence = at.get();
    List<CoreLabel> tokens = sentence.tokens();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).beginPosition() < quotation.words().start()) {
      first++;
    }
    return label(sentence, first, quotation.words().end(), true)
        .map(l -> l.withRule("quote.transcript-label"));
  }

  /** {@code Ruiz: Port strike 'a crime'}: a name and a colon opening the quotation's sentence. */
  Optional<Label> headline(Quotation quotation) {
    Optional<ParsedSentence> at = sentences.at(quotation.span().start());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    return label(at.get(), 0, quotation.span().start(), false)
        .map(l -> l.withRule("quote.headline-label"));
  }

  /**
   * {@code Voss on the Harbour Deal: Costs Are 'Out of Control'}, {@code A Warning from Ana Ruiz:
   * 'Vote'}: a headline's lead-in before its colon that names one person or organisation gives the
   * speaker of what follows.
   */
  Optional<Label> headlineLeadIn(Quotation quotation) {
    Optional<ParsedSentence> at = sentences.at(quotation.span().start());
    if (at.isEmpty() || !isHeadline(at.get())) {
      return Optional.empty();
    }
    ParsedSentence sentence = at.get();
    List<CoreLabel> tokens = sentence.tokens();
    int colon = 0;
    while (colon < tokens.size()
        && colon <= LONGEST_LEAD_IN
        && tokens.get(colon).endPosition() <= quotation.span().start()
        && !tokens.get(colon).word().equals(":")) {
      colon++;
    }
    if (colon == 0
        || colon > LONGEST_LEAD_IN
        || colon >= tokens.size()
        || !tokens.get(colon).word().equals(":")
        || tokens.get(colon).endPosition() > quotation.span().start()) {
      return Optional.empty();
    }
    Span name = null;
    for (int i = 0; i < colon; i++) {
      if (!isNamedEntity(tokens.get(i)) || quoted.isQuoted(tokens.get(i))) {
        continue;
      }
      int last = i;
      while (last + 1 < colon && Objects.equals(tokens.get(last + 1).ner(), tokens.get(i).ner())) {
        last++;
      }
      if (name != null) {
        return Optional.empty(); // two names: the lead-in does not say whose words follow
      }
      name = new Span(tokens.get(i).beginPosition(), tokens.get(last).endPosition());
      i = last;
    }
    if (name == null) {
      return Optional.empty();
    }
    Span mark = new Span(tokens.get(colon).beginPosition(), tokens.get(colon).endPosition());
    String text = sentences.text();
    return Optional.of(
        new Label(phrase(text, name), phrase(text, mark), "quote.headline-lead-in"));
  }

  /**
   * {@code Nurses Slam Hospital Board as 'Reckless'}: a quotation in a headline that no verb
   * reports belongs to the headline's subject, when that subject is a name or names people; the
   * headline says who takes the position it quotes.
   */
  Optional<Label> headlineSubject(Quotation quotation) {
    Optional<ParsedSentence> at = sentences.at(quotation.span().start());
    if (at.isEmpty() || !isHeadline(at.get())) {
      return Optional.empty();
    }
    ParsedSentence sentence = at.get();
    return sentences
        .tree(sentence)
        .flatMap(
            tree -> {
              for (IndexedWord root : tree.graph().getRoots()) {
                boolean isVerb = root.tag() != null && root.tag().startsWith("VB");
                List<IndexedWord> candidates =
                    isVerb ? children(tree.graph(), root, SUBJECTS) : List.of(root);
                for (IndexedWord subject : candidates) {
                  CoreLabel token = sentence.token(subject.index());
                  if (quoted.isQuoted(token)
                      || token.endPosition() > quotation.span().start()
                      || !isPersonal(subject)) {
                    continue;
                  }
                  Set<Integer> inside =
                      NounPhrases.below(
                          tree.graph(),
                          subject,
                          (word, edge) ->
                              !edge.isExtra() && edge.getDependent().index() < subject.index());
                  Optional<Phrase> speaker =
                      NounPhrases.runAround(sentence, subject, inside, NounPhrases.EDGE_TAGS);
                  if (speaker.isPresent()) {
                    Span verb = sentence.span(root);
                    return Optional.of(
                        new Label(
                            speaker.get(),
                            Phrase.of(sentence.words(verb), verb),
                            "quote.headline-subject"));
                  }
                }
              }
              return openingName(sentence, quotation);
            });
  }

  /**
   * The name a headline opens with, when the parse finds no subject: headline verbs without their
   * articles are often read as nouns ("Voss questions the count" as a compound noun), but a name
   * in first place is still the headline's subject. Not a possessor ("Voss's plan").
   */
  private Optional<Label> openingName(ParsedSentence sentence, Quotation quotation) {
    List<CoreLabel> tokens = sentence.tokens();
    int end = 0;
    while (end < tokens.size()
        && isNamedEntity(tokens.get(end))
        && Objects.equals(tokens.get(end).ner(), tokens.get(0).ner())
        && !quoted.isQuoted(tokens.get(end))) {
      end++;
    }
    if (end == 0
        || end >= tokens.size()
        || tokens.get(end).tag() == null
        || tokens.get(end).tag().equals("POS")
        || tokens.get(end - 1).endPosition() > quotation.span().start()) {
      return Optional.empty();
    }
    Span name = new Span(tokens.get(0).beginPosition(), tokens.get(end - 1).endPosition());
    Span next = new Span(tokens.get(end).beginPosition(), tokens.get(end).endPosition());
    String text = sentences.text();
    return Optional.of(new Label(phrase(text, name), phrase(text, next), "quote.headline-subject"));
  }

  /** A name, or a common noun that names people ("lawmakers", "parents"). */
  private static boolean isPersonal(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    if ("PERSON".equals(word.ner()) || "ORGANIZATION".equals(word.ner())) {
      return true;
    }
    String lemma = word.lemma() == null ? word.word() : word.lemma();
    return tag.startsWith("NN") && Animacy.isAnimate(lemma);
  }

  /**
   * Whether the sentence is the headline: the text's first sentence, alone in its paragraph,
   * with more text after it.
   */
  private boolean isHeadline(ParsedSentence sentence) {
    if (sentences.previous(sentence).isPresent()) {
      return false;
    }
    Optional<ParsedSentence> next = sentences.next(sentence);
    return next.isPresent()
        && next.get().paragraph() != sentence.paragraph()
        && sentence.tokens().size() <= LONGEST_HEADLINE;
  }

  private static boolean isNamedEntity(CoreLabel token) {
    return "PERSON".equals(token.ner()) || "ORGANIZATION".equals(token.ner());
  }

  /** {@code "..." ― Dana Whitfield}: a name after a dash right after the closing mark. */
  Optional<Label> byline(Quotation quotation) {
    Optional<ParsedSentence> at = sentences.at(quotation.span().end() - 1);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList.Builder<CoreLabel> following = ImmutableList.builder();
    for (CoreLabel token : at.get().tokens()) {
      if (token.beginPosition() >= quotation.span().end()) {
        following.add(token);
      }
    }
    sentences.next(at.get()).ifPresent(next -> following.addAll(next.tokens()));
    List<CoreLabel> after = following.build();
    if (after.size() < 2 || !DASHES.contains(after.get(0).word())) {
      return Optional.empty();
    }
    int last = 1;
    while (last < after.size() && last <= LONGEST_LABEL && isNameWord(after.get(last))) {
      last++;
    }
    if (last == 1) {
      return Optional.empty();
    }
    Span span = new Span(after.get(1).beginPosition(), after.get(last - 1).endPosition());
    Span dash = new Span(after.get(0).beginPosition(), after.get(0).endPosition());
    String text = sentences.text();
    return Optional.of(new Label(phrase(text, span), phrase(text, dash), "quote.dash-byline"));
  }

  /**
   * {@code The mayor had a simple message: "Go home."}: the subject of the clause before the colon.
   */
  Optional<Label> colonIntroduction(Quotation quotation) {
    if (!followsColon(quotation)) {
      return Optional.empty();
    }
    Optional<ParsedSentence> at = sentences.at(quotation.span().start());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    ParsedSentence sentence = at.get();
    boolean opensSentence = sentence.token(1).beginPosition() >= quotation.span().start();
    if (opensSentence) {
      Optional<ParsedSentence> previous = sentences.previous(sentence);
      if (previous.isEmpty()) {
        return Optional.empty();
      }
      sentence = previous.get();
    }
    ParsedSentence introducing = sentence;
    return sentences
        .tree(introducing)
        .flatMap(
            tree -> {
              for (IndexedWord root : tree.graph().getRoots()) {
                if (isQuoted(introducing, root)
                    || introducing.span(root).start() >= quotation.span().start()) {
                  continue;
                }
                for (IndexedWord subject : children(tree.graph(), root, SUBJECTS)) {
                  if (!isQuoted(introducing, subject)) {
                    Optional<Phrase> speaker =
                        NounPhrases.phrase(
                            introducing, subject, ImmutableSet.of(), true);
                    if (speaker.isPresent()) {
                      Span verb = introducing.span(root);
                      return Optional.of(
                          new Label(
                              speaker.get(),
                              Phrase.of(introducing.words(verb), verb),
                              "quote.colon-introduction"));
                    }
                  }
                }
              }
              return Optional.empty();
            });
  }

  /**
   * A run of name words from token {@code first} (0-based) that ends in a colon before {@code
   * limit}: "WALLACE:", "Pat Caddell:". Inside a quotation the name must be in capitals or tagged a
   * proper noun; at a sentence start, tagged a proper noun.
   */
  private Optional<Label> label(ParsedSentence sentence, int first, int limit, boolean transcript) {
    List<CoreLabel> tokens = sentence.tokens();
    int colon = first;
    while (colon < tokens.size()
        && colon - first < LONGEST_LABEL
        && tokens.get(colon).endPosition() <= limit
        && (transcript ? isNameWord(tokens.get(colon)) : isCapitalized(tokens.get(colon)))) {
      colon++;
    }
    if (colon == first || colon >= tokens.size() || !tokens.get(colon).word().equals(":")) {
      return Optional.empty();
    }
    if (tokens.get(colon).endPosition() > limit) {
      return Optional.empty();
    }
    if (!transcript && quoted.isQuoted(tokens.get(first))) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(colon - 1).endPosition());
    Span mark = new Span(tokens.get(colon).beginPosition(), tokens.get(colon).endPosition());
    String text = sentences.text();
    return Optional.of(new Label(phrase(text, span), phrase(text, mark), ""));
  }

  private boolean followsColon(Quotation quotation) {
    String text = sentences.text();
    int i = quotation.span().start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':';
  }

  private static boolean isNameWord(CoreLabel token) {
    String tag = token.tag();
    String word = token.word();
    boolean capitals =
        word.length() > 1
            && word.equals(word.toUpperCase(java.util.Locale.ROOT))
            && Character.isLetter(word.charAt(0));
    return (tag != null && tag.startsWith("NNP")) || capitals;
  }

  /**
   * A capitalized word that can be part of a name: headlines capitalize names and the words around
   * them alike, so the tag is not trusted to say "proper noun", but a verb ends the name ("Veto
   * Power Impedes Peace:" is a subheading, not a speaker).
   */
  private static boolean isCapitalized(CoreLabel token) {
    String tag = token.tag() == null ? "" : token.tag();
    boolean functionWord =
        tag.equals("DT")
            || tag.startsWith("PRP")
            || tag.equals("IN")
            || tag.equals("CC")
            || tag.startsWith("W")
            || tag.startsWith("VB");
    return !functionWord && Character.isUpperCase(token.word().charAt(0));
  }

  private boolean isQuoted(ParsedSentence sentence, IndexedWord word) {
    return quoted.isQuoted(sentence.token(word.index()));
  }

  private static Phrase phrase(String text, Span span) {
    return Phrase.of(WHITESPACE.matcher(span.coveredText(text)).replaceAll(" ").trim(), span);
  }
}
