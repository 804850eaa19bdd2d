package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * Resolves a definite description to the actor it stands for, the way news prose avoids repeating a
 * name: "the head of state" or "the president" to the latest person with that title, "the
 * 68-year-old" to the latest person of that age, "the ministry" or "the party" to the latest
 * organisation whose name ends in that noun or that was called so ("his party, the Civic Union"). A
 * description set beside a name ("the leader, Ivo Lentz") is that name's title, not a reference.
 */
final class DescriptionResolver {

  private static final Pattern AGE = Pattern.compile("(\\d{1,3})-years?-old");
  private static final ImmutableSet<String> SINGULAR_NOUNS = ImmutableSet.of("NN", "NNP", "JJ");

  /**
   * Nouns that say only that someone is close to the possessor, so that "Lentz's closest aide" may
   * be anyone the text tied to Lentz; an office ("Lentz's lawyer") must match a title.
   */
  private static final ImmutableSet<String> RELATION_NOUNS =
      ImmutableSet.of(
          "aide",
          "confidant",
          "confidante",
          "ally",
          "associate",
          "protege",
          "protégé",
          "loyalist",
          "friend",
          "lieutenant",
          "adviser",
          "advisor",
          "right-hand");

  /** A description and the actor it refers to. */
  record Resolved(Mention mention, Entity entity) {}

  private final MentionIndex index;
  private final Salience salience;

  DescriptionResolver(MentionIndex index, Salience salience) {
    this.index = index;
    this.salience = salience;
  }

