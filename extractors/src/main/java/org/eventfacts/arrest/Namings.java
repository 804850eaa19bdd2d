package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
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
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * The places where a news text gives the name of someone it first described, read once per
 * document:
 *
 * <ul>
 *   <li>a description with the name in apposition: "The suspect, Wade Coulter, 46, ...", "the
 *       driver, Kyle Renner";
 *   <li>an identification: "the man was identified as John Doe", "police identified the suspect
 *       as John Doe";
 *   <li>a charge against a named person: "Lee Park, of Newport, is charged with burglary",
 *       "Police charged John Doe and Jane Roe with murder" (a naming without a description, since
 *       a report of an arrest of "a 21-year-old" or of "three suspects" is followed by the names
 *       of those charged).
 * </ul>
 */
final class Namings {

  /** How a naming gives the name. */
  enum Kind {
    /** "The suspect, Wade Coulter, ...", "the man was identified as John Doe". */
    DESCRIBED,
    /** "Lee Park is charged with burglary". */
    CHARGED,
    /** "Omar Reyes, 19, appeared in court ...": the person a sentence is about. */
    SUBJECT
  }

  /**
   * One naming.
   *
   * @param sentence where the name is given
   * @param kind how it is given
   * @param noun the lemma of the description named ("suspect", "man"), or empty
   * @param name the name as written
   * @param verb the charging verb of a charge, the head of a description, the verb of a subject
   */
  record Naming(ParsedSentence sentence, Kind kind, String noun, Phrase name, IndexedWord verb) {

    boolean isCharge() {
      return kind == Kind.CHARGED;
    }
  }

  private static final ImmutableSet<String> DEFINITE = ImmutableSet.of("the", "this", "that");
  private static final ImmutableSet<String> CHARGING = ImmutableSet.of("charge", "accuse", "indict");

  private final ImmutableList<Naming> namings;

  private Namings(List<Naming> namings) {
    this.namings = ImmutableList.copyOf(namings);
  }

