package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

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
 *       on Friday", "the jailed activist"); an ordered custody the object of the order ("Judge
 *       Mary Stone ordered Vic Lang held");
 *   <li>a state its subject ("Roe remained in custody", "she is in jail") or the noun it
 *       describes ("the suspect in custody"), and "police custody" names its authority;
 *   <li>a noun its "of" or possessor ("the arrest of two men", "his arrest", "the employee whose
 *       arrest ...") or its own number ("police made 40 arrests");
 *   <li>a surrender its subject, with the "to" as authority ("Roe surrendered to police").
 * </ul>
 *
 * <p>{@link MissingSubjects} repairs clauses the parser left without a subject, {@link
 * ListedPeople} reads coordinated, listed and relative arrestees, and {@link AuthorityFinder}
 * finds agents, orders and announcers.
 */
final class ArresteeFinder {

  /** The "by" of an arrest noun: "the arrest by police". */
  private static final ImmutableSet<String> NOUN_AGENTS = ImmutableSet.of("nmod:agent", "nmod:by");

  /** Verbs whose object or passive subject is an arrest they make or report: "made 40 arrests". */
  private static final ImmutableSet<String> NOUN_ANNOUNCERS =
      ImmutableSet.of("make", "announce", "confirm", "report", "carry", "conduct");

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

  private final ParsedSentence sentence;
  private final SemanticGraph graph;
  private final Arguments arguments;
  private final MissingSubjects missingSubjects;
  private final ListedPeople listed;
  private final AuthorityFinder authorities;

  ArresteeFinder(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
    this.arguments = new Arguments(sentence, graph);
    this.missingSubjects = new MissingSubjects(arguments);
    this.listed = new ListedPeople(arguments, missingSubjects);
    this.authorities = new AuthorityFinder(graph);
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

  /** The verb that ordered the custody {@code trigger} states ("ordered Vic Lang held"), if any. */
  Optional<IndexedWord> orderedBy(IndexedWord trigger) {
    return authorities.orderedBy(trigger);
  }

  private List<Reading> verb(Trigger trigger) {
    IndexedWord verb = trigger.word();
    String relation = Dependencies.relationToHead(graph, verb);
    Optional<IndexedWord> order = authorities.orderedBy(verb);
    boolean participle = "VBN".equals(verb.tag()) || "JJ".equals(verb.tag());
    List<IndexedWord> arrestees = new ArrayList<>();
    IndexedWord authority;
    String rule;
    if (order.isPresent()) {
      arrestees.addAll(arguments.along(order.get(), Arguments.OBJECTS));
      authority = authorities.subjectOf(order.get());
      rule = "arrest.ordered";
    } else if ((relation.equals("amod") || relation.equals("acl"))
        && participle
        && TriggerFinder.describesItsHead(sentence, graph, verb)) {
      Dependencies.head(graph, verb).ifPresent(arrestees::add);
      authority = authorities.agentOf(verb);
      rule = "arrest.participle";
    } else if (isPassive(verb)) {
      arrestees.addAll(missingSubjects.of(verb));
      authority = authorities.agentOf(verb);
      rule = "arrest.passive";
    } else {
      arrestees.addAll(arguments.along(verb, Arguments.OBJECTS));
      if (arrestees.isEmpty()) {
        missingSubjects.objectOfRelative(verb).ifPresent(arrestees::add);
      }
      authority = Arguments.first(children(graph, verb, ImmutableSet.of("nsubj")));
      rule = "arrest.active";
    }
    arrestees.addAll(listed.includedWith(verb));
    return readings(trigger, arrestees, authorities.orAnnouncer(verb, authority), rule);
  }

  private List<Reading> state(Trigger trigger) {
    IndexedWord word = trigger.word();
    List<IndexedWord> arrestees = new ArrayList<>();
    IndexedWord place = word;
    if (word.tag() != null && word.tag().startsWith("VB")) {
      arrestees.addAll(missingSubjects.of(word));
      place = CustodyPlaces.of(graph, word).orElse(word);
    } else if (!children(graph, word, ImmutableSet.of("cop")).isEmpty()) {
      arrestees.addAll(arguments.along(word, Arguments.SUBJECTS));
    } else {
      Dependencies.head(graph, word).ifPresent(arrestees::add);
    }
    IndexedWord authority = null;
    if (lemma(place).equals("custody")) {
      // "in police custody", "in the custody of the FBI"
      authority = Arguments.first(children(graph, place, ImmutableSet.of("compound", "nmod:of")));
    }
    return readings(trigger, arrestees, authorities.orAnnouncer(word, authority), "arrest.in-custody");
  }

  private List<Reading> noun(Trigger trigger) {
    IndexedWord noun = trigger.word();
    IndexedWord authority = Arguments.first(children(graph, noun, NOUN_AGENTS));
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, noun);
    if (authority == null && up.isPresent() && NOUN_ANNOUNCERS.contains(lemma(up.get().getGovernor()))) {
      String relation = up.get().getRelation().toString();
      IndexedWord verb = up.get().getGovernor();
      if (relation.equals("obj")) {
        authority = Arguments.first(children(graph, verb, ImmutableSet.of("nsubj"))); // "police made 40 arrests"
      } else if (relation.equals("nsubj:pass")) {
        authority = authorities.agentOf(verb); // "arrests were made by the army"
      }
    }
    List<IndexedWord> arrestees = new ArrayList<>(arguments.along(noun, ImmutableSet.of("nmod:of")));
    if (arrestees.isEmpty()) {
      // "his arrest", "Doe's arrest", and "the employee whose arrest ...", which the parser
      // gives the noun "whose" stands for
      arrestees.addAll(arguments.along(noun, ImmutableSet.of("nmod:poss")));
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
    IndexedWord authority = Arguments.first(children(graph, verb, ImmutableSet.of("obl:to")));
    return readings(trigger, missingSubjects.of(verb), authority, "arrest.surrender");
  }

  private List<Reading> readings(
      Trigger trigger, List<IndexedWord> heads, @Nullable IndexedWord authority, String rule) {
    Set<IndexedWord> arrestees = new LinkedHashSet<>();
    for (IndexedWord head : heads) {
      arrestees.addAll(listed.standingFor(head, trigger.word()));
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
  private static boolean canBeArrestee(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    boolean nominal =
        tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD") || tag.equals("DT")
            || tag.equals("WP") || (tag.equals("JJ") && lower(word).equals("old"));
    return nominal
        && !NOT_PEOPLE_TYPES.contains(String.valueOf(word.ner()))
        && !NOT_ARRESTEES.contains(lower(word));
  }

  /**
   * Whether the verb is passive: a passive auxiliary without a person as object ("was arrested",
   * "got arrested"; a custody verb with a person as object is active whatever its auxiliary, as
   * in the misparsed "she's relieved police arrested Holm"), or a past participle with neither
   * object nor perfect auxiliary ("Smith, arrested Friday", a headline's "Man arrested in
   * shooting").
   */
  private boolean isPassive(IndexedWord verb) {
    if (hasChild(graph, verb, ImmutableSet.of("aux:pass"), word -> true)) {
      return children(graph, verb, Arguments.OBJECTS).stream()
          .noneMatch(object -> People.isPerson(graph, object));
    }
    if (!"VBN".equals(verb.tag()) && !"JJ".equals(verb.tag())) {
      return false;
    }
    boolean perfect =
        hasChild(graph, verb, ImmutableSet.of("aux"), ImmutableSet.of("have", "has", "had", "'ve", "having"));
    return !perfect && children(graph, verb, Arguments.OBJECTS).isEmpty();
  }
}
