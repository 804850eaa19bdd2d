package org.eventfacts.arrest;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.text.Dependencies;

/**
 * Reads the people a word in an arrestee's place stands for:
 *
 * <ul>
 *   <li>a relative pronoun, the noun its clause describes ("a teacher, Ana Cruz, who was
 *       arrested"), or the person named right before it when the parser lost the clause;
 *   <li>"those" in "those arrested", the members the sentence lists ("Those arrested included
 *       students and teachers", "Among those arrested was Ana Cruz", "Ana Cruz was among those
 *       arrested");
 *   <li>a group, itself and the names in apposition to it ("The men, Curtis Vail and Owen
 *       Teague, were detained");
 *   <li>the members of an "including" list ("Activists were arrested, including Eva Marin, Rosa
 *       Diaz and the actor Pedro Gil"), where the parser reads the commas as appositions: an
 *       apposition that is a name, or a title with a name, is another member; one that is a
 *       description ("wife of the painter Luis Soto") describes the member before it.
 * </ul>
 */
final class ListedPeople {

  private static final ImmutableSet<String> INCLUDING = ImmutableSet.of("obl:including", "nmod:including");

  private final Arguments arguments;
  private final MissingSubjects missingSubjects;
  private final SemanticGraph graph;

  ListedPeople(Arguments arguments, MissingSubjects missingSubjects) {
    this.arguments = arguments;
    this.missingSubjects = missingSubjects;
    this.graph = arguments.graph();
  }

  /** The people {@code head}, an argument of the custody word {@code trigger}, stands for. */
  List<IndexedWord> standingFor(IndexedWord head, IndexedWord trigger) {
    List<IndexedWord> words = new ArrayList<>();
    String lower = lower(head);
    if (ArrestWords.RELATIVE_PRONOUNS.contains(lower) && !"DT".equals(head.tag())) {
      Optional<IndexedWord> described = describedByClause(head).filter(arguments::isPersonLike);
      (described.isPresent() ? described : missingSubjects.personBefore(head)).ifPresent(words::add);
      return words;
    }
    boolean describedByTrigger = Dependencies.head(graph, trigger).map(head::equals).orElse(false);
    if (ArrestWords.STAND_IN_HEADS.contains(lower) && describedByTrigger) {
      words.addAll(membersListedFor(head));
      return words;
    }
    words.add(head);
    for (IndexedWord item : children(graph, head, INCLUDING)) {
      words.addAll(listItems(item));
    }
    if ("NNS".equals(head.tag()) || "NNPS".equals(head.tag())) {
      for (IndexedWord member : ownChildren(graph, head, ImmutableSet.of("appos"))) {
        if (People.isName(member)) {
          words.add(member);
          words.addAll(ownChildren(graph, member, Arguments.CONJUNCTS));
        }
      }
    }
    return words;
  }

  /** The members of an "including" list hung on the custody verb: "were arrested, including ...". */
  List<IndexedWord> includedWith(IndexedWord verb) {
    List<IndexedWord> items = new ArrayList<>();
    for (IndexedWord item : ownChildren(graph, verb, INCLUDING)) {
      items.addAll(listItems(item));
    }
    return items;
  }

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

  private List<IndexedWord> membersListedFor(IndexedWord standIn) {
    List<IndexedWord> members = new ArrayList<>();
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, standIn);
    if (up.isPresent()) {
      String relation = up.get().getRelation().toString();
      IndexedWord governor = up.get().getGovernor();
      if (relation.equals("nsubj") && ArrestWords.INCLUDE_VERBS.contains(lemma(governor))) {
        members.addAll(arguments.along(governor, Arguments.OBJECTS));
      } else if (relation.startsWith("obl:among") || relation.startsWith("nmod:among")) {
        members.addAll(arguments.along(governor, Arguments.SUBJECTS));
        if (members.isEmpty()) {
          members.add(governor); // "Among those arrested was a teacher": the copula's predicate
        }
      }
    }
    if (!children(graph, standIn, ImmutableSet.of("cop")).isEmpty()) {
      members.addAll(arguments.along(standIn, Arguments.SUBJECTS));
    }
    return members;
  }

  private List<IndexedWord> listItems(IndexedWord first) {
    Set<IndexedWord> items = new LinkedHashSet<>();
    items.add(first);
    for (IndexedWord apposition : children(graph, first, ImmutableSet.of("appos"))) {
      if (isNamed(apposition)) {
        items.add(apposition);
      }
    }
    for (IndexedWord item : new ArrayList<>(items)) {
      items.addAll(ownChildren(graph, item, Arguments.CONJUNCTS));
    }
    return new ArrayList<>(items);
  }

  /** "Rosa Diaz", "the actor Pedro Gil": a name, or a word with a name of its own. */
  private boolean isNamed(IndexedWord word) {
    return People.isName(word)
        || hasChild(graph, word, ImmutableSet.of("dep", "compound", "flat", "appos"), People::isName);
  }
}