  /** Reads the namings of {@code text}. */
  static Namings of(ParsedText text) {
    List<Naming> namings = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      SemanticGraph graph = sentence.graph();
      if (graph != null) {
        read(sentence, graph, namings);
      }
    }
    return new Namings(namings);
  }

  /** All namings, in text order. */
  ImmutableList<Naming> all() {
    return namings;
  }

  /**
   * The nearest name given after sentence {@code sentence} for the description {@code noun}: by
   * the same noun or "suspect" within {@code reach} sentences, by a charge within {@code
   * chargeReach}, or as the person the next sentence is about ("Police arrested a suspect on
   * Friday. Omar Reyes, 19, ...").
   */
  Optional<Phrase> after(int sentence, String noun, int reach, int chargeReach) {
    for (Naming naming : namings) {
      int distance = naming.sentence().index() - sentence;
      if (distance <= 0) {
        continue;
      }
      boolean fits =
          switch (naming.kind()) {
            case DESCRIBED ->
                (naming.noun().equals(noun) || naming.noun().equals("suspect")) && distance <= reach;
            case CHARGED -> distance <= chargeReach;
            case SUBJECT -> distance == 1;
          };
      if (fits) {
        return Optional.of(naming.name());
      }
    }
    return Optional.empty();
  }

  /** The name given before sentence {@code sentence} for the description {@code noun}, nearest first. */
  Optional<Phrase> before(int sentence, String noun, int reach) {
    for (Naming naming : namings.reverse()) {
      int distance = sentence - naming.sentence().index();
      if (distance >= 0 && distance <= reach && naming.kind() == Kind.DESCRIBED && naming.noun().equals(noun)) {
        return Optional.of(naming.name());
      }
    }
    return Optional.empty();
  }

  private static void read(ParsedSentence sentence, SemanticGraph graph, List<Naming> namings) {
    subject(sentence, graph, namings);
    for (SemanticGraphEdge edge : sentence.edgesInOrder()) {
      String relation = edge.getRelation().toString();
      IndexedWord governor = edge.getGovernor();
      IndexedWord dependent = edge.getDependent();
      if (edge.isExtra()) {
        continue;
      }
      if (relation.equals("appos") && isDescription(graph, governor) && People.isName(dependent)) {
        namings.add(
            new Naming(sentence, Kind.DESCRIBED, lemma(governor), People.name(sentence, dependent.index()), governor));
      }
    }
    for (IndexedWord verb : sentence.wordsInOrder()) {
      if (verb.tag() == null || !verb.tag().startsWith("VB")) {
        continue;
      }
      String lemma = lemma(verb);
      if (lemma.equals("identify")) {
        identification(sentence, graph, verb, namings);
      } else if (CHARGING.contains(lemma)) {
        for (IndexedWord person : charged(graph, verb)) {
          namings.add(new Naming(sentence, Kind.CHARGED, "", People.name(sentence, person.index()), verb));
        }
      }
    }
  }

  /** "Omar Reyes, 19, appeared in court ...": a name as subject of the sentence's main verb. */
  private static void subject(ParsedSentence sentence, SemanticGraph graph, List<Naming> namings) {
    for (IndexedWord root : graph.getRoots()) {
      if (ArrestWords.ANNOUNCING_VERBS.contains(lemma(root))) {
        continue;
      }
      for (IndexedWord subject : ownChildren(graph, root, ImmutableSet.of("nsubj", "nsubj:pass"))) {
        if (People.isName(subject)) {
          namings.add(new Naming(sentence, Kind.SUBJECT, "", People.name(sentence, subject.index()), root));
        }
      }
    }
  }

  /** "the man was identified as John Doe", "police identified the suspect as John Doe". */
  private static void identification(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord verb, List<Naming> namings) {
    List<IndexedWord> described = new ArrayList<>(ownChildren(graph, verb, ImmutableSet.of("nsubj:pass")));
    described.addAll(ownChildren(graph, verb, ImmutableSet.of("obj")));
    for (IndexedWord name : children(graph, verb, ImmutableSet.of("obl:as", "xcomp"))) {
      if (!People.isName(name)) {
        continue;
      }
      for (IndexedWord description : described) {
        if (isDescription(graph, description) || description.tag() != null && description.tag().startsWith("NN")) {
          namings.add(
              new Naming(sentence, Kind.DESCRIBED, lemma(description), People.name(sentence, name.index()), description));
        }
      }
    }
  }

  /** The named people a charging verb is about: its passive subjects, or its active objects. */
  private static Set<IndexedWord> charged(SemanticGraph graph, IndexedWord verb) {
    Set<IndexedWord> people = new LinkedHashSet<>();
    boolean passive = !children(graph, verb, ImmutableSet.of("aux:pass")).isEmpty() || "VBN".equals(verb.tag());
    ImmutableSet<String> relations = passive ? ImmutableSet.of("nsubj:pass", "nsubj") : ImmutableSet.of("obj");
    for (IndexedWord person : ownChildren(graph, verb, relations)) {
      people.add(person);
      people.addAll(ownChildren(graph, person, ImmutableSet.of("conj:")));
      if (People.isName(person)) {
        // "charged John Doe, 18, Jim Poe, 19, and Jane Roe": list commas read as appositions
        ownChildren(graph, person, ImmutableSet.of("appos")).stream().filter(People::isName).forEach(people::add);
      }
    }
    people.removeIf(person -> !People.isName(person));
    return people;
  }

  /** "the suspect", "the mine's director": a common noun made definite. */
  private static boolean isDescription(SemanticGraph graph, IndexedWord noun) {
    if (noun.tag() == null || !noun.tag().startsWith("NN") || People.isName(noun)) {
      return false;
    }
    return graph.outgoingEdgeList(noun).stream()
        .anyMatch(
            edge ->
                (edge.getRelation().toString().equals("det") && DEFINITE.contains(lower(edge.getDependent())))
                    || edge.getRelation().toString().equals("nmod:poss"));
  }
}
