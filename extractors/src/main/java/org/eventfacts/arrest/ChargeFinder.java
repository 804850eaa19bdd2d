package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Finds the offence an arrest is for, where news English states it:
 *
 * <ul>
 *   <li>on the custody word: "arrested on charges of murder", "on suspicion of arson", "on a
 *       homicide charge", "on a warrant for robbery", "arrested for the shooting", "booked for
 *       investigation of murder", "detained in connection with the attack";
 *   <li>in a clause beside it about the same person: "was arrested and charged with murder",
 *       "was detained on Monday – she faces a criminal inquiry into embezzlement", "who is
 *       accused of sheltering fighters", "sits in jail awaiting trial on arson charges";
 *   <li>in a sentence nearby whose subject is the same person ("Doe is charged with murder", "She
 *       faces charges including arson"), which {@link #aboutPerson} reads.
 * </ul>
 */
final class ChargeFinder {

  private static final ImmutableSet<String> BESIDE =
      ImmutableSet.of("conj:", "parataxis", "dep", "advcl", "advcl:", "xcomp");
  private static final ImmutableSet<String> DESCRIBING = ImmutableSet.of("acl", "acl:relcl", "dep", "acl:");
  /** The complements of "charged", "accused", "suspected", in the order they are tried. */
  private static final ImmutableList<String> CHARGE_VERB_COMPLEMENTS =
      ImmutableList.of(
          "obl:with", "advcl:with", "obl:of", "advcl:of", "obl:on", "obl:for", "advcl:for",
          "obl:in_connection_with", "xcomp", "advcl", "obl:over");
  private static final ImmutableSet<String> ON = ImmutableSet.of("obl:on", "nmod:on");
  private static final ImmutableSet<String> FOR = ImmutableSet.of("obl:for", "nmod:for");
  private static final ImmutableSet<String> IN_CONNECTION =
      ImmutableSet.of("obl:in_connection_with", "nmod:in_connection_with");
  private static final ImmutableSet<String> NOT_OFFENCE_TYPES =
      ImmutableSet.of("DATE", "TIME", "DURATION", "NUMBER", "MONEY", "PERCENT", "SET", "ORDINAL");
  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj", "nsubj:pass");

  private final ParsedSentence sentence;
  private final SemanticGraph graph;

  ChargeFinder(ParsedSentence sentence, SemanticGraph graph) {
    this.sentence = sentence;
    this.graph = graph;
  }

  /**
   * The offence stated with the custody word {@code trigger} of {@code arrestee}, if any; as a
   * last resort, charges named anywhere in the sentence ("They are being held without bail and
   * face charges of conspiracy", where the parser took "face" for a noun).
   */
  Optional<Phrase> inClause(IndexedWord trigger, @Nullable IndexedWord arrestee) {
    for (IndexedWord clause : clausesAbout(trigger, arrestee)) {
      Optional<Phrase> charge = chargeOf(clause);
      if (charge.isPresent()) {
        return charge;
      }
    }
    return namedCharges();
  }

  /** "charges of conspiracy", "three counts of murder": charges with their offence, not "no charges". */
  private Optional<Phrase> namedCharges() {
    for (IndexedWord word : sentence.wordsInOrder()) {
      String lemma = lemma(word);
      boolean charges = (lemma.equals("charge") || lemma.equals("count")) && word.tag() != null && word.tag().startsWith("NN");
      boolean named = !children(graph, word, ImmutableSet.of("nmod:of", "nmod:including")).isEmpty();
      boolean denied = Dependencies.hasChild(graph, word, ImmutableSet.of("det", "advmod"), ImmutableSet.of("no", "not"));
      if (charges && named && !denied) {
        return OffencePhrase.of(sentence, word);
      }
    }
    return Optional.empty();
  }

  /**
   * The offence a clause of this sentence charges a person with, when {@code isPerson} accepts the
   * clause's subject (or, for "police charged Doe with murder", its object); or the charges the
   * sentence names when it is about the person.
   */
  Optional<Phrase> aboutPerson(Predicate<IndexedWord> isPerson) {
    for (IndexedWord word : sentence.wordsInOrder()) {
      String lemma = lemma(word);
      boolean verb = word.tag() != null && word.tag().startsWith("VB");
      if (!verb || !(ArrestWords.CHARGE_VERBS.contains(lemma) || ArrestWords.FACING_VERBS.contains(lemma))) {
        continue;
      }
      List<IndexedWord> people = new ArrayList<>(children(graph, word, SUBJECTS));
      if (ArrestWords.CHARGE_VERBS.contains(lemma)) {
        people.addAll(children(graph, word, ImmutableSet.of("obj")));
      }
      if (people.stream().anyMatch(isPerson)) {
        Optional<Phrase> charge = chargeOf(word);
        if (charge.isPresent()) {
          return charge;
        }
      }
    }
    boolean aboutThePerson =
        sentence.edgesInOrder().stream()
            .anyMatch(edge -> Dependencies.matches(edge, SUBJECTS) && isPerson.test(edge.getDependent()));
    return aboutThePerson ? namedCharges() : Optional.empty();
  }

  /**
   * The custody word, the clauses beside it (coordinated, after a dash, "facing ..."), the
   * clauses that describe the arrestee ("who is accused of ..."), unless such a clause has a
   * subject of its own that is someone else, and the arrestee itself, where the parser often
   * hangs "for the robbery".
   */
  private List<IndexedWord> clausesAbout(IndexedWord trigger, @Nullable IndexedWord arrestee) {
    Set<IndexedWord> clauses = new LinkedHashSet<>();
    clauses.add(trigger);
    // "was charged with murder and booked into jail"; and a clause the parser hung the custody
    // word on ("Dragan, who is facing an investigation, surrendered to police")
    Dependencies.headEdge(graph, trigger)
        .filter(edge -> edge.getRelation().toString().startsWith("conj") || edge.getRelation().toString().equals("dep"))
        .ifPresent(edge -> clauses.add(edge.getGovernor()));
    for (IndexedWord beside : children(graph, trigger, BESIDE)) {
      if (isAbout(beside, arrestee)) {
        clauses.add(beside);
      }
    }
    if (arrestee != null) {
      for (IndexedWord describing : children(graph, arrestee, DESCRIBING)) {
        clauses.add(describing);
        clauses.addAll(ownChildren(graph, describing, ImmutableSet.of("conj:")));
      }
      clauses.add(arrestee); // "arrested two brothers for the robbery", parsed onto "brothers"
    }
    return new ArrayList<>(clauses);
  }

  private boolean isAbout(IndexedWord clause, @Nullable IndexedWord arrestee) {
    ImmutableList<IndexedWord> subjects = ownChildren(graph, clause, SUBJECTS);
    if (subjects.isEmpty() || arrestee == null) {
      return true;
    }
    return subjects.stream().anyMatch(subject -> subject.equals(arrestee) || People.isPronoun(subject));
  }

  /** The offence {@code clause} states, by the grammar of its word. */
  private Optional<Phrase> chargeOf(IndexedWord clause) {
    String lemma = lemma(clause);
    boolean verb = clause.tag() != null && clause.tag().startsWith("VB");
    if (verb && ArrestWords.CHARGE_VERBS.contains(lemma)) {
      // Whatever "charged with", "accused of" or "suspected of" takes is the offence, even a
      // phrase about people ("accused of sheltering fighters")
      for (String relation : CHARGE_VERB_COMPLEMENTS) {
        for (IndexedWord complement : ownChildren(graph, clause, ImmutableSet.of(relation))) {
          if (isNamedThing(complement)) {
            return OffencePhrase.of(sentence, complement);
          }
        }
      }
    }
    if (ArrestWords.FACING_VERBS.contains(lemma)) {
      for (IndexedWord object : children(graph, clause, ImmutableSet.of("obj"))) {
        Optional<Phrase> charge = chargeNamedBy(object);
        if (charge.isPresent()) {
          return charge;
        }
      }
    }
    for (IndexedWord on : children(graph, clause, ON)) {
      if (ArrestWords.CHARGE_NOUNS.contains(lemma(on))) {
        return OffencePhrase.of(sentence, on);
      }
    }
    for (IndexedWord reason : children(graph, clause, FOR)) {
      if (isOffence(reason)) {
        return OffencePhrase.of(sentence, reason);
      }
    }
    for (IndexedWord connection : children(graph, clause, IN_CONNECTION)) {
      return OffencePhrase.of(sentence, connection);
    }
    for (IndexedWord trial : children(graph, clause, ImmutableSet.of("obj", "obl:", "nmod:"))) {
      if (lemma(trial).equals("trial")) {
        Optional<Phrase> charge = chargeNamedBy(trial);
        if (charge.isPresent()) {
          return charge;
        }
      }
    }
    return attachedOneLevelDown(clause, verb && ArrestWords.CHARGE_VERBS.contains(lemma));
  }

  /**
   * A charge the parser hung on a phrase of the clause instead of on its verb: "apprehended near
   * the harbour on suspicion of arson" ("on suspicion" under "harbour"), "detained Monday night in
   * connection with the attack", "is charged in circuit court with two counts of arson".
   */
  private Optional<Phrase> attachedOneLevelDown(IndexedWord clause, boolean chargeVerb) {
    for (IndexedWord phrase : ownChildren(graph, clause, ImmutableSet.of("obl:", "obl", "obl:tmod", "obj"))) {
      for (IndexedWord on : ownChildren(graph, phrase, ImmutableSet.of("nmod:on"))) {
        if (ArrestWords.CHARGE_NOUNS.contains(lemma(on)) && !on.equals(clause)) {
          return OffencePhrase.of(sentence, on);
        }
      }
      for (IndexedWord connection : ownChildren(graph, phrase, IN_CONNECTION)) {
        return OffencePhrase.of(sentence, connection);
      }
      if (chargeVerb) {
        for (IndexedWord with : ownChildren(graph, phrase, ImmutableSet.of("nmod:with"))) {
          if (isNamedThing(with)) {
            return OffencePhrase.of(sentence, with);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "charges of murder", "a criminal inquiry into embezzlement", "a murder charge", or the
   * charges a trial is on ("trial on several charges, including arson").
   */
  private Optional<Phrase> chargeNamedBy(IndexedWord noun) {
    String lemma = lemma(noun);
    if (ArrestWords.CHARGE_NOUNS.contains(lemma)) {
      boolean specific =
          !children(graph, noun, ImmutableSet.of("nmod:", "compound", "amod", "acl")).isEmpty();
      return specific ? OffencePhrase.of(sentence, noun) : Optional.empty();
    }
    if (lemma.equals("trial")) {
      for (IndexedWord charges : children(graph, noun, ImmutableSet.of("nmod:on", "nmod:for"))) {
        return OffencePhrase.of(sentence, charges);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a complement of a custody word names an offence rather than a time, a person or a
   * reason such as "questioning": "for the shooting", "for fighting", "for two counts of murder".
   */
  private boolean isOffence(IndexedWord word) {
    return isNamedThing(word)
        && !People.isPerson(graph, word)
        && !CustodyPlaces.is(graph, word);
  }

  /** A noun, gerund or adjective that is not a time, a number or a reason like "questioning". */
  private boolean isNamedThing(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    if (!(tag.startsWith("NN") || tag.startsWith("VB") || tag.equals("JJ"))) {
      return false;
    }
    return !ArrestWords.NOT_OFFENCES.contains(lemma(word))
        && !NOT_OFFENCE_TYPES.contains(String.valueOf(word.ner()));
  }
}