  /**
   * The description that starts at token {@code start} (an article, or the possessive ending after
   * a name), and its actor.
   */
  Optional<Resolved> resolve(ParsedSentence sentence, int start) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    String word = sentence.token(start).word();
    if (word.equals("'s") || word.equals("’s")) {
      return resolvePossessed(sentence, graph, start);
    }
    return word.equalsIgnoreCase("the")
        ? resolveDefinite(sentence, graph, start)
        : Optional.empty();
  }

  /**
   * "Lentz's spokesman", "Lentz's closest aide": the person the text has already tied to the
   * possessor ("Lentz's former chief of staff Ana Voss", "his spokesman, Ana Voss") with that
   * title, or, for a noun of mere closeness ("aide", "confidant"), with any title.
   */
  private Optional<Resolved> resolvePossessed(
      ParsedSentence sentence, SemanticGraph graph, int ending) {
    if (ending < 2) {
      return Optional.empty();
    }
    Optional<Entity> owner = index.entityAt(sentence.index(), ending - 1);
    IndexedWord possessor = graph.getNodeByIndexSafe(ending - 1);
    if (owner.isEmpty() || possessor == null) {
      return Optional.empty();
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, possessor);
    if (up.isEmpty() || !up.get().getRelation().toString().equals("nmod:poss")) {
      return Optional.empty();
    }
    IndexedWord head = up.get().getGovernor();
    if (head.index() <= ending
        || !"NN".equals(head.tag())
        || index.entityAt(sentence.index(), head.index()).isPresent()
        || !isContiguous(graph, ending, head)
        || standsBesideAName(sentence, graph, head)) {
      return Optional.empty();
    }
    String noun = TitleWords.lower(head.word());
    Predicate<Entity> tied =
        e -> e != owner.get() && e.kind() == ActorKind.PERSON && isAffiliatedTo(e, owner.get());
    Optional<Entity> entity = latest(sentence, ending, e -> tied.test(e) && e.hasTitle(noun));
    if (entity.isEmpty() && RELATION_NOUNS.contains(noun)) {
      entity = latest(sentence, ending, tied);
    }
    Mention mention = new Mention(sentence, ending + 1, head.index());
    return entity.map(e -> new Resolved(mention, e));
  }

  private boolean isAffiliatedTo(Entity entity, Entity owner) {
    for (Affiliation affiliation : entity.affiliations()) {
      Mention words = affiliation.words();
      if (words != null
          && index.entityAt(words.sentenceIndex(), words.first()).orElse(null) == owner) {
        return true;
      }
    }
    return false;
  }

  private Optional<Resolved> resolveDefinite(
      ParsedSentence sentence, SemanticGraph graph, int article) {
    IndexedWord determiner = graph.getNodeByIndexSafe(article);
    if (determiner == null) {
      return Optional.empty();
    }
    Optional<IndexedWord> found = Dependencies.head(graph, determiner);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IndexedWord head = found.get();
    if (head.index() <= article
        || head.tag() == null
        || !SINGULAR_NOUNS.contains(head.tag())
        || index.entityAt(sentence.index(), head.index()).isPresent()
        || !isContiguous(graph, article, head)
        || standsBesideAName(sentence, graph, head)) {
      return Optional.empty();
    }
    int last = head.index();
    String headWord = TitleWords.lower(head.word());
    String description = sentence.words(sentence.tokenSpan(article + 1, head.index()));
    for (IndexedWord of : Dependencies.children(graph, head, ImmutableSet.of("nmod:of"))) {
      if (index.entityAt(sentence.index(), of.index()).isPresent()) {
        return Optional.empty(); // "the leader of the Harbour Union": someone else, unnamed
      }
      if (of.tag() != null
          && of.tag().startsWith("NN")
          && Capitals.isLowerCase(of.word())
          && of.index() == head.index() + 2) {
        last = of.index(); // "the head of state"
        description = sentence.words(sentence.tokenSpan(article + 1, last));
      }
    }
    Mention mention = new Mention(sentence, article, last);
    Optional<Entity> entity = Optional.empty();
    Matcher age = AGE.matcher(description);
    if (age.matches()) {
      int years = Integer.parseInt(age.group(1));
      entity =
          latest(
              sentence,
              article,
              e -> e.kind() == ActorKind.PERSON && Integer.valueOf(years).equals(e.age()));
    } else if (TitleWords.isHead(headWord)) {
      String wanted = description.toLowerCase(Locale.ROOT);
      entity = latest(sentence, article, e -> e.kind() == ActorKind.PERSON && e.hasTitle(wanted));
      if (entity.isEmpty()) {
        entity =
            latest(sentence, article, e -> e.kind() == ActorKind.PERSON && e.hasTitle(headWord));
      }
    }
    if (entity.isEmpty()) {
      entity =
          latest(
              sentence,
              article,
              e -> e.kind() == ActorKind.ORGANIZATION && namesOrganisation(e, headWord));
    }
    return entity.map(e -> new Resolved(mention, e));
  }

  private Optional<Entity> latest(ParsedSentence sentence, int token, Predicate<Entity> test) {
    return salience.latest(sentence.index(), token, test);
  }

  private static boolean namesOrganisation(Entity entity, String noun) {
    if (entity.hasTitle(noun)) {
      return true;
    }
    for (Name name : entity.names()) {
      List<String> words = name.words();
      if (words.size() > 1 && words.get(words.size() - 1).equals(noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word between the article and the head belongs to the head's phrase. */
  private static boolean isContiguous(SemanticGraph graph, int article, IndexedWord head) {
    for (int i = article + 1; i < head.index(); i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i);
      if (word == null) {
        return false;
      }
      Optional<IndexedWord> governor = Dependencies.head(graph, word);
      if (governor.isEmpty()
          || governor.get().index() < article
          || governor.get().index() > head.index()) {
        return false;
      }
    }
    return true;
  }

  private boolean standsBesideAName(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      String relation = edge.getRelation().toString();
      Optional<Entity> named = index.entityAt(sentence.index(), edge.getDependent().index());
      if (named.isEmpty() || relation.equals("nmod:poss")) {
        continue;
      }
      if (relation.equals("appos")
          || relation.equals("compound")
          || relation.equals("flat")
          || named.get().kind() == ActorKind.PERSON) {
        return true; // "the head of government Ana Voss", parsed as "head of (Ana Voss)"
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeList(head)) {
      if (edge.getRelation().toString().equals("appos")
          && index.entityAt(sentence.index(), edge.getGovernor().index()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
