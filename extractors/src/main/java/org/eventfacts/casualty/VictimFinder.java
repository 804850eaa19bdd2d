package org.eventfacts.casualty;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Outcome;
import org.eventfacts.text.Animacy;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Follows the dependency graph from a casualty word to the people it counts, by the grammar of its
 * {@link TriggerKind}:
 *
 * <ul>
 *   <li>a passive or participle counts its subject ("26 armed men have been killed", "almost
 *       750 injured") or the noun it modifies ("26 people killed in the attack"); an active verb
 *       counts its object ("killed 49 people", "killing two") and names its subject as
 *       perpetrator;
 *   <li>a death verb counts its subject ("two people died");
 *   <li>a state counts its number ("18 dead"), its subject ("two are missing"), the noun it
 *       describes ("one man dead"), the object of "left" or subject of "found" it completes ("left
 *       26 dead", "were found dead"), or the amount it is "of" ("Dozens of dead and injured");
 *   <li>a harm noun counts its number ("26 deaths"), its "of" ("the deaths of three people") or
 *       the subject of "suffered" ("three people suffered injuries");
 *   <li>a toll counts the number it rises to, stands at or is ("the death toll rose to 40").
 * </ul>
 *
 * <p>Coordinated victims are counted one by one ("two boys and two adults were killed"). A subject
 * that the parser shares across coordinated verbs is not used when the verb has a number of its
 * own ("a dozen people were killed and two dozen injured"), nor is a victim that carries a
 * casualty word of its own ("left one man dead and two others injured"). A number modified by
 * "fatally" is a death, and then the total it belongs to is not an injury count ("shot six
 * people, one fatally").
 */
final class VictimFinder {

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:pass");
  private static final ImmutableSet<String> OBJECTS = ImmutableSet.of("obj", "iobj");
  private static final ImmutableSet<String> OWN_NUMBER =
      ImmutableSet.of("nummod", "dep", "obl:npmod", "nmod:npmod", "obj", "nsubj", "nsubj:pass");
  private static final ImmutableSet<String> CONJUNCTS = ImmutableSet.of("conj:");
  private static final ImmutableSet<String> SUBSET =
      ImmutableSet.of("nmod:including", "nmod:among", "appos");

  private final ParsedSentence sentence;
  private final SemanticGraph graph;
  private final Perpetrators perpetrators;
  private final CountParts parts;
  /** The counts written before the people of a list ({@link CountedList}), by their noun. */
  private final Map<IndexedWord, CountReading> listed = new HashMap<>();

  VictimFinder(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
    this.perpetrators = new Perpetrators(graph);
    this.parts = new CountParts(sentence, graph);
  }

  /** The counts {@code trigger} states. */
  List<Reading> read(Trigger trigger) {
    List<Reading> readings = new ArrayList<>(direct(trigger));
    readings.addAll(parts.of(trigger, readings));
    return readings;
  }

  private List<Reading> direct(Trigger trigger) {
    return switch (trigger.kind()) {
          case ACTION -> action(trigger);
          case DEATH -> death(trigger);
          case STATE -> state(trigger);
          case HARM_NOUN -> harmNoun(trigger);
          case TOLL -> toll(trigger);
          case LIVES -> lives(trigger);
        };
  }

  /**
   * "charged with murder", "on suspicion of murder", "attempted murder": a killing named as an
   * accusation or an attempt is not reported as done.
   */
  private boolean namesACharge(IndexedWord noun) {
    if (hasChild(graph, noun, ImmutableSet.of("amod", "compound"), CasualtyWords.NOT_DONE_MODIFIERS)) {
      return true;
    }
    return Dependencies.head(graph, noun)
        .map(head -> CasualtyWords.ACCUSATION_WORDS.contains(lemma(head)))
        .orElse(false);
  }

  private List<Reading> action(Trigger trigger) {
    IndexedWord verb = trigger.word();
    List<Reading> readings = new ArrayList<>();
    List<Reading> fatal = fatallyModifiedNumbers(trigger);
    readings.addAll(fatal);
    boolean passive = isPassive(verb);
    String relation = Dependencies.relationToHead(graph, verb);
    List<IndexedWord> victims;
    IndexedWord perpetrator;
    String rule;
    if (passive) {
      victims = new ArrayList<>(victimsAlong(trigger, SUBJECTS));
      if (victims.isEmpty()) {
        victims.addAll(completedOrDescribed(verb));
      }
      if (victims.isEmpty() && amountAbove(verb).isEmpty()) {
        countedNounBefore(verb).ifPresent(victims::add);
      }
      if (victims.isEmpty()) {
        Optional<CountReading> amount = amountAbove(verb);
        if (amount.isPresent()) {
          readings.add(new Reading(trigger, trigger.outcome(), amount.get(), null, null, "casualty.amount-of"));
          return readings;
        }
      }
      perpetrator = perpetrators.ofPassive(verb);
      rule = "casualty.passive";
    } else if (isHeadlineParticiple(verb)) {
      // "3 dead, 7 hurt in blast": a past form with a counted subject and no object
      victims = new ArrayList<>(victimsAlong(trigger, SUBJECTS));
      perpetrator = null;
      rule = "casualty.passive";
    } else {
      victims = new ArrayList<>(victimsAlong(trigger, OBJECTS));
      if (victims.isEmpty()) {
        victims.addAll(objectsOfCoordinatedVerb(verb));
      }
      if (victims.isEmpty()) {
        objectTakenByTheReport(verb).ifPresent(victims::add);
      }
      perpetrator = perpetrators.ofActive(verb);
      rule = "casualty.active";
      if (victims.isEmpty() && ownChildren(graph, verb, SUBJECTS).isEmpty()) {
        // a participle the tagger read as past tense: "with two others injured"
        victims.addAll(completedOrDescribed(verb));
        rule = "casualty.passive";
      }
    }
    if ((!fatal.isEmpty() || isFollowedByDeathsAmongThem(trigger)) && trigger.outcome() == Outcome.INJURED) {
      return readings; // the total includes the dead: not an injury count
    }
    for (IndexedWord victim : victims) {
      Optional<CountReading> count = count(victim, trigger);
      if (count.isPresent()) {
        readings.add(
            new Reading(trigger, trigger.outcome(), count.get(), victimOrNull(victim, count.get()), perpetrator, rule));
      }
    }
    return readings;
  }

  private List<Reading> death(Trigger trigger) {
    List<Reading> readings = new ArrayList<>();
    List<IndexedWord> victims = new ArrayList<>(victimsAlong(trigger, SUBJECTS));
    if (victims.isEmpty()) {
      countedNounBefore(trigger.word()).ifPresent(victims::add);
    }
    for (IndexedWord victim : victims) {
      count(victim, trigger).ifPresent(
          count -> readings.add(new Reading(trigger, trigger.outcome(), count, victimOrNull(victim, count), null, "casualty.death-verb")));
    }
    return readings;
  }

  private List<Reading> state(Trigger trigger) {
    IndexedWord word = trigger.word();
    List<Reading> readings = new ArrayList<>();
    Optional<CountReading> own = ownNumber(word);
    if (own.isPresent()) {
      readings.add(new Reading(trigger, trigger.outcome(), own.get(), null, null, "casualty.state-number"));
      return readings;
    }
    Set<IndexedWord> victims = new LinkedHashSet<>(victimsAlong(trigger, SUBJECTS));
    if (victims.isEmpty()) {
      victims.addAll(completedOrDescribed(word));
    }
    if (victims.isEmpty()) {
      Optional<CountReading> amount = amountAbove(word);
      if (amount.isPresent()) {
        readings.add(new Reading(trigger, trigger.outcome(), amount.get(), null, null, "casualty.amount-of"));
        return readings;
      }
      countedNounBefore(word).ifPresent(victims::add);
    }
    for (IndexedWord victim : victims) {
      if (victim.equals(word) || hasOtherCasualtyState(victim, word)) {
        continue;
      }
      count(victim, trigger).ifPresent(
          count -> readings.add(new Reading(trigger, trigger.outcome(), count, victimOrNull(victim, count), null, "casualty.state")));
    }
    return readings;
  }

  private List<Reading> harmNoun(Trigger trigger) {
    IndexedWord noun = trigger.word();
    List<Reading> readings = new ArrayList<>();
    Optional<CountReading> own = CountReader.ofPhrase(sentence, noun);
    if (own.isPresent()) {
      readings.add(new Reading(trigger, trigger.outcome(), own.get(), null, null, "casualty.harm-number"));
      return readings;
    }
    if (namesACharge(noun)) {
      return readings;
    }
    List<IndexedWord> victims = new ArrayList<>(children(graph, noun, ImmutableSet.of("nmod:of")));
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, noun);
    if (up.isPresent()) {
      IndexedWord head = up.get().getGovernor();
      String relation = up.get().getRelation().toString();
      if (relation.equals("nmod:of") && CasualtyWords.TALLY_NOUNS.contains(lemma(head))) {
        return tally(trigger, head); // "put the number of dead at more than 40"
      }
      boolean suffered = relation.equals("obj") && CasualtyWords.SUFFER_VERBS.contains(lemma(head));
      // "hospitalized with injuries", "treated for wounds", "suffering from injuries"; not
      // "charged with murder" or "arrested for the killing of"
      boolean with =
          trigger.outcome() == Outcome.INJURED
              && (relation.equals("obl:with") || relation.equals("obl:for") || relation.equals("obl:from"))
              && CasualtyWords.CARED_FOR_VERBS.contains(lemma(head));
      if (suffered || with) {
        // "three people suffered injuries"; "the hospital treated 23 people for wounds"
        List<IndexedWord> objects = with ? ownChildren(graph, head, OBJECTS) : List.of();
        victims.addAll(objects.isEmpty() ? children(graph, head, SUBJECTS) : objects);
      }
      if (victims.isEmpty() && relation.equals("nsubj") && CasualtyWords.INCLUDE_VERBS.contains(lemma(head))) {
        victims.addAll(completedOrDescribed(noun));
      }
    }
    IndexedWord perpetrator = perpetrators.ofKilling(noun);
    for (IndexedWord victim : victims) {
      count(victim, trigger).ifPresent(
          count -> readings.add(new Reading(trigger, trigger.outcome(), count, victimOrNull(victim, count), perpetrator, "casualty.harm-noun")));
    }
    return readings;
  }

  private List<Reading> toll(Trigger trigger) {
    return tally(trigger, trigger.word());
  }

  /** The number a running total rises to, stands at or is: "the toll rose to 40". */
  private List<Reading> tally(Trigger trigger, IndexedWord toll) {
    List<IndexedWord> numbers = new ArrayList<>(children(graph, toll, ImmutableSet.of("nmod:of", "nmod:at")));
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, toll);
    if (up.isPresent()) {
      IndexedWord head = up.get().getGovernor();
      String relation = up.get().getRelation().toString();
      if ((relation.equals("nsubj") || relation.equals("obj")) && isNumberish(head)) {
        numbers.add(head); // "the toll is 40"
      }
      if ((relation.equals("nsubj") || relation.equals("obj") || relation.equals("nsubj:pass"))
          && CasualtyWords.TOLL_VERBS.contains(lemma(head))) {
        numbers.addAll(
            children(graph, head, ImmutableSet.of("obl:to", "obl:at", "obj", "xcomp", "obl:npmod", "advmod")));
      }
    }
    List<Reading> readings = new ArrayList<>();
    for (IndexedWord number : numbers) {
      if (number.equals(toll)) {
        continue;
      }
      CountReader.ofPhrase(sentence, number).ifPresent(
          count -> readings.add(new Reading(trigger, trigger.outcome(), count, null, null, "casualty.toll")));
    }
    return readings;
  }

  private List<Reading> lives(Trigger trigger) {
    IndexedWord lives = trigger.word();
    List<Reading> readings = new ArrayList<>();
    Optional<CountReading> own = CountReader.ofPhrase(sentence, lives);
    if (own.isPresent()) {
      readings.add(new Reading(trigger, trigger.outcome(), own.get(), null, null, "casualty.lives"));
      return readings;
    }
    for (IndexedWord owner : children(graph, lives, ImmutableSet.of("nmod:of"))) {
      count(owner, trigger).ifPresent(
          count -> readings.add(new Reading(trigger, trigger.outcome(), count, victimOrNull(owner, count), null, "casualty.lives")));
    }
    Dependencies.head(graph, lives)
        .filter(verb -> lemma(verb).equals("lose"))
        .ifPresent(
            verb -> {
              for (IndexedWord victim : children(graph, verb, SUBJECTS)) {
                count(victim, trigger).ifPresent(
                    count -> readings.add(new Reading(trigger, trigger.outcome(), count, victimOrNull(victim, count), null, "casualty.lives")));
              }
            });
    return readings;
  }

  /**
   * "shot six people, one fatally": the number "fatally" modifies is a death. The parser hangs
   * "one fatally" on the verb or, as often, beside it on the clause the verb depends on.
   */
  private List<Reading> fatallyModifiedNumbers(Trigger trigger) {
    List<IndexedWord> candidates = new ArrayList<>();
    graph.outgoingEdgeIterable(trigger.word()).forEach(edge -> candidates.add(edge.getDependent()));
    Dependencies.head(graph, trigger.word())
        .ifPresent(
            head ->
                graph.outgoingEdgeIterable(head).forEach(
                    edge -> {
                      if (edge.getDependent().index() > trigger.word().index()) {
                        candidates.add(edge.getDependent());
                      }
                    }));
    List<Reading> readings = new ArrayList<>();
    for (IndexedWord child : candidates) {
      if (isNumberish(child)
          && hasChild(graph, child, ImmutableSet.of("advmod"), ImmutableSet.of("fatally", "mortally"))) {
        CountReader.ofNumber(sentence, child).ifPresent(
            count -> readings.add(new Reading(trigger, Outcome.KILLED, count, null, null, "casualty.fatally")));
      }
    }
    return readings;
  }

  /**
   * "Gunman shoots six, killing one": a count of people shot followed by the deaths among them.
   * The count of people shot then includes the dead and is not a count of the injured.
   */
  private boolean isFollowedByDeathsAmongThem(Trigger trigger) {
    if (!lemma(trigger.word()).equals("shoot")) {
      return false;
    }
    return children(graph, trigger.word(), ImmutableSet.of("dep", "advcl", "xcomp", "conj:and")).stream()
        .anyMatch(
            child ->
                child.index() > trigger.word().index()
                    && CasualtyWords.ACTION_VERBS.get(lemma(child)) == Outcome.KILLED
                    && !ownChildren(graph, child, OBJECTS).isEmpty());
  }

  /**
   * The victims along {@code relations}: the parser's own attachments and their coordinated
   * conjuncts, or, when there are none and the trigger has no number of its own, the ones it
   * shared over coordinated verbs.
   */
  private List<IndexedWord> victimsAlong(Trigger trigger, Set<String> relations) {
    IndexedWord word = trigger.word();
    Set<IndexedWord> victims = new LinkedHashSet<>();
    for (IndexedWord own : ownChildren(graph, word, relations)) {
      victims.add(own);
      victims.addAll(ownChildren(graph, own, CONJUNCTS));
    }
    if (victims.isEmpty() && !hasOwnNumber(word)) {
      victims.addAll(children(graph, word, relations));
    }
    if (victims.isEmpty()) {
      ownNumberWord(word).ifPresent(victims::add);
    }
    List<IndexedWord> withSubsets = new ArrayList<>();
    for (IndexedWord victim : victims) {
      if (isPeople(victim)) {
        withSubsets.add(victim);
        for (IndexedWord subset : children(graph, victim, SUBSET)) {
          if (CountReader.ofPhrase(sentence, subset).isPresent() && !isOthers(subset)) {
            withSubsets.add(subset); // "killed 49 people, including two children"
          }
        }
      }
    }
    return withSubsets;
  }

  private Optional<CountReading> count(IndexedWord victim, Trigger trigger) {
    if (!isPeople(victim)) {
      return Optional.empty();
    }
    Optional<CountReading> written = CountReader.ofPhrase(sentence, victim);
    if (written.isPresent()) {
      return written;
    }
    if (listed.containsKey(victim)) {
      return Optional.of(listed.get(victim)); // "one Norlander" in a list the parser attached astray
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, victim);
    if (up.isPresent()
        && up.get().getRelation().toString().equals("nmod:of")
        && isNumberish(up.get().getGovernor())) {
      return CountReader.ofPhrase(sentence, up.get().getGovernor()); // "one of the people shot"
    }
    // A single victim without a number must be a person: "a statement" or "a club" is not.
    if ("NN".equals(victim.tag()) && Animacy.isInanimate(victim.word())) {
      return Optional.empty();
    }
    return CountReader.single(sentence, victim, ImmutableSet.of(trigger.word()));
  }

  private @Nullable IndexedWord victimOrNull(IndexedWord victim, CountReading count) {
    return count.words().contains(victim) ? null : victim;
  }

  private Optional<CountReading> ownNumber(IndexedWord word) {
    return ownNumberWord(word).flatMap(number -> CountReader.ofPhrase(sentence, number));
  }

  private Optional<IndexedWord> ownNumberWord(IndexedWord word) {
    return ownChildren(graph, word, OWN_NUMBER).stream().filter(this::isNumberish).findFirst();
  }

  private boolean hasOwnNumber(IndexedWord word) {
    return ownNumberWord(word).isPresent();
  }

  /**
   * The people a participle or state word is said of when it has no subject: the noun it
   * describes ("26 people killed in the attack", "one man dead"), the object of "left" or the
   * subject of "found" it completes ("left 26 dead", "left four men injured", "were found
   * slain"), or the list "the dead included ...".
   */
  private List<IndexedWord> completedOrDescribed(IndexedWord word) {
    List<IndexedWord> victims = new ArrayList<>();
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, word);
    if (up.isEmpty()) {
      return victims;
    }
    String relation = up.get().getRelation().toString();
    IndexedWord head = up.get().getGovernor();
    if ("VBG".equals(word.tag()) && (relation.equals("amod") || relation.startsWith("acl") || relation.equals("compound"))) {
      return victims; // "a man shooting at others", "shooting victims": the noun is no victim of it
    }
    if (relation.equals("amod") || relation.startsWith("acl")) {
      victims.add(head);
      for (IndexedWord conjunct : ownChildren(graph, head, CONJUNCTS)) {
        if (!hasOwnState(conjunct, word)) {
          victims.add(conjunct);
        }
      }
    } else if (relation.equals("dep") && !children(graph, head, ImmutableSet.of("obl:with")).isEmpty()) {
      // "were killed, with two others injured": the absolute "with" clause
      for (IndexedWord with : ownChildren(graph, head, ImmutableSet.of("obl:with"))) {
        victims.add(with);
        victims.addAll(ownChildren(graph, with, CONJUNCTS));
      }
    } else if (relation.equals("xcomp") || relation.equals("obj") || relation.equals("advmod") || relation.equals("dep")) {
      for (IndexedWord candidate : ownChildren(graph, head, ImmutableSet.of("obj", "nsubj:pass", "nsubj"))) {
        if (!candidate.equals(word)) {
          victims.add(candidate);
          victims.addAll(ownChildren(graph, candidate, CONJUNCTS));
        }
      }
    } else if (relation.equals("obl:among") || relation.equals("nmod:among")) {
      // "Among the dead was a retired teacher": the subject of the clause, or its predicate
      victims.addAll(ownChildren(graph, head, ImmutableSet.of("nsubj", "nsubj:pass")));
      if (victims.isEmpty() && !children(graph, head, ImmutableSet.of("cop")).isEmpty()) {
        victims.add(head);
      }
    } else if (relation.equals("nsubj") && CasualtyWords.INCLUDE_VERBS.contains(lemma(head))) {
      // "The dead included two Britons, one Canadian and a teacher": read the list as written
      for (CountedList.Item item : CountedList.after(sentence, graph, head)) {
        victims.add(item.people());
        listed.put(item.people(), item.count());
      }
      if (victims.isEmpty()) {
        for (IndexedWord listed : ownChildren(graph, head, ImmutableSet.of("obj", "xcomp"))) {
          victims.add(listed);
          victims.addAll(ownChildren(graph, listed, CONJUNCTS));
        }
      }
    }
    return victims;
  }

  /**
   * "left one student dead and two other people hurt": a conjunct that another casualty
   * word describes has its own outcome, not that of {@code word}.
   */
  private boolean hasOwnState(IndexedWord conjunct, IndexedWord word) {
    IndexedWord next = graph.getNodeByIndexSafe(conjunct.index() + 1);
    if (next != null && !next.equals(word) && isStateWord(next)) {
      return true; // "and two adults wounded", however the parser attaches "wounded"
    }
    for (IndexedWord state : ownChildren(graph, conjunct, ImmutableSet.of("amod", "acl"))) {
      String lemma = lemma(state);
      if (!state.equals(word)
          && (CasualtyWords.STATE_WORDS.containsKey(lemma)
              || CasualtyWords.ACTION_VERBS.containsKey(lemma)
              || CasualtyWords.STATE_WORDS.containsKey(lower(state)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "... killed two guards, the fire department said": the parser often makes the object the
   * subject of the sentence-final reporting verb; such a counted noun right after the verb is its
   * object.
   */
  private Optional<IndexedWord> objectTakenByTheReport(IndexedWord verb) {
    for (IndexedWord report : ownChildren(graph, verb, ImmutableSet.of("ccomp", "parataxis"))) {
      for (IndexedWord subject : ownChildren(graph, report, SUBJECTS)) {
        boolean rightAfter = subject.index() > verb.index() && subject.index() - verb.index() <= 4;
        if (rightAfter && report.index() > subject.index() && hasOwnNumber(subject)) {
          return Optional.of(subject);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isStateWord(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    return (tag.equals("JJ") || tag.equals("VBN"))
        && (CasualtyWords.STATE_WORDS.containsKey(lower(word))
            || CasualtyWords.STATE_WORDS.containsKey(lemma(word)));
  }

  /** "two others", "three more": people set apart from those named before them. */
  private static boolean isOthers(IndexedWord word) {
    String w = lower(word);
    return w.equals("others") || w.equals("more");
  }

  /**
   * "broken glass on the floor and three men dead": a counted noun right before a state word, for
   * the small clauses of lists and headlines the parser often gets wrong.
   */
  private Optional<IndexedWord> countedNounBefore(IndexedWord word) {
    IndexedWord before = graph.getNodeByIndexSafe(word.index() - 1);
    if (before == null || before.tag() == null || !before.tag().startsWith("NN")) {
      return Optional.empty();
    }
    return CountReader.ofPhrase(sentence, before).isPresent() ? Optional.of(before) : Optional.empty();
  }

  /**
   * "Dozens of dead and injured": the amount a casualty word is "of", directly or through the
   * casualty word it is coordinated with.
   */
  private Optional<CountReading> amountAbove(IndexedWord word) {
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, word);
    if (up.isEmpty()) {
      return Optional.empty();
    }
    String relation = up.get().getRelation().toString();
    IndexedWord head = up.get().getGovernor();
    IndexedWord amount = null;
    if (relation.equals("nmod:of") && isNumberish(head)) {
      amount = head;
    } else if (relation.startsWith("conj")) {
      amount = isNumberish(head) ? head : Dependencies.head(graph, head).filter(this::isNumberish).orElse(null);
    }
    return amount == null ? Optional.empty() : CountReader.ofPhrase(sentence, amount);
  }

  private boolean hasOtherCasualtyState(IndexedWord victim, IndexedWord trigger) {
    return ownChildren(graph, victim, ImmutableSet.of("amod")).stream()
        .anyMatch(adjective -> !adjective.equals(trigger) && CasualtyWords.STATE_WORDS.containsKey(lower(adjective)));
  }

  private boolean isPassive(IndexedWord verb) {
    if (!"VBN".equals(verb.tag())) {
      return false;
    }
    boolean passiveAux = hasChild(graph, verb, ImmutableSet.of("aux:pass"), word -> true);
    if (passiveAux) {
      return true;
    }
    boolean perfectAux = hasChild(graph, verb, ImmutableSet.of("aux"), ImmutableSet.of("have", "has", "had", "'ve", "having"));
    boolean object = !ownChildren(graph, verb, OBJECTS).isEmpty();
    return !perfectAux && !object; // "injured at least three more": a past tense tagged VBN
  }

  /** "shot and killed two men": the object the parser gave only to the first verb. */
  private List<IndexedWord> objectsOfCoordinatedVerb(IndexedWord verb) {
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, verb);
    if (up.isEmpty() || !up.get().getRelation().toString().startsWith("conj")) {
      return List.of();
    }
    IndexedWord first = up.get().getGovernor();
    if (first.index() > verb.index() || first.tag() == null || !first.tag().startsWith("VB")) {
      return List.of();
    }
    List<IndexedWord> objects = new ArrayList<>();
    for (IndexedWord object : ownChildren(graph, first, OBJECTS)) {
      if (object.index() > verb.index()) {
        objects.add(object);
        objects.addAll(ownChildren(graph, object, CONJUNCTS));
      }
    }
    return objects;
  }

  private boolean isHeadlineParticiple(IndexedWord verb) {
    if (!"VBD".equals(verb.tag()) || !ownChildren(graph, verb, OBJECTS).isEmpty()) {
      return false;
    }
    return ownChildren(graph, verb, ImmutableSet.of("nsubj")).stream().anyMatch(this::isNumberish);
  }

  /**
   * Whether a victim phrase can name people: not an animal, thing or event ("three dogs", "the
   * blast"), nor a measure of them ("3,000 head of livestock"). Proper names, pronouns and numbers
   * standing alone pass.
   */
  private boolean isPeople(IndexedWord word) {
    String lemma = lemma(word);
    if (CasualtyWords.NOT_PEOPLE.contains(lemma)) {
      return false;
    }
    if (CasualtyWords.MEASURE_NOUNS.contains(lemma)) {
      return children(graph, word, ImmutableSet.of("nmod:of")).stream().allMatch(this::isPeople);
    }
    return true;
  }

  private boolean isNumberish(IndexedWord word) {
    return CountReader.isQuantity(sentence, word);
  }

}
