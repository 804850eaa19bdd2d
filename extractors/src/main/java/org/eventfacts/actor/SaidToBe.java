package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;
import org.jspecify.annotations.Nullable;

/**
 * What the text says a name is: the common noun set beside it ("Tarn Quill, their second son";
 * "Harbour Lights, a band I started in 1993") or said of it ("Quill was the first guy to ...").
 * A noun for a person makes the name a person's, a noun for a body an organisation's, where the
 * tagger did not call it otherwise time and again ({@link NameKinds}). A noun after a preposition
 * says where the name is, not what it is: "Lentz is on a network".
 */
final class SaidToBe {

  /** Nouns for bodies that no list of organisation names ends in: "a band", "the carrier". */
  private static final ImmutableSet<String> BODIES =
      ImmutableSet.of(
          "company", "firm", "band", "group", "team", "club", "site", "website", "label", "network", "broadcaster", "carrier", "maker", "manufacturer", "retailer",
          "brand", "charity", "agency", "newspaper", "paper", "magazine", "outlet", "startup",
          "organisation", "organization", "institution", "party", "insurer", "lender", "producer",
          "distributor", "provider", "supplier", "developer", "studio", "chain", "automaker",
          "carmaker", "airline", "bank", "union");

  /** Nouns for people that no title list holds. */
  private static final ImmutableSet<String> PEOPLE =
      ImmutableSet.of(
          "guy", "person", "man", "woman", "boy", "girl", "child", "friend", "colleague",
          "partner", "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father",
          "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "fellow");

  private SaidToBe() {}

  /** The kind the noun set beside or said of {@code mention} gives it, or {@code null}. */
  static @Nullable ActorKind kindOf(Mention mention) {
    IndexedWord noun = nounFor(mention);
    if (noun == null) {
      return null;
    }
    String word = Dependencies.lower(noun);
    if (BODIES.contains(word) || OrganisationWords.isHead(word)) {
      return ActorKind.ORGANIZATION;
    }
    boolean one = "NN".equals(noun.tag()); // a plural noun says what members are, not the name
    if (one && (PEOPLE.contains(word) || TitleWords.isHead(word))) {
      return ActorKind.PERSON;
    }
    return null;
  }

  /** The common noun in apposition to the name or predicated of it, or {@code null}. */
  static @Nullable IndexedWord nounFor(Mention mention) {
    SemanticGraph graph = mention.sentence().graph();
    IndexedWord head = graph == null ? null : TitleReader.headOf(graph, mention);
    if (head == null) {
      return null;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      if (edge.getRelation().toString().equals("appos") && isCommonNoun(edge.getDependent())) {
        return edge.getDependent();
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeList(head)) {
      String relation = edge.getRelation().toString();
      IndexedWord governor = edge.getGovernor();
      if (relation.equals("appos") && isCommonNoun(governor)) {
        return governor;
      }
      boolean copula =
          !Dependencies.children(graph, governor, ImmutableSet.of("cop")).isEmpty()
              && Dependencies.children(graph, governor, ImmutableSet.of("case")).isEmpty();
      if (relation.startsWith("nsubj") && copula && isCommonNoun(governor)) {
        return governor;
      }
    }
    return null;
  }

  private static boolean isCommonNoun(IndexedWord word) {
    return word.tag() != null
        && (word.tag().equals("NN") || word.tag().equals("NNS"))
        && Capitals.isLowerCase(word.word());
  }
}
