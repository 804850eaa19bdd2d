package org.eventfacts.actor;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Fact;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Links the slots of facts to the actors they refer to, so that {@link DocumentFacts#nameOf} gives
 * the canonical name: a quote's speaker "he" or "Voss" to Ana Voss.
 *
 * <pre>{@code
 * ActorLinker linker = ActorLinker.of(text, actors);
 * DocumentFacts linked = linker.linkFacts(facts);   // every Phrase slot with its actorId set
 * linked.nameOf(linked.quotes().get(0).speaker())   // "Ana Voss", where the text says "she"
 * }</pre>
 *
 * <p>A phrase refers to an actor when it lies inside one of the actor's mentions ("Voss" in
 * "Interior Minister Ana Voss"), or when the word that heads it does: "Interior Minister Ana Voss"
 * is Ana Voss, "his spokeswoman, Ana Voss" is Ana Voss, but "a reporter for the Kestrel News
 * Agency" and "Voss's lawyer" are neither the agency nor Voss. A phrase that already has an actor
 * keeps it.
 */
public final class ActorLinker {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private record Located(Actor actor, Span span) {}

  private final ParsedText text;
  private final ImmutableList<Actor> actors;
  private final ImmutableList<Located> mentions;

  private ActorLinker(ParsedText text, List<Actor> actors) {
    this.text = text;
    this.actors = ImmutableList.copyOf(actors);
    List<Located> all = new ArrayList<>();
    for (Actor actor : actors) {
      for (Span span : actor.mentions()) {
        all.add(new Located(actor, span));
      }
    }
    this.mentions = ImmutableList.copyOf(all);
  }

  /** A linker to {@code actors}, which were read from {@code text}. */
  public static ActorLinker of(ParsedText text, List<Actor> actors) {
    checkNotNull(text, "text");
    checkNotNull(actors, "actors");
    return new ActorLinker(text, actors);
  }

  /** {@code facts} with every phrase slot linked to its actor, and all the linker's actors. */
  public DocumentFacts linkFacts(DocumentFacts facts) {
    return linked(facts, actors);
  }

  /**
   * {@code facts} with every phrase slot linked to its actor, and only the actors some slot refers
   * to: for an extractor asked for quotes or arrests but not for actors.
   */
  public DocumentFacts linkFactsKeepingReferencedActors(DocumentFacts facts) {
    DocumentFacts linked = linked(facts, ImmutableList.of());
    Set<String> referenced = new HashSet<>();
    for (Fact fact : linked.facts()) {
      for (Phrase phrase : slots(fact)) {
        if (phrase != null && phrase.actorId() != null) {
          referenced.add(phrase.actorId());
        }
      }
    }
    List<Actor> kept = actors.stream().filter(a -> referenced.contains(a.id())).toList();
    return new DocumentFacts(
        linked.id(), linked.text(), linked.casualties(), linked.arrests(), linked.quotes(), kept);
  }

  private DocumentFacts linked(DocumentFacts facts, List<Actor> withActors) {
    List<CasualtyCount> casualties = new ArrayList<>();
    for (CasualtyCount c : facts.casualties()) {
      casualties.add(
          new CasualtyCount(
              c.outcome(),
              c.count(),
              link(c.victims()),
              link(c.perpetrator()),
              link(c.source()),
              c.hedged(),
              c.evidence()));
    }
    List<Arrest> arrests = new ArrayList<>();
    for (Arrest a : facts.arrests()) {
      arrests.add(
          new Arrest(
              link(a.arrestee()),
              a.count(),
              link(a.authority()),
              a.charge(),
              link(a.source()),
              a.hedged(),
              a.evidence()));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : facts.quotes()) {
      quotes.add(
          new Quote(q.text(), q.kind(), link(q.speaker()), q.cue(), q.channel(), q.evidence()));
    }
    return new DocumentFacts(facts.id(), facts.text(), casualties, arrests, quotes, withActors);
  }

  /** The slots of {@code fact} that may refer to an actor. */
  private static List<@Nullable Phrase> slots(Fact fact) {
    List<@Nullable Phrase> slots = new ArrayList<>();
    if (fact instanceof CasualtyCount c) {
      slots.add(c.victims());
      slots.add(c.perpetrator());
      slots.add(c.source());
    } else if (fact instanceof Arrest a) {
      slots.add(a.arrestee());
      slots.add(a.authority());
      slots.add(a.source());
    } else if (fact instanceof Quote q) {
      slots.add(q.speaker());
    }
    return slots;
  }

