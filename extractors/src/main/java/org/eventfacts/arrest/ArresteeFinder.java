package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Follows the dependency graph from a custody word to the people in custody and to who put them
 * there, by the grammar of its {@link TriggerKind}:
 *
 * <ul>
 *   <li>a passive counts its subject and names its "by"-agent as authority ("Jane Roe was taken
 *       into custody by deputies"); an active verb its object, with its subject as authority
 *       ("FBI agents arrested three men"); a participle the noun it describes ("the man arrested
 *       on Friday", "the jailed activist");
 *   <li>a state its subject ("Roe remained in custody", "she is in jail") or the noun it
 *       describes ("the suspect in custody"), and "police custody" names its authority;
 *   <li>a noun its "of" or possessor ("the arrest of two men", "his arrest") or its own number
 *       ("police made 40 arrests");
 *   <li>a surrender its subject, with the "to" as authority ("Roe surrendered to police").
 * </ul>
 *
 * <p>Coordinated arrestees are read one by one ("Rhines and Wilson were arrested"), and so are
 * the names in apposition to a group ("The men, Curtis Vail and Owen Teague, were detained") and
 * the members of an "including" list ("Activists were arrested, including Eva Marin, Rosa Diaz
 * and the actor Pedro Gil"), where the parser reads the commas as appositions: an apposition that
 * is a name, or a title with a name, is another member; one that is a description ("wife of the
 * painter Luis Soto") describes the member before it. A relative pronoun stands for the noun its
 * clause describes ("a teacher, Ana Cruz, who was arrested"), and "those arrested" for the members
 * the sentence lists ("Those arrested included students and teachers", "Among those arrested was
 * Ana Cruz").
 *
 * <p>When the clause names no authority, or only a pronoun ("Deputies say they arrested him"),
 * the authority is who announced or ordered the arrest: "The agency announced that Ivan Petrov had
 * been arrested", "Judge Ann Lee ordered Smith held until trial".
 */
final class ArresteeFinder {

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:pass");
  /** Objects; the parser sometimes reads "detained the trader Paul Ferris" as an indirect one. */
  private static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj", "iobj");
  /** The "by"-agent of a passive verb (the parser gives a coordinated passive a plain "by"). */
  private static final ImmutableSet<String> AGENTS = ImmutableSet.of("obl:agent", "obl:by");

  /** The "by" of an arrest noun: "the arrest by police". */
  private static final ImmutableSet<String> NOUN_AGENTS = ImmutableSet.of("nmod:agent", "nmod:by");
  private static final ImmutableSet<String> CONJUNCTS = ImmutableSet.of("conj:");
  private static final ImmutableSet<String> INCLUDING = ImmutableSet.of("obl:including", "nmod:including");
  private static final ImmutableSet<String> ANNOUNCED_BY = ImmutableSet.of("ccomp", "dep", "parataxis", "xcomp");
  /**
   * "I", "we": a speaker in a quotation, whom the text does not name there; "someone", "anyone":
   * nobody in particular.
   */
  private static final ImmutableSet<String> NOT_ARRESTEES =
      ImmutableSet.of(
          "i", "me", "we", "us", "you", "someone", "anyone", "somebody", "anybody", "everyone",
          "everybody", "whoever", "it", "this", "something", "anything");

  /** Entity types of words that are never the people arrested: "arrested Friday". */
  private static final ImmutableSet<String> NOT_PEOPLE_TYPES =
      ImmutableSet.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "ORDINAL");
  private static final ImmutableSet<String> CLAUSE_SUBJECTS = ImmutableSet.of("csubj", "csubj:pass");
  private static final ImmutableSet<String> RELATIVE_MARKS = ImmutableSet.of("that", "who", "whom", "which");
  private static final ImmutableSet<String> NOUN_ANNOUNCERS =
      ImmutableSet.of("make", "announce", "confirm", "report", "carry", "conduct");

  private final ParsedSentence sentence;
  private final SemanticGraph graph;

  ArresteeFinder(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
  }

  /** The arrests {@code trigger} states, one per arrestee. */
  List<Reading> read(Trigger trigger) {
    return switch (trigger.kind()) {
      case VERB -> verb(trigger);
      case STATE -> state(trigger);
      case NOUN -> noun(trigger);
      case SURRENDER -> surrender(trigger);
    };
  }

  private List<Reading> verb(Trigger trigger) {
    IndexedWord verb = trigger.word();
    String relation = Dependencies.relationToHead(graph, verb);
    List<IndexedWord> arrestees = new ArrayList<>();
    IndexedWord authority;
    String rule;
    Optional<IndexedWord> orderedBy = orderedBy(verb);
    boolean participle = "VBN".equals(verb.tag()) || "JJ".equals(verb.tag());
    if (orderedBy.isPresent()) {
      arrestees.addAll(along(orderedBy.get(), OBJECTS));
      authority = first(children(graph, orderedBy.get(), ImmutableSet.of("nsubj")));
      rule = "arrest.ordered";
    } else if ((relation.equals("amod") || relation.equals("acl"))
        && participle
        && TriggerFinder.describesItsHead(sentence, graph, verb)) {
      Dependencies.head(graph, verb).ifPresent(arrestees::add);
      authority = agentOf(verb);
      rule = "arrest.participle";
    } else if (isPassive(verb)) {
      arrestees.addAll(subjectsOf(verb));
      authority = agentOf(verb);
      if (authority == null) {
        authority = agentOfCoordinated(verb); // "was arrested ... and taken into custody by police"
      }
      rule = "arrest.passive";
    } else {
      arrestees.addAll(along(verb, OBJECTS));
      if (arrestees.isEmpty() && introducedAsRelative(verb)) {
        personBefore(verb).ifPresent(arrestees::add); // "three people inside that they took into custody"
      }
      authority = first(children(graph, verb, ImmutableSet.of("nsubj")));
      rule = "arrest.active";
    }
    arrestees.addAll(includedWith(verb));
    return readings(trigger, arrestees, announcerIfVague(verb, authority), rule);
  }

  /** The "by"-agent of a passive: "by police", not "by Friday". */
  private @Nullable IndexedWord agentOf(IndexedWord verb) {
    for (IndexedWord agent : children(graph, verb, AGENTS)) {
      if (!NOT_PEOPLE_TYPES.contains(String.valueOf(agent.ner()))) {
        return agent;
      }
    }
    return null;
  }

  /** The "by"-agent of a custody passive coordinated with {@code verb}. */
  private @Nullable IndexedWord agentOfCoordinated(IndexedWord verb) {
    List<IndexedWord> coordinated = new ArrayList<>(ownChildren(graph, verb, CONJUNCTS));
    Dependencies.headEdge(graph, verb)
        .filter(edge -> edge.getRelation().toString().startsWith("conj"))
        .ifPresent(edge -> coordinated.add(edge.getGovernor()));
    for (IndexedWord other : coordinated) {
      boolean custody =
          ArrestWords.CUSTODY_VERBS.contains(lemma(other)) || ArrestWords.PLACING_VERBS.contains(lemma(other));
      IndexedWord agent = custody ? agentOf(other) : null;
      if (agent != null) {
        return agent;
      }
    }
    return null;
  }

  /**
   * The verb that orders someone held: "Judge Mary Stone ordered Vic Lang held until trial",
   * "ordered him detained pending trial", a custody decision, unlike "ordered police to arrest
   * them", which only orders it.
   */
  Optional<IndexedWord> orderedBy(IndexedWord verb) {
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, verb);
    if (up.isEmpty() || hasChild(graph, verb, ImmutableSet.of("mark"), ImmutableSet.of("to"))) {
      return Optional.empty();
    }
    String relation = up.get().getRelation().toString();
    IndexedWord governor = up.get().getGovernor();
    boolean complement = relation.equals("xcomp") || relation.equals("dep") || relation.equals("ccomp");
    boolean ordered = lemma(governor).equals("order") && !children(graph, governor, OBJECTS).isEmpty();
    return complement && ordered ? Optional.of(governor) : Optional.empty();
  }

  private List<Reading> state(Trigger trigger) {
    IndexedWord word = trigger.word();
    List<IndexedWord> arrestees = new ArrayList<>();
    IndexedWord place = word;
    if (word.tag() != null && word.tag().startsWith("VB")) {
      arrestees.addAll(subjectsOf(word));
      place = TriggerFinder.custodyPlace(graph, word).orElse(word);
    } else if (!children(graph, word, ImmutableSet.of("cop")).isEmpty()) {
      arrestees.addAll(along(word, SUBJECTS));
    } else {
      Dependencies.head(graph, word).ifPresent(arrestees::add);
    }
    IndexedWord authority = null;
    if (lemma(place).equals("custody")) {
      // "in police custody", "in the custody of the FBI"
      authority = first(children(graph, place, ImmutableSet.of("compound", "nmod:of")));
    }
    return readings(trigger, arrestees, announcerIfVague(word, authority), "arrest.in-custody");
  }

  private List<Reading> noun(Trigger trigger) {
    IndexedWord noun = trigger.word();
    IndexedWord authority = first(children(graph, noun, NOUN_AGENTS));
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, noun);
    if (authority == null && up.isPresent()) {
      String relation = up.get().getRelation().toString();
      IndexedWord verb = up.get().getGovernor();
      if ((relation.equals("obj") || relation.equals("nsubj:pass"))
          && NOUN_ANNOUNCERS.contains(lemma(verb))) {
        authority = relation.equals("obj")
            ? first(children(graph, verb, ImmutableSet.of("nsubj")))
            : agentOf(verb);
      }
    }
    List<IndexedWord> arrestees = new ArrayList<>(along(noun, ImmutableSet.of("nmod:of")));
    if (arrestees.isEmpty()) {
      // "his arrest", "Doe's arrest", and "the employee whose arrest ...", which the parser
      // gives the noun "whose" stands for
      arrestees.addAll(along(noun, ImmutableSet.of("nmod:poss")));
    }
    if (arrestees.isEmpty()) {
      Optional<CountReading> own = CountReader.ofPhrase(sentence, noun);
      if (own.isPresent() && own.get().count().min() != null && own.get().count().min() > 0) {
        return List.of(new Reading(trigger, null, own.get(), authority, "arrest.noun-count"));
      }
    }
    return readings(trigger, arrestees, authority, "arrest.noun");
  }

  private List<Reading> surrender(Trigger trigger) {
    IndexedWord verb = trigger.word();
    IndexedWord authority = first(children(graph, verb, ImmutableSet.of("obl:to")));
    return readings(trigger, subjectsOf(verb), authority, "arrest.surrender");
  }

  private List<Reading> readings(
      Trigger trigger, List<IndexedWord> heads, @Nullable IndexedWord authority, String rule) {
    Set<IndexedWord> arrestees = new LinkedHashSet<>();
    for (IndexedWord head : heads) {
      arrestees.addAll(standsFor(head, trigger.word()));
    }
    List<Reading> readings = new ArrayList<>();
    for (IndexedWord arrestee : arrestees) {
      if (!arrestee.equals(trigger.word()) && canBeArrestee(arrestee)) {
        readings.add(new Reading(trigger, arrestee, null, authority, rule));
      }
    }
    return readings;
  }

  /**
   * Whether a word can name the people arrested: a noun, pronoun, number or "those", not a date
   * ("arrested Friday"), a gerund the parser took for a subject, or "someone".
   */
  private boolean canBeArrestee(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    boolean nominal =
        tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD") || tag.equals("DT")
            || tag.equals("WP") || (tag.equals("JJ") && lower(word).equals("old"));
    return nominal
        && !NOT_PEOPLE_TYPES.contains(String.valueOf(word.ner()))
        && !NOT_ARRESTEES.contains(lower(word));
  }

  /**
   * Whether a word the parser did not give the custody word directly is a person: a word for
   * people, a name, or a number of them. Arrestees read by propagation or repair must be.
   */
  private boolean isPersonLike(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    return People.isPerson(graph, word)
        || tag.startsWith("NNP")
        || CountReader.isQuantity(sentence, word)
        || CountReader.ofPhrase(sentence, word).isPresent();
  }

  /**
   * The words {@code head} stands for: a relative pronoun the noun its clause describes, "those"
   * in "those arrested" the members the sentence lists; otherwise the head itself and the members
   * of an "including" list on it.
   */
  private List<IndexedWord> standsFor(IndexedWord head, IndexedWord trigger) {
    List<IndexedWord> words = new ArrayList<>();
    String lower = lower(head);
    if (ArrestWords.RELATIVE_PRONOUNS.contains(lower) && !"DT".equals(head.tag())) {
      Optional<IndexedWord> described = describedByClause(head).filter(this::isPersonLike);
      (described.isPresent() ? described : personBefore(head)).ifPresent(words::add);
      return words;
    }
    if (ArrestWords.STAND_IN_HEADS.contains(lower) && isDescribedBy(head, trigger)) {
      words.addAll(membersListedFor(head));
      return words;
    }
    words.add(head);
    for (IndexedWord item : children(graph, head, INCLUDING)) {
      words.addAll(listItems(item));
    }
    if (isPlural(head)) {
      // "The men, Curtis Vail, 38, and Owen Teague, 29, were detained": the group and each name
      for (IndexedWord member : ownChildren(graph, head, ImmutableSet.of("appos"))) {
        if (People.isName(member)) {
          words.add(member);
          words.addAll(ownChildren(graph, member, CONJUNCTS));
        }
      }
    }
    return words;
  }

  private static boolean isPlural(IndexedWord word) {
    return "NNS".equals(word.tag()) || "NNPS".equals(word.tag());
  }

  private boolean isDescribedBy(IndexedWord head, IndexedWord trigger) {
    return Dependencies.head(graph, trigger).map(head::equals).orElse(false);
  }

  /** "a teacher, Ana Cruz, who was arrested": the noun a relative clause describes. */
  private Optional<IndexedWord> describedByClause(IndexedWord pronoun) {
    for (SemanticGraphEdge edge : graph.incomingEdgeIterable(pronoun)) {
      if (edge.getRelation().toString().equals("ref")) {
        return Optional.of(edge.getGovernor());
      }
    }
    IndexedWord clause = Dependencies.head(graph, pronoun).orElse(null);
    for (int depth = 0; depth < 3 && clause != null; depth++) {
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, clause);
      if (up.isEmpty()) {
        return Optional.empty();
      }
      String relation = up.get().getRelation().toString();
      IndexedWord governor = up.get().getGovernor();
      boolean describes =
          (relation.startsWith("acl") || relation.equals("dep"))
              && governor.tag() != null
              && (governor.tag().startsWith("NN") || governor.tag().startsWith("PRP"));
      if (describes) {
        return Optional.of(governor);
      }
      if (!relation.startsWith("conj")) {
        return Optional.empty();
      }
      clause = governor;
    }
    return Optional.empty();
  }

  /**
   * "Those arrested included students and teachers", "Ana Cruz was among those arrested", "Among
   * those arrested was Ana Cruz": the members listed for a stand-in.
   */
  private List<IndexedWord> membersListedFor(IndexedWord standIn) {
    List<IndexedWord> members = new ArrayList<>();
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, standIn);
    if (up.isPresent()) {
      String relation = up.get().getRelation().toString();
      IndexedWord governor = up.get().getGovernor();
      if (relation.equals("nsubj") && ArrestWords.INCLUDE_VERBS.contains(lemma(governor))) {
        members.addAll(along(governor, OBJECTS));
      } else if (relation.startsWith("obl:among") || relation.startsWith("nmod:among")) {
        members.addAll(along(governor, SUBJECTS));
        if (members.isEmpty()) {
          members.add(governor); // "Among those arrested was a teacher": the copula's predicate
        }
      }
    }
    if (!children(graph, standIn, ImmutableSet.of("cop")).isEmpty()) {
      members.addAll(along(standIn, SUBJECTS)); // "Ana Cruz was among those arrested"
    }
    return members;
  }

  /**
   * The members of an "including" list, from its first item: the item's conjuncts, and its
   * appositions that are names or titles with names (the parser reads list commas as
   * appositions), but not those that describe it.
   */
  private List<IndexedWord> listItems(IndexedWord first) {
    Set<IndexedWord> items = new LinkedHashSet<>();
    items.add(first);
    for (IndexedWord apposition : children(graph, first, ImmutableSet.of("appos"))) {
      if (isNamed(apposition)) {
        items.add(apposition);
      }
    }
    for (IndexedWord item : new ArrayList<>(items)) {
      items.addAll(ownChildren(graph, item, CONJUNCTS));
    }
    return new ArrayList<>(items);
  }

  /** "Rosa Diaz", "the actor Pedro Gil": a name, or a word with a name of its own. */
  private boolean isNamed(IndexedWord word) {
    return People.isName(word)
        || hasChild(graph, word, ImmutableSet.of("dep", "compound", "flat", "appos"), People::isName);
  }

  /**
   * The subjects of a verb, or, when the parser gave it none, who the clause is about: the subject
   * of a clause subject ("A man believed to have driven the van was detained"), the subject of
   * the clause a participle or infinitive hangs on ("After being arrested, Smith said"), or the
   * object the parser gave the verb above instead ("Jail records show Brown was arrested", "said
   * the director, Gennady Orlik, had been detained"), or the person named right before the
   * clause ("Mihail Dragan, who is facing an investigation, surrendered to police").
   */
  private List<IndexedWord> subjectsOf(IndexedWord verb) {
    List<IndexedWord> subjects = along(verb, SUBJECTS);
    if (!subjects.isEmpty()) {
      return subjects;
    }
    for (IndexedWord clause : children(graph, verb, CLAUSE_SUBJECTS)) {
      // "A man believed to have driven the van was detained"; but "Jail records show Ivanov
      // was booked", where the parser made "show" the subject and its object is the person
      List<IndexedWord> shown = along(clause, OBJECTS);
      shown.removeIf(object -> !isPersonLike(object) || object.index() > verb.index());
      subjects.addAll(shown.isEmpty() ? along(clause, ImmutableSet.of("nsubj")) : shown);
    }
    if (!subjects.isEmpty()) {
      return subjects;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, verb);
    if (up.isPresent()) {
      String relation = up.get().getRelation().toString();
      IndexedWord governor = up.get().getGovernor();
      if (relation.startsWith("advcl") || relation.equals("xcomp")) {
        if (ArrestWords.ANNOUNCING_VERBS.contains(lemma(governor))) {
          return subjects; // "..., after being apprehended, officials said": not the officials
        }
        List<IndexedWord> controllers = along(governor, SUBJECTS);
        controllers.removeIf(controller -> !isPersonLike(controller));
        return controllers;
      }
      if (relation.equals("dep") || relation.equals("ccomp") || relation.equals("parataxis")) {
        for (IndexedWord object : ownChildren(graph, governor, OBJECTS)) {
          boolean nameOrPerson = People.isPerson(graph, object) || "NNP".equals(object.tag());
          if (object.index() < verb.index() && nameOrPerson) {
            subjects.add(object);
          }
        }
        if (!subjects.isEmpty()) {
          return subjects;
        }
        personBefore(verb).ifPresent(subjects::add);
      }
    }
    return subjects;
  }

  /** "that they took into custody": a relative clause the parser did not attach to its noun. */
  private boolean introducedAsRelative(IndexedWord verb) {
    return hasChild(graph, verb, ImmutableSet.of("mark"), RELATIVE_MARKS);
  }

  /**
   * The nearest person before {@code word} who is not inside a prepositional phrase and not the
   * subject of a verb of saying: who a clause the parser left without a subject is about.
   */
  private Optional<IndexedWord> personBefore(IndexedWord word) {
    for (int index = word.index() - 1; index >= 1; index--) {
      IndexedWord candidate = graph.getNodeByIndexSafe(index);
      if (candidate == null || candidate.tag() == null || !candidate.tag().startsWith("NN")) {
        continue;
      }
      if (!People.isPerson(graph, candidate) || !children(graph, candidate, ImmutableSet.of("case")).isEmpty()) {
        continue;
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, candidate);
      boolean announcer =
          up.isPresent()
              && up.get().getRelation().toString().equals("nsubj")
              && ArrestWords.ANNOUNCING_VERBS.contains(lemma(up.get().getGovernor()));
      boolean partOfName = up.isPresent() && up.get().getRelation().toString().equals("compound");
      if (!announcer && !partOfName) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The dependents along {@code relations} with their conjuncts; propagated people when none is own. */
  private List<IndexedWord> along(IndexedWord word, Set<String> relations) {
    Set<IndexedWord> found = new LinkedHashSet<>();
    for (IndexedWord own : ownChildren(graph, word, relations)) {
      found.add(own);
      found.addAll(ownChildren(graph, own, CONJUNCTS));
    }
    if (found.isEmpty()) {
      for (IndexedWord propagated : children(graph, word, relations)) {
        // "was arrested and booked": the subject shared by coordination; "a winner who had spent
        // years under house arrest": the noun a relative clause describes
        boolean described = Dependencies.head(graph, word).map(propagated::equals).orElse(false);
        if (described || isPersonLike(propagated)) {
          found.add(propagated);
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** Members of an "including" list hung on the verb: "were arrested, including Eva Marin". */
  private List<IndexedWord> includedWith(IndexedWord verb) {
    List<IndexedWord> items = new ArrayList<>();
    for (IndexedWord item : ownChildren(graph, verb, INCLUDING)) {
      items.addAll(listItems(item));
    }
    return items;
  }

  /**
   * The authority when the clause names none or only a pronoun: the subject of the verb that
   * announces ("Police say they arrested him", "The agency announced that Petrov had been
   * arrested", "..., the sheriff's office said") or orders it ("Judge Lee ordered Smith held").
   */
  private @Nullable IndexedWord announcerIfVague(IndexedWord word, @Nullable IndexedWord authority) {
    if (authority != null && !People.isPronoun(authority) && !lower(authority).equals("they")) {
      return authority;
    }
    IndexedWord clause = word;
    for (int depth = 0; depth < 4; depth++) {
      for (IndexedWord beside : children(graph, clause, ImmutableSet.of("parataxis"))) {
        if (ArrestWords.ANNOUNCING_VERBS.contains(lemma(beside))) {
          IndexedWord subject = first(children(graph, beside, ImmutableSet.of("nsubj")));
          if (subject != null && !People.isPronoun(subject)) {
            return subject;
          }
        }
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, clause);
      if (up.isEmpty()) {
        break;
      }
      String relation = up.get().getRelation().toString();
      IndexedWord head = up.get().getGovernor();
      boolean announces = ArrestWords.ANNOUNCING_VERBS.contains(lemma(head)) || lemma(head).equals("order");
      if (Dependencies.matches(relation, ANNOUNCED_BY) && announces) {
        IndexedWord subject = first(children(graph, head, ImmutableSet.of("nsubj")));
        if (subject != null && !People.isPronoun(subject)) {
          return subject;
        }
      }
      if (!relation.startsWith("conj") && !Dependencies.matches(relation, ANNOUNCED_BY)) {
        break;
      }
      clause = head;
    }
    return authority;
  }

  /**
   * Whether the verb is passive: a passive auxiliary without a person as object ("was arrested",
   * "got arrested"; a custody verb with a person as object is active whatever its auxiliary), or a past
   * participle with neither object nor perfect auxiliary ("Smith, arrested Friday", "ordered Smith
   * held", a headline's "Man arrested in shooting").
   */
  boolean isPassive(IndexedWord verb) {
    if (hasChild(graph, verb, ImmutableSet.of("aux:pass"), word -> true)) {
      // "he's glad officers arrested Zweck": an auxiliary misread as passive before a person object
      return children(graph, verb, OBJECTS).stream().noneMatch(object -> People.isPerson(graph, object));
    }
    if (!"VBN".equals(verb.tag()) && !"JJ".equals(verb.tag())) {
      return false;
    }
    boolean perfect =
        hasChild(graph, verb, ImmutableSet.of("aux"), ImmutableSet.of("have", "has", "had", "'ve", "having"));
    return !perfect && children(graph, verb, OBJECTS).isEmpty();
  }

  private static @Nullable IndexedWord first(ImmutableList<IndexedWord> words) {
    return words.isEmpty() ? null : words.get(0);
  }
}
