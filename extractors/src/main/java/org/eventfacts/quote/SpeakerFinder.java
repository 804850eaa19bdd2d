package org.eventfacts.quote;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Animacy;
import org.eventfacts.text.Datelines;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads who a {@link Cue} attributes a statement to, and through what channel.
 *
 * <ul>
 *   <li>The subject of the reporting verb, before or after it ("Ms Ortega said", "said Ms Ortega"),
 *       or the agent of a passive ("was announced by the ministry"), or the source of "according to
 *       the ministry". Words in quotation marks are never the speaker: in "'...,' Ortega said" a
 *       parse that makes a word of the quotation the subject is wrong, and the name written right
 *       before or after the verb is taken instead.
 *   <li>A verb without a subject of its own takes the subject of the clause it hangs from ("...,
 *       she said, adding that ...", "went on to say", "Ortega spoke briefly, saying ...").
 *   <li>An apposition after a name is left out ("Hugh Hill, a doctor at the hospital, said" gives
 *       "Hugh Hill"); a name in apposition to a description is kept with it ("the mayor's lawyer,
 *       Ana Ruiz, said" gives "the mayor's lawyer, Ana Ruiz").
 *   <li>A spokesperson relays the principal, whose statement it is: "his spokesman said" gives
 *       "his", "a spokeswoman for the ministry said" gives "the ministry".
 *   <li>The channel is a prepositional phrase of the verb naming a medium: "said on Twitter",
 *       "wrote in a statement", "told reporters in an interview".
 * </ul>
 *
 * <p>Pronouns are kept as written ("he"); the actor reader links them to the person they stand for.
 */
final class SpeakerFinder {

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:xsubj");
  private static final ImmutableSet<String> PASSIVE_SUBJECTS = ImmutableSet.of("nsubj:pass");
  private static final ImmutableSet<String> AGENTS = ImmutableSet.of("obl:agent", "nmod:agent");
  private static final ImmutableSet<String> POSSESSORS = ImmutableSet.of("nmod:poss");
  private static final ImmutableSet<String> PRINCIPALS = ImmutableSet.of("nmod:for", "nmod:of");
  private static final ImmutableSet<String> NAME_PARTS = ImmutableSet.of("compound", "appos");
  private static final ImmutableSet<String> APPOSITIONS = ImmutableSet.of("appos");
  private static final ImmutableSet<String> NOUN_MODIFIERS = ImmutableSet.of("nmod:");
  private static final ImmutableSet<String> AS_PHRASES = ImmutableSet.of("obl:as");
  /** How a verb without a subject hangs from a noun: "a man shouting", "Ruiz, despite saying". */
  private static final ImmutableSet<String> NOUN_ATTACHMENTS =
      ImmutableSet.of("acl", "acl:", "obl:", "nmod:");
  /** Records of someone speaking: "footage of the mayor saying ...". */
  private static final ImmutableSet<String> RECORD_NOUNS =
      ImmutableSet.of(
          "footage", "video", "clip", "recording", "tape", "audio", "film", "image", "photo",
          "picture", "broadcast");
  /** The people a record is of: "footage of the mayor". */
  private static final ImmutableSet<String> RECORDED = ImmutableSet.of("nmod:of");
  /** How the parser hangs "the senator gave" on "a speech the senator gave". */
  private static final ImmutableSet<String> STATEMENT_CLAUSES =
      ImmutableSet.of("acl:relcl", "acl", "dep");
  private static final ImmutableSet<String> OWNERS =
      ImmutableSet.of("nmod:poss", "nmod:by", "nmod:from", "nmod:of");

  /** Relations the parser gives the subject of an inverted "said Voss" when it misreads it. */
  private static final ImmutableSet<String> MISREAD_INVERTED_SUBJECTS =
      ImmutableSet.of("xcomp", "obj", "dep", "nsubj:pass", "iobj");

  /** Part-of-speech tags of the words of a plain noun phrase written next to a verb. */
  private static final ImmutableSet<String> NOUN_PHRASE_TAGS =
      ImmutableSet.of("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "JJ", "POS", "PRP$", "CD");

  /** How far up the tree a verb without a subject looks for the one that has it. */
  private static final int MAX_CLIMB = 4;

  /** How far above a relative clause the clause around it may be. */
  private static final int MAX_CLAUSE_CLIMB = 8;

  /** Marks that close a parenthetical: a dash or a closing parenthesis. */
  private static final ImmutableSet<String> CLOSING_MARKS =
      ImmutableSet.of("-", "--", "—", "–", ")", "-RRB-");

  /** How many words an apposition between a name and its verb may have. */
  private static final int LONGEST_APPOSITION = 25;

  private final QuotedText quoted;

  SpeakerFinder(QuotedText quoted) {
    this.quoted = quoted;
  }

  /** Whether {@code word} is a verb that reports speech. */
  static boolean isReportingVerb(IndexedWord word) {
    return word.tag() != null
        && word.tag().startsWith("VB")
        && ReportingWords.reportsSpeech(lemma(word));
  }

  /** The speaker the cue names, as written, if it names one. */
  Optional<Phrase> speaker(Cue cue, BasicTree tree) {
    ParsedSentence sentence = cue.sentence();
    if (cue.accordingTo()) {
      return statementMaker(tree, cue.word())
          .flatMap(maker -> phrase(sentence, maker))
          .or(() -> phrase(sentence, cue.word()));
    }
    if (cue.kind() == Cue.Kind.SPEECH_NOUN) {
      return owner(tree, cue.word()).flatMap(owner -> phrase(sentence, owner));
    }
    if (!hasOwnSubject(tree, cue.word())) {
      Optional<Phrase> named = nameBefore(sentence, cue.word());
      if (named.isPresent()) {
        return named;
      }
    }
    Optional<Phrase> speaker =
        subject(tree, cue.word()).flatMap(subject -> speakerPhrase(sentence, tree, subject));
    if (speaker.isPresent()) {
      return speaker;
    }
    return nameBeside(sentence, cue.word());
  }

  /**
   * "..., Lindsey Ware says." or "'...,' Dana Holt, a nurse at the clinic, told reporters": when
   * the parse gives the verb no subject, a name written right before it, or before an apposition
   * set off by commas before it, after a comma, a closing quotation mark or the sentence start.
   * The parser loses such subjects in headlines and behind long appositions; the layout keeps
   * them.
   */
  private Optional<Phrase> nameBefore(ParsedSentence sentence, IndexedWord verb) {
    int last = verb.index() - 1;
    while (last >= 1 && "RB".equals(sentence.token(last).tag())) {
      last--; // "..., the director, forcefully told"
    }
    if (last >= 1 && sentence.token(last).word().equals(",")) {
      int comma = last - 1;
      while (comma >= 1
          && last - comma <= LONGEST_APPOSITION
          && !sentence.token(comma).word().equals(",")
          && !quoted.isQuoted(sentence.token(comma))) {
        comma--;
      }
      if (comma < 1 || !sentence.token(comma).word().equals(",") || comma == last - 1) {
        return Optional.empty();
      }
      last = comma - 1;
    }
    int first = last;
    while (first >= 1 && isNameToken(sentence, first)) {
      first--;
    }
    first++;
    if (first > last || !hasNamedEntity(sentence, first, last)) {
      return Optional.empty();
    }
    boolean afterBreak =
        first == 1
            || sentence.token(first - 1).word().equals(",")
            || isQuotationEnd(sentence, first - 1);
    if (!afterBreak) {
      return Optional.empty();
    }
    Span span = sentence.tokenSpan(first, last);
    return Optional.of(Phrase.of(sentence.words(span), span));
  }

  /**
   * "Even Norland, the region's only ally, said ...": a name that opens the clause, set off from
   * the description the parser took for the subject by a comma, is who the description describes.
   * Not a place after a preposition ("In Paris, the minister said").
   */
  private Optional<Phrase> nameBeforeDescription(
      ParsedSentence sentence, Phrase description, IndexedWord verb) {
    int first = tokenAt(sentence, description.span().start());
    int beforeVerb = verb.index() - 1;
    while (beforeVerb > first && "RB".equals(sentence.token(beforeVerb).tag())) {
      beforeVerb--;
    }
    boolean setOff =
        first >= 3
            && verb.index() > first
            && sentence.token(first - 1).word().equals(",")
            && sentence.token(beforeVerb).word().equals(","); // not "Voss, his lawyer said, was"
    if (!setOff) {
      return Optional.empty();
    }
    int last = first - 2;
    int start = last;
    while (start >= 1 && isNameToken(sentence, start)) {
      start--;
    }
    int opening = start;
    while (opening >= 1 && "RB".equals(sentence.token(opening).tag())) {
      opening--; // "Even Norland, ..."
    }
    boolean opensClause =
        opening == 0
            || sentence.token(opening).word().equals(",")
            || isQuotationEnd(sentence, opening);
    start++;
    if (start > last || !opensClause || !hasSpeakingEntity(sentence, start, last)) {
      return Optional.empty();
    }
    Span span = sentence.tokenSpan(start, last);
    return Optional.of(Phrase.of(sentence.words(span), span));
  }

  private static int tokenAt(ParsedSentence sentence, int offset) {
    for (CoreLabel token : sentence.tokens()) {
      if (token.beginPosition() >= offset) {
        return token.index();
      }
    }
    return 0;
  }

  /** A person, an organisation, or a country written in ordinary case (not a dateline's). */
  private static boolean hasSpeakingEntity(ParsedSentence sentence, int first, int last) {
    for (int i = first; i <= last; i++) {
      CoreLabel token = sentence.token(i);
      String ner = token.ner();
      boolean capitals = token.word().equals(token.word().toUpperCase(java.util.Locale.ROOT));
      if ("PERSON".equals(ner)
          || "ORGANIZATION".equals(ner)
          || (("LOCATION".equals(ner) || "COUNTRY".equals(ner)) && !capitals)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameToken(ParsedSentence sentence, int index) {
    CoreLabel token = sentence.token(index);
    return token.tag() != null && token.tag().startsWith("NNP") && !quoted.isQuoted(token);
  }

  private static boolean hasNamedEntity(ParsedSentence sentence, int first, int last) {
    for (int i = first; i <= last; i++) {
      String ner = sentence.token(i).ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue goes on with the previous speaker: "he added", "she continued". */
  boolean continuesPreviousSpeaker(Cue cue, BasicTree tree) {
    if (!cue.isVerb() || !QuoteWords.CONTINUING_VERBS.contains(lemma(cue.word()))) {
      return false;
    }
    Optional<IndexedWord> subject = subject(tree, cue.word());
    return subject.isEmpty() || QuoteWords.PRONOUNS.contains(lower(subject.get()));
  }

  /**
   * The medium of the statement: "Twitter" in "said on Twitter", "a statement". When the cue
   * itself names none, the reporting verb that relays the cue's clause may: in "the minister
   * called the strike 'a crime', his spokesman said on Twitter" the minister's words came through
   * Twitter.
   */
  Optional<Phrase> channel(Cue cue, BasicTree tree) {
    if (!cue.isVerb()) {
      return Optional.empty();
    }
    Optional<Phrase> own = ownChannel(cue.sentence(), tree.graph(), cue.word());
    if (own.isPresent()) {
      return own;
    }
    Optional<IndexedWord> relay = tree.head(cue.word());
    for (int step = 0; relay.isPresent() && step < MAX_CLIMB; step++) {
      if (isReportingVerb(relay.get())) {
        return ownChannel(cue.sentence(), tree.graph(), relay.get());
      }
      relay = tree.head(relay.get());
    }
    return Optional.empty();
  }

  private Optional<Phrase> ownChannel(ParsedSentence sentence, SemanticGraph graph, IndexedWord verb) {
    List<IndexedWord> media = new ArrayList<>(children(graph, verb, QuoteWords.CHANNEL_RELATIONS));
    // "said Voss in a televised address": the parser may hang the channel on the name
    for (IndexedWord noun : children(graph, verb, MISREAD_INVERTED_SUBJECTS)) {
      media.addAll(prepositionalModifiers(graph, noun));
    }
    for (IndexedWord medium : media) {
      if (QuoteWords.CHANNEL_NOUNS.contains(lemma(medium)) && !isQuoted(sentence, medium)) {
        return NounPhrases.phrase(sentence, medium, ImmutableSet.of(), false);
      }
    }
    return Optional.empty();
  }

  /**
   * The word the verb's statement is attributed to: its subject or agent outside quotation marks,
   * an inverted subject the parser misread, or the subject of the clause it hangs from.
   */
  Optional<IndexedWord> subject(BasicTree tree, IndexedWord verb) {
    Optional<IndexedWord> own = ownSubject(tree, verb);
    if (own.isPresent()) {
      return own;
    }
    Optional<IndexedWord> inverted = invertedSubject(tree, verb);
    if (inverted.isPresent()) {
      return inverted;
    }
    IndexedWord word = verb;
    for (int step = 0; step < MAX_CLIMB; step++) {
      Optional<IndexedWord> head = tree.head(word);
      if (head.isEmpty()) {
        break;
      }
      IndexedWord up = head.get();
      if (isClosedRelative(tree, up, word)) {
        // "looping the stadium - where the team played - while chanting, '...'": the parser hangs
        // the chant on the relative clause the dash has closed; it belongs to the clause around it
        Optional<IndexedWord> outer = clauseAround(tree, up);
        if (outer.isEmpty()) {
          break;
        }
        word = up;
        up = outer.get();
        Optional<IndexedWord> subject = ownSubject(tree, up);
        if (subject.isPresent()) {
          return subject;
        }
        word = up;
        continue;
      }
      Optional<IndexedWord> bearer = bearer(tree, word, up);
      if (bearer.isPresent()) {
        return bearer;
      }
      Optional<IndexedWord> subject = ownSubject(tree, up);
      // "she said he would go, adding that ...": "go" is what she said, not who adds; and "she
      // said she believes we must act, saying ...": what she believes is not who says
      boolean isContent =
          Dependencies.relationToHead(tree.graph(), up).equals("ccomp")
              && tree.head(up).map(SpeakerFinder::reportsSpeechOrBelief).orElse(false);
      if (subject.isPresent() && !isContent) {
        return subject;
      }
      word = up;
    }
    return Optional.empty();
  }

  /**
   * Whether {@code relative} is a relative clause closed by a dash or parenthesis before {@code
   * clause}, which hangs from it.
   */
  private static boolean isClosedRelative(BasicTree tree, IndexedWord relative, IndexedWord clause) {
    if (!Dependencies.relationToHead(tree.graph(), relative).equals("acl:relcl")
        || clause.index() < relative.index()) {
      return false;
    }
    for (int i = relative.index() + 1; i < clause.index(); i++) {
      String word = tree.sentence().token(i).word();
      if (CLOSING_MARKS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest verb above the noun that {@code relative} modifies. */
  private static Optional<IndexedWord> clauseAround(BasicTree tree, IndexedWord relative) {
    Optional<IndexedWord> node = tree.head(relative);
    for (int step = 0; node.isPresent() && step < MAX_CLAUSE_CLIMB; step++) {
      IndexedWord word = node.get();
      if (word.tag() != null && word.tag().startsWith("VB")) {
        return node;
      }
      node = tree.head(word);
    }
    return Optional.empty();
  }

  /**
   * "police arrested a man shouting 'fire'", "the senator, despite admitting that ...", "footage of
   * the mayor saying ...": a verb without a subject that hangs from a noun of people, or from a
   * record of one, is said by them, not by the subject of the clause above.
   */
  private Optional<IndexedWord> bearer(BasicTree tree, IndexedWord verb, IndexedWord noun) {
    boolean isVerb = verb.tag() != null && verb.tag().startsWith("VB");
    boolean isNoun = noun.tag() != null && noun.tag().startsWith("NN");
    if (!isVerb
        || !isNoun
        || isQuoted(tree.sentence(), noun)
        || !Dependencies.matches(Dependencies.relationToHead(tree.graph(), verb), NOUN_ATTACHMENTS)) {
      return Optional.empty();
    }
    if (isPersonal(noun)) {
      return Optional.of(noun);
    }
    if (!RECORD_NOUNS.contains(lemma(noun))) {
      return Optional.empty();
    }
    return children(tree.graph(), noun, RECORDED).stream()
        .filter(SpeakerFinder::isPersonal)
        .filter(person -> !isQuoted(tree.sentence(), person))
        .findFirst();
  }

  /** A name of a person or organisation, or a common noun of people ("a man", "protesters"). */
  private static boolean isPersonal(IndexedWord noun) {
    String ner = noun.ner();
    if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
      return true;
    }
    return noun.tag() != null
        && noun.tag().startsWith("NN")
        && !noun.tag().startsWith("NNP")
        && Animacy.isAnimate(lemma(noun));
  }

  private static boolean reportsSpeechOrBelief(IndexedWord word) {
    return isReportingVerb(word)
        || (word.tag() != null
            && word.tag().startsWith("VB")
            && ReportingWords.reportsBelief(lemma(word)));
  }

  /**
   * Who a noun of speech belongs to: "Trump's claim", "the claim by Trump", "a statement from the
   * ministry"; outside quotation marks.
   */
  Optional<IndexedWord> owner(BasicTree tree, IndexedWord noun) {
    return children(tree.graph(), noun, OWNERS).stream()
        .filter(owner -> !isQuoted(tree.sentence(), owner))
        .filter(owner -> !QuoteWords.COMPLEMENTIZERS.contains(lower(owner)))
        .findFirst();
  }

  /** Whether the verb has a subject of its own (written before it, or inverted after it). */
  boolean hasOwnSubject(BasicTree tree, IndexedWord verb) {
    return ownSubject(tree, verb).isPresent() || invertedSubject(tree, verb).isPresent();
  }

  /**
   * Whether the verb's own subject or agent lies in quotation marks: in "attacked by '20 masked
   * men'" the quoted words are not who reports them, and the verb is not the cue.
   */
  boolean hasQuotedSubject(BasicTree tree, IndexedWord verb) {
    List<IndexedWord> subjects = new ArrayList<>(children(tree.graph(), verb, SUBJECTS));
    subjects.addAll(children(tree.graph(), verb, AGENTS));
    return subjects.stream().anyMatch(s -> isQuoted(tree.sentence(), s));
  }

  private Optional<IndexedWord> ownSubject(BasicTree tree, IndexedWord verb) {
    SemanticGraph graph = tree.graph();
    List<IndexedWord> subjects = new ArrayList<>(children(graph, verb, SUBJECTS));
    subjects.addAll(children(graph, verb, AGENTS));
    // "As a reporter for the agency reported, ...": the parser may read "as" as a preposition
    for (IndexedWord as : children(graph, verb, AS_PHRASES)) {
      if (as.index() < verb.index() && tree.sentence().token(1).word().equalsIgnoreCase("as")) {
        subjects.add(as);
      }
    }
    if (lemma(verb).equals("quote")) {
      subjects.addAll(children(graph, verb, PASSIVE_SUBJECTS)); // "he was quoted as saying"
    }
    List<IndexedWord> usable =
        subjects.stream()
            .filter(s -> !lower(s).equals("there"))
            .flatMap(s -> Datelines.past(graph, s).stream()) // "BOSTON (AP) — ... she said"
            .filter(s -> !QuoteWords.RELATIVE_PRONOUNS.contains(lower(s)))
            .filter(s -> !isQuoted(tree.sentence(), s))
            .toList();
    return usable.size() < 2 ? usable.stream().findFirst() : nearest(graph, verb, usable);
  }

  /**
   * Of several subjects, the one written next to the verb: in "These workers, the manager
   * explained, were paid well" the parser gives "explained" both nouns, and the speaker is the one
   * beside the verb. A noun coordinated with another ("the union and its lawyers said") stands for
   * the first.
   */
  private static Optional<IndexedWord> nearest(
      SemanticGraph graph, IndexedWord verb, List<IndexedWord> subjects) {
    IndexedWord best = null;
    for (IndexedWord subject : subjects) {
      boolean conjunct = Dependencies.relationToHead(graph, subject).startsWith("conj");
      boolean before = subject.index() < verb.index();
      if (conjunct) {
        continue;
      }
      if (best == null
          || (before && (best.index() > verb.index() || subject.index() > best.index()))) {
        best = subject;
      }
    }
    return Optional.ofNullable(best == null ? subjects.get(0) : best);
  }

  /**
   * "'...,' said Voss in a televised address": after a quotation news English puts the subject
   * after the verb, and the parser sometimes reads it as an object or complement. A noun right
   * after a verb of saying that takes no addressee is its subject.
   */
  private Optional<IndexedWord> invertedSubject(BasicTree tree, IndexedWord verb) {
    if (!QuoteWords.INVERTING_VERBS.contains(lemma(verb)) || !followsBreak(tree.sentence(), verb)) {
      return Optional.empty();
    }
    for (IndexedWord noun : children(tree.graph(), verb, MISREAD_INVERTED_SUBJECTS)) {
      boolean isNoun =
          noun.tag() != null && (noun.tag().startsWith("NN") || noun.tag().equals("PRP"));
      if (isNoun
          && noun.index() > verb.index()
          && noun.index() <= verb.index() + 4
          && !isQuoted(tree.sentence(), noun)) {
        return Optional.of(noun);
      }
    }
    return Optional.empty();
  }

  /**
   * "'...,' Merkley said." or "'...,' said Tim Hess": when the parse gives the verb no usable
   * subject, the plain noun phrase written between the closing mark and the verb, or right after
   * the verb up to a comma or the end.
   */
  private Optional<Phrase> nameBeside(ParsedSentence sentence, IndexedWord verb) {
    int index = verb.index();
    int first = index;
    while (first > 1 && isPlainNounWord(sentence, first - 1)) {
      first--;
    }
    if (first < index && (first == 1 || isQuotationEnd(sentence, first - 1))) {
      Span span = sentence.tokenSpan(first, index - 1);
      return Optional.of(Phrase.of(sentence.words(span), span));
    }
    int last = index;
    while (last < sentence.tokens().size() && isPlainNounWord(sentence, last + 1)) {
      last++;
    }
    boolean ends = last == sentence.tokens().size() || !isWordToken(sentence.token(last + 1));
    if (last > index && ends && isProperName(sentence, index + 1, last)) {
      Span span = sentence.tokenSpan(index + 1, last);
      return Optional.of(Phrase.of(sentence.words(span), span));
    }
    return Optional.empty();
  }

  /**
   * Whether a quotation or a comma comes right before the verb ("'...,' said Ruiz", "..., said one
   * official"): the places where news English inverts its attribution.
   */
  private boolean followsBreak(ParsedSentence sentence, IndexedWord verb) {
    for (int i = verb.index() - 1; i >= 1 && i >= verb.index() - 2; i--) {
      if (isQuotationEnd(sentence, i) || sentence.token(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlainNounWord(ParsedSentence sentence, int index) {
    CoreLabel token = sentence.token(index);
    return token.tag() != null && NOUN_PHRASE_TAGS.contains(token.tag()) && !quoted.isQuoted(token);
  }

  private boolean isQuotationEnd(ParsedSentence sentence, int index) {
    CoreLabel token = sentence.token(index);
    return quoted.around(token).map(q -> q.span().end() == token.endPosition()).orElse(false);
  }

  private static boolean isProperName(ParsedSentence sentence, int first, int last) {
    for (int i = first; i <= last; i++) {
      String tag = sentence.token(i).tag();
      if (tag != null && tag.startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordToken(CoreLabel token) {
    return Character.isLetterOrDigit(token.word().charAt(0));
  }

  private Optional<Phrase> speakerPhrase(
      ParsedSentence sentence, BasicTree tree, IndexedWord subject) {
    SemanticGraph graph = tree.graph();
    Optional<IndexedWord> maker = maker(tree, subject);
    if (maker.isPresent()) {
      return speakerPhrase(sentence, tree, maker.get());
    }
    Optional<IndexedWord> principal = principal(graph, subject);
    if (principal.isPresent()) {
      return phrase(sentence, principal.get());
    }
    Optional<Phrase> phrase = phrase(sentence, subject);
    if (phrase.isEmpty() || isProperNoun(subject)) {
      return phrase;
    }
    Optional<Phrase> named =
        tree.head(subject).flatMap(verb -> nameBeforeDescription(sentence, phrase.get(), verb));
    if (named.isPresent()) {
      return named;
    }
    for (IndexedWord apposition : children(graph, subject, APPOSITIONS)) {
      if (isProperNoun(apposition) && !isQuoted(sentence, apposition)) {
        Optional<Phrase> name = NounPhrases.phrase(sentence, apposition, ImmutableSet.of(), false);
        if (name.isPresent()) {
          Span span = phrase.get().span().union(name.get().span());
          return Optional.of(Phrase.of(sentence.words(span), span));
        }
      }
    }
    return phrase;
  }

  /**
   * "the minister made a blunt comment that called the strikers 'saboteurs'": a statement named as
   * the subject speaks for whoever made it, the subject of the verb it is the object of. Only
   * someone written outside quotation marks, and never a statement again.
   */
  private Optional<IndexedWord> maker(BasicTree tree, IndexedWord subject) {
    if (!QuoteWords.SPEECH_NOUNS.contains(lemma(subject))
        || !Dependencies.relationToHead(tree.graph(), subject).equals("obj")) {
      return Optional.empty();
    }
    return tree.head(subject)
        .flatMap(verb -> ownSubject(tree, verb))
        .filter(maker -> !QuoteWords.SPEECH_NOUNS.contains(lemma(maker)));
  }

  /**
   * Who made the statement a source names: "according to a speech the senator gave", "according
   * to a statement from the ministry". Only a noun of speech has a maker; "according to the
   * report" names its source itself.
   */
  private Optional<IndexedWord> statementMaker(BasicTree tree, IndexedWord source) {
    if (!QuoteWords.SPEECH_NOUNS.contains(lemma(source))) {
      return Optional.empty();
    }
    Optional<IndexedWord> owner = owner(tree, source);
    if (owner.isPresent()) {
      return owner;
    }
    for (IndexedWord clause : children(tree.graph(), source, STATEMENT_CLAUSES)) {
      for (IndexedWord maker : children(tree.graph(), clause, SUBJECTS)) {
        if (!QuoteWords.RELATIVE_PRONOUNS.contains(lower(maker))
            && !isQuoted(tree.sentence(), maker)
            && maker.index() < clause.index()) {
          return Optional.of(maker);
        }
      }
    }
    return Optional.empty();
  }

  /** "his spokesman", "a spokeswoman for the ministry": the one the spokesperson speaks for. */
  private static Optional<IndexedWord> principal(SemanticGraph graph, IndexedWord subject) {
    List<IndexedWord> parts = new ArrayList<>();
    parts.add(subject);
    parts.addAll(children(graph, subject, NAME_PARTS));
    for (IndexedWord part : parts) {
      if (!QuoteWords.SPOKESPERSON_NOUNS.contains(lower(part))) {
        continue;
      }
      for (IndexedWord owner : children(graph, part, POSSESSORS)) {
        return Optional.of(owner);
      }
      for (IndexedWord owner : children(graph, part, PRINCIPALS)) {
        return Optional.of(owner);
      }
      if (!part.equals(subject)) {
        for (IndexedWord owner : children(graph, subject, POSSESSORS)) {
          return Optional.of(owner);
        }
      }
    }
    return Optional.empty();
  }

  /** "in a televised address", "of the ministry": nominal modifiers other than a possessor. */
  private static List<IndexedWord> prepositionalModifiers(SemanticGraph graph, IndexedWord noun) {
    List<IndexedWord> modifiers = new ArrayList<>(children(graph, noun, NOUN_MODIFIERS));
    modifiers.removeAll(children(graph, noun, POSSESSORS));
    return modifiers;
  }

  private static boolean isProperNoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("NNP");
  }

  private boolean isQuoted(ParsedSentence sentence, IndexedWord word) {
    return quoted.isQuoted(sentence.token(word.index()));
  }

  /**
   * The phrase headed by {@code head}. A name takes no prepositional phrase: in "said Voss in a
   * televised address" the address is where he said it, whatever the parser attached it to.
   */
  private static Optional<Phrase> phrase(ParsedSentence sentence, IndexedWord head) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return NounPhrases.phrase(sentence, head, ImmutableSet.of(), true);
    }
    Set<IndexedWord> leaveOut = new HashSet<>();
    if (isProperNoun(head)) {
      leaveOut.addAll(prepositionalModifiers(graph, head));
    }
    IndexedWord first = graph.getNodeByIndexSafe(1);
    if (first != null) {
      leaveOut.addAll(Datelines.words(graph, first)); // "KESTON, Ore. - Keston Police say"
    }
    return NounPhrases.phrase(sentence, head, leaveOut, true);
  }
}