  /** {@code phrase} linked to the actor it refers to; unchanged when it refers to none. */
  public @Nullable Phrase link(@Nullable Phrase phrase) {
    if (phrase == null || phrase.actorId() != null) {
      return phrase;
    }
    return actorOf(phrase.span()).map(actor -> phrase.withActor(actor.id())).orElse(phrase);
  }

  /** The actor the words at {@code span} refer to. */
  public Optional<Actor> actorOf(Span span) {
    span = withoutTrailingParenthesis(span);
    Located enclosing = null;
    List<Located> inside = new ArrayList<>();
    for (Located mention : mentions) {
      if (mention.span.contains(span)) {
        if (enclosing == null || mention.span.length() < enclosing.span.length()) {
          enclosing = mention;
        }
      } else if (span.contains(mention.span)) {
        inside.add(mention);
      }
    }
    if (enclosing != null) {
      return Optional.of(enclosing.actor);
    }
    Optional<ParsedSentence> sentence = sentenceOf(span);
    if (inside.isEmpty()) {
      return sentence.isEmpty() || sentence.get().graph() == null
          ? Optional.empty()
          : byApposition(sentence.get(), sentence.get().graph(), span);
    }
    if (sentence.isEmpty() || sentence.get().graph() == null) {
      return endingWith(span, inside);
    }
    Optional<Actor> headed = byHead(sentence.get(), sentence.get().graph(), span, inside);
    return headed.isPresent() ? headed : byApposition(sentence.get(), sentence.get().graph(), span);
  }

