package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.children;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Finds the reporting cue of a quotation, nearest first:
 *
 * <ol>
 *   <li>the reporting verb the quotation's words hang from in the dependency graph, however high
 *       ("described the plan as 'reckless'", "said the town had been 'wiped out'"), or an
 *       "according to" on the way; but not past an adverbial clause with a subject of its own,
 *       whose subject speaks the fragment ("she nodded as the mayor went on about 'the budget'");
 *   <li>a reporting verb that hangs beside the quotation's clause with no content of its own ("'We
 *       will rebuild,' the mayor said", "said the mayor");
 *   <li>for a whole statement, a reporting verb after the quotation in the sentence that closes it
 *       ("'...,' said Ana Ruiz, who ...") or before it in the sentence that opens it ("Ruiz said:
 *       '...'"), when the parse joins them otherwise;
 *   <li>for a whole statement, a short attribution the sentence splitter cut off ("'Why now?' | she
 *       asked.") or a sentence ending in a colon just before it ("The mayor said: | '...'").
 * </ol>
 *
 * <p>Reporting verbs inside quotation marks are the speaker's words, never a cue.
 */
final class CueFinder {

  /** A cue and the name of the rule that found it. */
  record Found(Cue cue, String rule) {}

  /** The rule that takes a verb without speech for the cue when its subject is named. */
  static final String NAMED_SUBJECT = "named-subject";

  private static final ImmutableSet<String> ACCORDING_TO =
      ImmutableSet.of("obl:according_to", "nmod:according_to");
  private static final ImmutableSet<String> BESIDE =
      ImmutableSet.of("parataxis", "ccomp", "dep", "advcl", "advcl:");
  private static final ImmutableSet<String> CONTENT = ImmutableSet.of("ccomp");
  private static final ImmutableSet<String> PER = ImmutableSet.of("obl:per", "nmod:per");
  private static final ImmutableSet<String> NAME_BESIDE = ImmutableSet.of("appos", "dep");
  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("det", "nmod:poss");
  private static final ImmutableSet<String> AS_CLAUSES = ImmutableSet.of("advcl:as");
  private static final ImmutableSet<String> AS_PHRASES = ImmutableSet.of("obl:as", "nmod:as");
  private static final ImmutableSet<String> NOUN_CLAUSES = ImmutableSet.of("acl", "acl:relcl");
  private static final ImmutableSet<String> OBJECT_CLAUSES =
      ImmutableSet.of("ccomp", "xcomp", "obj", "parataxis", "advcl", "advcl:");

  /** How far up from the quotation the governing verb may be. */
  private static final int MAX_CLIMB = 7;

  /** A sentence this short after a quotation is its attribution ("he said."). */
  private static final int SHORT_ATTRIBUTION = 12;

  private final SentenceMap sentences;
  private final QuotedText quoted;
  private final SpeakerFinder speakers;

  CueFinder(SentenceMap sentences, QuotedText quoted, SpeakerFinder speakers) {
    this.sentences = sentences;
    this.quoted = quoted;
    this.speakers = speakers;
  }

  /** The cue of {@code quotation}, whose kind is {@code kind}. */
  Optional<Found> find(Quotation quotation, QuoteKind kind) {
    ImmutableList<ParsedSentence> spanned = sentences.overlapping(quotation.span());
    if (spanned.isEmpty()) {
      return Optional.empty();
    }
    ParsedSentence closing = spanned.get(spanned.size() - 1);
    ParsedSentence opening = spanned.get(0);
    for (ParsedSentence sentence : Lists.reverse(spanned)) {
      Optional<Found> found = sentences.tree(sentence).flatMap(tree -> governing(quotation, tree));
      if (found.isPresent()) {
        return kind == QuoteKind.DIRECT ? nearer(found.get(), quotation, opening) : found;
      }
    }
    if (kind != QuoteKind.DIRECT) {
      // the writer's sentence reports the fragment: "X said it was 'a mistake'"
      return before(quotation, opening, false)
          .or(() -> after(quotation, closing, true))
          .or(() -> namedSubject(quotation, opening));
    }
    return after(quotation, closing, false)
        .or(() -> before(quotation, opening, true))
        .or(() -> cutOffAttribution(quotation, closing))
        .or(() -> colonLeadIn(quotation, opening))
        .or(() -> reportingSentenceBefore(quotation, opening, closing));
  }

  /**
   * Rule 6: "Her former partner, Ana Ruiz, called her a genius at deals. | 'She saw what nobody
   * else saw.'": a statement that is a sentence of its own, right after a sentence of the same
   * paragraph whose main verb reports speech, is that verb's subject's.
   */
  private Optional<Found> reportingSentenceBefore(
      Quotation quotation, ParsedSentence opening, ParsedSentence closing) {
    if (opening.token(1).beginPosition() < quotation.span().start()
        || hasWordsAfter(quotation, closing)) {
      return Optional.empty();
    }
    Optional<ParsedSentence> previous = sentences.previous(opening);
    if (previous.isEmpty() || previous.get().paragraph() != opening.paragraph()) {
      return Optional.empty();
    }
    ParsedSentence sentence = previous.get();
    if (sentence.tokens().stream().anyMatch(quoted::isQuoted)) {
      return Optional.empty(); // its own quotation, if any, is who goes on
    }
    Optional<BasicTree> tree = sentences.tree(sentence);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    for (IndexedWord root : tree.get().graph().getRoots()) {
      if (isAttributingVerb(tree.get(), root)) {
        return Optional.of(new Found(Cue.verb(sentence, root), "reporting-sentence-before"));
      }
    }
    return Optional.empty();
  }

  /**
   * A statement led in by a comma or colon belongs to the reporting verb written nearest before it:
   * in "the ad ends with footage of the senator saying, '...'" the parser may hang the statement on
   * the far verb ("ends"), but "saying" introduces it.
   */
  private Optional<Found> nearer(Found governing, Quotation quotation, ParsedSentence opening) {
    Cue cue = governing.cue();
    if (!cue.isVerb() || cue.sentence().index() != opening.index()) {
      return Optional.of(governing);
    }
    int cueEnd = opening.token(cue.word().index()).endPosition();
    if (cueEnd > quotation.span().start()) {
      return Optional.of(governing);
    }
    Optional<Found> before = before(quotation, opening, true);
    if (before.isPresent() && before.get().cue().word().index() > cue.word().index()) {
      return before;
    }
    return Optional.of(governing);
  }

  /** Rules 1 and 2: from the words of the quotation up the tree. */
  private Optional<Found> governing(Quotation quotation, BasicTree tree) {
    ParsedSentence sentence = tree.sentence();
    SemanticGraph graph = tree.graph();
    List<IndexedWord> attachments = new ArrayList<>();
    List<IndexedWord> punctuation = new ArrayList<>();
    for (IndexedWord word : sentence.wordsInOrder()) {
      if (!inside(quotation, sentence, word)) {
        continue;
      }
      Optional<IndexedWord> head = tree.head(word);
      if (head.isPresent() && inside(quotation, sentence, head.get())) {
        continue;
      }
      boolean isPunctuation = Dependencies.relationToHead(graph, word).equals("punct");
      (isPunctuation ? punctuation : attachments).add(word);
    }
    attachments.addAll(punctuation);
    for (IndexedWord attachment : attachments) {
      // "'...,' per the party's rules" or "..., as the memo put it", hung on the quoted words
      for (IndexedWord source : sources(graph, attachment)) {
        if (!isQuoted(sentence, source)) {
          return Optional.of(new Found(Cue.accordingTo(sentence, source), "according-to"));
        }
      }
      Optional<Found> as = asClause(tree, attachment);
      if (as.isPresent()) {
        return as;
      }
    }
    for (IndexedWord attachment : attachments) {
      Optional<IndexedWord> head = tree.head(attachment);
      if (head.isEmpty()) {
        // "According to Ruiz, 'nothing would get built'": the quotation is the sentence, and the
        // parser hangs the attribution on the quoted verb
        for (IndexedWord source : sources(graph, attachment)) {
          if (!isQuoted(sentence, source)) {
            return Optional.of(new Found(Cue.accordingTo(sentence, source), "according-to"));
          }
        }
        Optional<Found> beside = beside(tree, attachment);
        if (beside.isPresent()) {
          return beside;
        }
        continue;
      }
      IndexedWord node = head.get();
      for (int step = 0; step < MAX_CLIMB; step++) {
        if (!isQuoted(sentence, node)
            && SpeakerFinder.isReportingVerb(node)
            && !speakers.hasQuotedSubject(tree, node)) {
          return Optional.of(new Found(Cue.verb(sentence, node), "governing-verb"));
        }
        if (!isQuoted(sentence, node)
            && isSpeechNoun(node)
            && speakers.owner(tree, node).isPresent()) {
          return Optional.of(new Found(Cue.speechNoun(sentence, node), "speech-noun"));
        }
        for (IndexedWord source : sources(graph, node)) {
          if (!isQuoted(sentence, source)) {
            return Optional.of(new Found(Cue.accordingTo(sentence, source), "according-to"));
          }
        }
        Optional<Found> beside = beside(tree, node);
        if (beside.isPresent()) {
          return beside;
        }
        Optional<IndexedWord> up = tree.head(node);
        if (up.isEmpty()) {
          break;
        }
        if (isOwnAdverbialClause(tree, node, up.get())) {
          return isNamedOrPersonal(tree, node)
              ? Optional.of(new Found(Cue.verb(sentence, node), "clause-subject"))
              : Optional.empty();
        }
        node = up.get();
      }
    }
    return Optional.empty();
  }

  /**
   * The sources a word names with "according to" or with "per": "per the party's rules", "per
   * Reuters". A "per" before a bare noun gives a rate ("$5 per person"), not a source, so only a
   * phrase with a determiner or possessor, or a name, is one.
   */
  private static List<IndexedWord> sources(SemanticGraph graph, IndexedWord word) {
    List<IndexedWord> sources = new ArrayList<>(children(graph, word, ACCORDING_TO));
    for (IndexedWord source : children(graph, word, PER)) {
      boolean named = source.tag() != null && source.tag().startsWith("NNP");
      if (named || !children(graph, source, DETERMINERS).isEmpty()) {
        sources.add(source);
      }
    }
    return sources;
  }

  /**
   * "'...,' as the memo put it" or "..., as she said": an "as" clause of saying hung on the
   * quotation's own words attributes them. The parser makes it a clause ("as she said") or a
   * noun with a clause ("as [a memo] put it").
   */
  private Optional<Found> asClause(BasicTree tree, IndexedWord word) {
    ParsedSentence sentence = tree.sentence();
    SemanticGraph graph = tree.graph();
    for (IndexedWord clause : children(graph, word, AS_CLAUSES)) {
      if (!isQuoted(sentence, clause) && SpeakerFinder.isReportingVerb(clause)) {
        return Optional.of(new Found(Cue.verb(sentence, clause), "as-clause"));
      }
    }
    for (IndexedWord noun : children(graph, word, AS_PHRASES)) {
      if (isQuoted(sentence, noun)) {
        continue;
      }
      for (IndexedWord verb : children(graph, noun, NOUN_CLAUSES)) {
        if (!isQuoted(sentence, verb) && SpeakerFinder.isReportingVerb(verb)) {
          return Optional.of(new Found(Cue.accordingTo(sentence, noun), "as-clause"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code clause} is an adverbial clause with a subject of its own hanging from the
   * reporting verb {@code head}: in "she said yes as the mayor went on about 'the budget'" the
   * fragment is the mayor's, not part of what she said.
   */
  private boolean isOwnAdverbialClause(BasicTree tree, IndexedWord clause, IndexedWord head) {
    return Dependencies.relationToHead(tree.graph(), clause).startsWith("advcl")
        && SpeakerFinder.isReportingVerb(head)
        && speakers.hasOwnSubject(tree, clause);
  }

  private static boolean isSpeechNoun(IndexedWord word) {
    return word.tag() != null
        && word.tag().startsWith("NN")
        && QuoteWords.SPEECH_NOUNS.contains(Dependencies.lemma(word));
  }

  /** Rule 2: "'...,' the mayor said": a bare reporting verb beside the clause. */
  private Optional<Found> beside(BasicTree tree, IndexedWord clause) {
    ParsedSentence sentence = tree.sentence();
    for (IndexedWord verb : Dependencies.ownChildren(tree.graph(), clause, BESIDE)) {
      if (!isQuoted(sentence, verb) && SpeakerFinder.isReportingVerb(verb) && isBare(tree, verb)) {
        return Optional.of(new Found(Cue.verb(sentence, verb), "beside-verb"));
      }
    }
    return Optional.empty();
  }

  /** A reporting verb with no content clause of its own outside quotation marks. */
  private boolean isBare(BasicTree tree, IndexedWord verb) {
    for (IndexedWord content : Dependencies.ownChildren(tree.graph(), verb, CONTENT)) {
      if (!isQuoted(tree.sentence(), content)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rule 3: the first reporting verb after the closing mark, in the closing sentence; after a
   * fragment only a bare one ("..., the mayor said"), since a verb with its own content reports
   * something else.
   */
  private Optional<Found> after(Quotation quotation, ParsedSentence sentence, boolean bareOnly) {
    Optional<BasicTree> tree = sentences.tree(sentence);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    for (IndexedWord word : tree.get().sentence().wordsInOrder()) {
      CoreLabel token = sentence.token(word.index());
      if (token.beginPosition() >= quotation.span().end()
          && isAttributingVerb(tree.get(), word)
          && (!bareOnly || isBare(tree.get(), word))) {
        return Optional.of(new Found(Cue.verb(sentence, word), "verb-after"));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 3: the last reporting verb before the opening mark; for a whole statement only when a
   * colon or comma leads in.
   */
  private Optional<Found> before(
      Quotation quotation, ParsedSentence sentence, boolean needsLeadIn) {
    Optional<BasicTree> tree = sentences.tree(sentence);
    if (tree.isEmpty() || (needsLeadIn && !leadsIn(quotation))) {
      return Optional.empty();
    }
    // a statement follows its nearest verb ("..., she said: '...'"); a fragment belongs to the
    // writer's sentence, whose reporting verb comes first ("Ruiz said the plan to cut X was 'a
    // disgrace'")
    List<IndexedWord> words = tree.get().sentence().wordsInOrder();
    for (IndexedWord word : needsLeadIn ? Lists.reverse(words) : words) {
      CoreLabel token = sentence.token(word.index());
      if (token.endPosition() <= quotation.span().start() && isAttributingVerb(tree.get(), word)) {
        return Optional.of(new Found(Cue.verb(sentence, word), "verb-before"));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 5, for a fragment with no reporting verb: the verb it hangs from, when that verb's subject
   * is a named person or organisation ("Reid has been pounding Trump as a 'con artist'").
   */
  private Optional<Found> namedSubject(Quotation quotation, ParsedSentence sentence) {
    Optional<BasicTree> found = sentences.tree(sentence);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BasicTree tree = found.get();
    for (IndexedWord word : tree.sentence().wordsInOrder()) {
      if (!inside(quotation, sentence, word)) {
        continue;
      }
      Optional<IndexedWord> node = tree.head(word);
      for (int step = 0; node.isPresent() && step < MAX_CLIMB; step++) {
        IndexedWord verb = node.get();
        if (!inside(quotation, sentence, verb)
            && verb.tag() != null
            && verb.tag().startsWith("VB")) {
          Optional<IndexedWord> subject = speakers.subject(tree, verb);
          if (subject.isPresent() && isNamed(tree, subject.get())) {
            return Optional.of(new Found(Cue.verb(sentence, verb), NAMED_SUBJECT));
          }
          return Optional.empty();
        }
        node = tree.head(verb);
      }
    }
    return Optional.empty();
  }

  /** Whether the clause's subject is a named person or organisation, or a personal pronoun. */
  private boolean isNamedOrPersonal(BasicTree tree, IndexedWord clause) {
    return speakers
        .subject(tree, clause)
        .filter(
            subject ->
                isNamed(subject) || QuoteWords.PERSONAL_PRONOUNS.contains(Dependencies.lower(subject)))
        .isPresent();
  }

  /**
   * Whether the word names a person or organisation, or is a description with the name beside it
   * ("the Latvian journalist Ana Berzina").
   */
  private static boolean isNamed(BasicTree tree, IndexedWord word) {
    if (isNamed(word)) {
      return true;
    }
    return word.tag() != null
        && word.tag().startsWith("NN")
        && Dependencies.children(tree.graph(), word, NAME_BESIDE).stream()
            .anyMatch(CueFinder::isNamed);
  }

  private static boolean isNamed(IndexedWord word) {
    String ner = word.ner();
    return "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
  }

  /** Rule 4: "'Why now?' | she asked." */
  private Optional<Found> cutOffAttribution(Quotation quotation, ParsedSentence closing) {
    if (hasWordsAfter(quotation, closing)) {
      return Optional.empty();
    }
    Optional<ParsedSentence> next = sentences.next(closing);
    if (next.isEmpty() || next.get().paragraph() != closing.paragraph()) {
      return Optional.empty();
    }
    ParsedSentence sentence = next.get();
    String first = sentence.token(1).word();
    boolean continues = Character.isLowerCase(first.charAt(0));
    Optional<BasicTree> tree = sentences.tree(sentence);
    if (tree.isEmpty() || quoted.isQuoted(sentence.token(1))) {
      return Optional.empty();
    }
    if (continues || sentence.tokens().size() <= SHORT_ATTRIBUTION) {
      for (IndexedWord word : tree.get().sentence().wordsInOrder()) {
        if (isAttributingVerb(tree.get(), word) && isBare(tree.get(), word)) {
          return Optional.of(new Found(Cue.verb(sentence, word), "attribution-after"));
        }
      }
    }
    // "'...!' | The mayor's niece, a state delegate, shouted to the crowd.": a sentence that is
    // nothing but an attribution, however long its subject
    for (IndexedWord root : tree.get().graph().getRoots()) {
      if (isAttributingVerb(tree.get(), root)
          && isBare(tree.get(), root)
          && hasNoObjectClause(tree.get(), root)) {
        return Optional.of(new Found(Cue.verb(sentence, root), "attribution-after"));
      }
    }
    return Optional.empty();
  }

  private static boolean hasNoObjectClause(BasicTree tree, IndexedWord verb) {
    return Dependencies.ownChildren(tree.graph(), verb, OBJECT_CLAUSES).isEmpty();
  }

  /** Rule 4: "The mayor said: | '...'" across a sentence or paragraph break. */
  private Optional<Found> colonLeadIn(Quotation quotation, ParsedSentence opening) {
    if (opening.token(1).beginPosition() < quotation.span().start()) {
      return Optional.empty();
    }
    Optional<ParsedSentence> previous = sentences.previous(opening);
    if (previous.isEmpty() || !previous.get().text().endsWith(":")) {
      return Optional.empty();
    }
    ParsedSentence sentence = previous.get();
    Optional<BasicTree> tree = sentences.tree(sentence);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    for (IndexedWord word : Lists.reverse(tree.get().sentence().wordsInOrder())) {
      if (isAttributingVerb(tree.get(), word)) {
        return Optional.of(new Found(Cue.verb(sentence, word), "colon-lead-in"));
      }
    }
    return Optional.empty();
  }

  /** Whether the text just before the opening mark ends in a colon or a comma. */
  private boolean leadsIn(Quotation quotation) {
    String text = sentences.text();
    int i = quotation.span().start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == ',');
  }

  private boolean hasWordsAfter(Quotation quotation, ParsedSentence sentence) {
    for (CoreLabel token : sentence.tokens()) {
      if (token.beginPosition() >= quotation.span().end()
          && Character.isLetterOrDigit(token.word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private boolean isAttributingVerb(BasicTree tree, IndexedWord word) {
    return !isQuoted(tree.sentence(), word)
        && SpeakerFinder.isReportingVerb(word)
        && speakers.speaker(Cue.verb(tree.sentence(), word), tree).isPresent();
  }

  private boolean inside(Quotation quotation, ParsedSentence sentence, IndexedWord word) {
    CoreLabel token = sentence.token(word.index());
    return quotation.covers(token.beginPosition(), token.endPosition());
  }

  private boolean isQuoted(ParsedSentence sentence, IndexedWord word) {
    return quoted.isQuoted(sentence.token(word.index()));
  }
}
