package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.hasChild;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.ownChildren;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Optional;
import org.eventfacts.text.Dependencies;

/**
 * Finds who a custody clause is about when the parser gave it no subject, as it often does with
 * news prose's long subjects and inserted clauses:
 *
 * <ul>
 *   <li>the subject of a clause subject: "A man believed to have driven the van was detained";
 *   <li>the object of a clause subject: "Jail records show Ada Burke was booked", parsed with
 *       "show" as subject of "booked";
 *   <li>the subject of the clause a participle or infinitive hangs on: "After being arrested,
 *       Smith said ...";
 *   <li>the object the parser gave the verb above instead: "said the director, Gennady Orlik, had
 *       been detained";
 *   <li>the person named right before the clause: "Mihail Dragan, who is facing an investigation,
 *       surrendered to police", "two men in the back room that they took into custody".
 * </ul>
 */
final class MissingSubjects {

  private static final ImmutableSet<String> CLAUSE_SUBJECTS = ImmutableSet.of("csubj", "csubj:pass");
  private static final ImmutableSet<String> RELATIVE_MARKS = ImmutableSet.of("that", "who", "whom", "which");

  private final Arguments arguments;
  private final SemanticGraph graph;

  MissingSubjects(Arguments arguments) {
    this.arguments = arguments;
    this.graph = arguments.graph();
  }

  /** The subjects of {@code verb}, or who its clause is about when the parser gave it none. */
  List<IndexedWord> of(IndexedWord verb) {
    List<IndexedWord> subjects = arguments.along(verb, Arguments.SUBJECTS);
    if (!subjects.isEmpty()) {
      return subjects;
    }
    for (IndexedWord clause : children(graph, verb, CLAUSE_SUBJECTS)) {
      List<IndexedWord> shown = arguments.along(clause, Arguments.OBJECTS);
      shown.removeIf(object -> !arguments.isPersonLike(object) || object.index() > verb.index());
      subjects.addAll(shown.isEmpty() ? arguments.along(clause, ImmutableSet.of("nsubj")) : shown);
    }
    if (!subjects.isEmpty()) {
      return subjects;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, verb);
    if (up.isEmpty()) {
      return subjects;
    }
    String relation = up.get().getRelation().toString();
    IndexedWord governor = up.get().getGovernor();
    if (relation.startsWith("advcl") || relation.equals("xcomp")) {
      if (ArrestWords.ANNOUNCING_VERBS.contains(lemma(governor))) {
        return subjects; // "..., after being apprehended, officials said": not the officials
      }
      List<IndexedWord> controllers = arguments.along(governor, Arguments.SUBJECTS);
      controllers.removeIf(controller -> !arguments.isPersonLike(controller));
      return controllers;
    }
    if (relation.equals("dep") || relation.equals("ccomp") || relation.equals("parataxis")) {
      for (IndexedWord object : ownChildren(graph, governor, Arguments.OBJECTS)) {
        boolean nameOrPerson = People.isPerson(graph, object) || "NNP".equals(object.tag());
        if (object.index() < verb.index() && nameOrPerson) {
          subjects.add(object);
        }
      }
      if (subjects.isEmpty()) {
        personBefore(verb).ifPresent(subjects::add);
      }
    }
    return subjects;
  }

  /**
   * The object of an active custody verb the parser left without one, when it opens a relative
   * clause it did not attach: "two men in the back room that they took into custody".
   */
  Optional<IndexedWord> objectOfRelative(IndexedWord verb) {
    if (!hasChild(graph, verb, ImmutableSet.of("mark"), RELATIVE_MARKS)) {
      return Optional.empty();
    }
    return personBefore(verb);
  }

  /**
   * The nearest person before {@code word} who is not inside a prepositional phrase, not part of
   * a longer name and not the subject of a verb of saying.
   */
  Optional<IndexedWord> personBefore(IndexedWord word) {
    for (int index = word.index() - 1; index >= 1; index--) {
      IndexedWord candidate = graph.getNodeByIndexSafe(index);
      if (candidate == null || candidate.tag() == null || !candidate.tag().startsWith("NN")) {
        continue;
      }
      if (!People.isPerson(graph, candidate) || !children(graph, candidate, ImmutableSet.of("case")).isEmpty()) {
        continue;
      }
      Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, candidate);
      String relation = up.map(edge -> edge.getRelation().toString()).orElse("root");
      boolean announcer =
          relation.equals("nsubj") && ArrestWords.ANNOUNCING_VERBS.contains(lemma(up.get().getGovernor()));
      if (!announcer && !relation.equals("compound")) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