  /**
   * "Ana Voss, a historian who attended the session": a description set in apposition to a name
   * refers to the name's actor, wherever the phrase boundary fell; but not a description the verb
   * right after it has as subject ("... and a boy from Norland, a port official said").
   */
  private Optional<Actor> byApposition(ParsedSentence sentence, SemanticGraph graph, Span span) {
    if (isFollowedByAVerb(sentence, span)) {
      return Optional.empty(); // "... from Norland, a port official said": the subject
    }
    Optional<Actor> written = nameWrittenBefore(span);
    if (written.isPresent()) {
      return written;
    }
    IndexedWord head = headOf(sentence, graph, span);
    if (head == null) {
      return Optional.empty();
    }
    List<IndexedWord> beside = new ArrayList<>();
    Dependencies.headEdge(graph, head)
        .filter(edge -> edge.getRelation().toString().equals("appos"))
        .ifPresent(edge -> beside.add(edge.getGovernor()));
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      if (edge.getRelation().toString().equals("appos")) {
        beside.add(edge.getDependent());
      }
    }
    for (IndexedWord word : beside) {
      Optional<Actor> named = at(sentence.span(word), mentions);
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /** Whether the word right after {@code span} is a verb: the phrase is its subject. */
  private static boolean isFollowedByAVerb(ParsedSentence sentence, Span span) {
    for (CoreLabel token : sentence.tokens()) {
      if (token.beginPosition() >= span.end()) {
        return token.tag() != null && token.tag().startsWith("VB");
      }
    }
    return false;
  }

  /**
   * "As Ana Voss, a tax lawyer at the institute, put it": a description that opens with a
   * determiner right after a person's name and a comma is that person, however it was parsed.
   */
  private Optional<Actor> nameWrittenBefore(Span span) {
    String words = span.coveredText(text.text());
    String firstWord = WHITESPACE.split(words, 2)[0].toLowerCase(java.util.Locale.ROOT);
    if (!firstWord.equals("a") && !firstWord.equals("an") && !firstWord.equals("the")) {
      return Optional.empty();
    }
    for (Located mention : mentions) {
      if (mention.actor.kind() != ActorKind.PERSON || mention.span.end() > span.start()) {
        continue;
      }
      String between = text.text().substring(mention.span.end(), span.start());
      if (between.strip().equals(",")) {
        return Optional.of(mention.actor);
      }
    }
    return Optional.empty();
  }

  /**
   * The head of the words at {@code span}: of the words whose governor lies outside it, the one
   * that governs most of it ("Rep. Ana Voss (D-Md.)" is headed by "Voss", not by "Md.").
   */
  private static @Nullable IndexedWord headOf(ParsedSentence sentence, SemanticGraph graph, Span span) {
    IndexedWord head = null;
    int governed = -1;
    int parentheses = 0;
    for (int i = 1; i <= sentence.tokens().size(); i++) {
      CoreLabel token = sentence.token(i);
      if (!span.contains(new Span(token.beginPosition(), token.endPosition()))) {
        continue;
      }
      if (token.word().equals("(") || "-LRB-".equals(token.tag())) {
        parentheses++;
      } else if ((token.word().equals(")") || "-RRB-".equals(token.tag())) && parentheses > 0) {
        parentheses--;
      }
      IndexedWord word = sentence.wordAt(i);
      if (parentheses > 0) {
        continue; // "(D-Md.)" after a name never heads the phrase
      }
      if (word == null) {
        continue;
      }
      Optional<IndexedWord> governor = Dependencies.head(graph, word);
      if (governor.isEmpty() || !span.contains(sentence.span(governor.get()))) {
        int size = 0;
        for (IndexedWord below : graph.descendants(word)) {
          if (span.contains(sentence.span(below))) {
            size++;
          }
        }
        if (size > governed) {
          head = word;
          governed = size;
        }
      }
    }
    return head;
  }

  /** The mention that holds the phrase's head word, or is set beside it. */
  private Optional<Actor> byHead(
      ParsedSentence sentence, SemanticGraph graph, Span span, List<Located> inside) {
    IndexedWord head = headOf(sentence, graph, span);
    if (head == null) {
      return Optional.empty();
    }
    Optional<Actor> direct = at(sentence.span(head), inside);
    if (direct.isPresent()) {
      return direct;
    }
    // "his spokeswoman, Ana Voss": the name set beside the head noun; after a title word, a
    // person's name however parsed ("head of government Ana Voss" read as "head of (Ana Voss)")
    Optional<Actor> author = authorOfDocument(sentence, graph, head, inside);
    if (author.isPresent()) {
      return author;
    }
    boolean title = TitleWords.isHead(head.word());
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      String relation = edge.getRelation().toString();
      IndexedWord child = edge.getDependent();
      boolean beside =
          relation.equals("appos")
              || (child.index() > head.index()
                  && (relation.equals("compound")
                      || relation.equals("flat")
                      || relation.equals("dep")));
      Optional<Actor> named = at(sentence.span(child), inside);
      if (named.isEmpty()) {
        continue;
      }
      boolean person = named.get().kind() == ActorKind.PERSON;
      if (beside
          || (title && person && child.index() > head.index() && !relation.equals("nmod:poss"))) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * "The IMF report said", "Voss's statement said", "an analysis by the institute found",
   * "footage of Voss shows": what a document or recording says, its author or subject says.
   */
  private static Optional<Actor> authorOfDocument(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head, List<Located> inside) {
    String noun = Dependencies.lemma(head);
    boolean document = DOCUMENT_NOUNS.contains(noun);
    boolean recording = RECORDING_NOUNS.contains(noun);
    if (!document && !recording) {
      return Optional.empty();
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      String relation = edge.getRelation().toString();
      boolean author =
          relation.equals("compound")
              || relation.equals("nmod:poss")
              || relation.equals("nmod:by")
              || (recording && relation.equals("nmod:of"));
      if (author) {
        Optional<Actor> named = at(sentence.span(edge.getDependent()), inside);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  /** Nouns of what an author issues and that "says" things on the author's behalf. */
  private static final com.google.common.collect.ImmutableSet<String> DOCUMENT_NOUNS =
      com.google.common.collect.ImmutableSet.of(
          "report", "statement", "study", "analysis", "survey", "poll", "memo", "letter", "release",
          "filing", "complaint", "lawsuit", "ad", "advertisement", "spot", "commercial", "tweet",
          "post", "website", "blog", "book", "paper", "speech", "remarks", "announcement");

  /** Nouns of a recording of someone, who is the one speaking in it. */
  private static final com.google.common.collect.ImmutableSet<String> RECORDING_NOUNS =
      com.google.common.collect.ImmutableSet.of("footage", "video", "clip", "recording", "audio", "tape");

  /** "Rep. Ana Voss (D-Md.)" is read as "Rep. Ana Voss": a closing parenthesis adds no head. */
  private Span withoutTrailingParenthesis(Span span) {
    String words = span.coveredText(text.text());
    int open = words.lastIndexOf('(');
    if (!words.stripTrailing().endsWith(")") || open <= 0) {
      return span;
    }
    int end = span.start() + words.substring(0, open).stripTrailing().length();
    return end > span.start() ? new Span(span.start(), end) : span;
  }

  private static Optional<Actor> at(Span word, List<Located> inside) {
    return inside.stream().filter(m -> m.span.contains(word)).map(Located::actor).findFirst();
  }

  /**
   * Without a parse: the mention the phrase ends with, as English noun phrases end in their head.
   */
  private static Optional<Actor> endingWith(Span span, List<Located> inside) {
    return inside.stream().filter(m -> m.span.end() == span.end()).map(Located::actor).findFirst();
  }

  private Optional<ParsedSentence> sentenceOf(Span span) {
    for (ParsedSentence sentence : text.sentences()) {
      if (sentence.span().contains(span)) {
        return Optional.of(sentence);
      }
    }
    return Optional.empty();
  }
}
