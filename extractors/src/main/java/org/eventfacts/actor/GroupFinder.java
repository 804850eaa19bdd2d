package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the unnamed groups that act in news stories: people named by a plural role noun
 * ("demonstrators", "riot police", "the Dastrian security forces"). Mentions of one group share
 * their words without article and nationality ("security forces"); a nationality is the group's
 * affiliation. A noun used to modify another ("a police car", "the protesters' demands") is no
 * mention.
 */
final class GroupFinder {

  /** Plural or collective nouns for groups that act in the events news reports. */
  static final ImmutableSet<String> GROUP_NOUNS =
      ImmutableSet.of(
          "demonstrators",
          "protesters",
          "protestors",
          "police",
          "policemen",
          "officers",
          "forces",
          "troops",
          "soldiers",
          "militants",
          "rebels",
          "insurgents",
          "fighters",
          "gunmen",
          "attackers",
          "assailants",
          "rioters",
          "looters",
          "strikers",
          "authorities",
          "officials",
          "investigators",
          "prosecutors",
          "firefighters",
          "rescuers",
          "paramedics",
          "medics",
          "guards",
          "lawmakers",
          "legislators",
          "activists",
          "supporters",
          "opponents",
          "journalists",
          "reporters",
          "witnesses",
          "villagers",
          "residents",
          "civilians",
          "refugees",
          "migrants",
          "bandits",
          "terrorists",
          "criminals",
          "suspects",
          "separatists",
          "extremists",
          "militia",
          "militias",
          "military",
          "crowd",
          "crowds",
          "mob",
          "workers",
          "miners",
          "students",
          "deputies",
          "agents",
          "dockworkers",
          "employees",
          "volunteers",
          "analysts",
          "experts",
          "critics",
          "voters",
          "delegates",
          "negotiators",
          "diplomats",
          "leaders",
          "ministers",
          "senators",
          "democrats",
          "republicans");

  private static final ImmutableSet<String> NOT_A_MENTION =
      ImmutableSet.of("compound", "amod", "nmod:poss");

  private GroupFinder() {}

  /** The groups of {@code text}, each with its mentions; names already claimed are skipped. */
  static List<Entity> find(ParsedText text, MentionIndex index) {
    Map<String, Entity> groups = new LinkedHashMap<>();
    for (ParsedSentence sentence : text.sentences()) {
      SemanticGraph graph = sentence.graph();
      if (graph == null) {
        continue;
      }
      for (IndexedWord word : sentence.wordsInOrder()) {
        String lower = Dependencies.lower(word);
        if (!GROUP_NOUNS.contains(lower)
            || word.tag() == null
            || !word.tag().startsWith("NN")
            || index.entityAt(sentence.index(), word.index()).isPresent()
            || NOT_A_MENTION.contains(Dependencies.relationToHead(graph, word))) {
          continue;
        }
        int first = word.index();
        List<String> words = new ArrayList<>();
        for (IndexedWord modifier :
            Dependencies.ownChildren(graph, word, ImmutableSet.of("compound"))) {
          boolean common = Capitals.isLowerCase(modifier.word()) || modifier.index() == 1;
          if (modifier.index() == first - 1 && common && "O".equals(modifier.ner())) {
            first = modifier.index();
          }
        }
        for (int i = first; i <= word.index(); i++) {
          words.add(TitleWords.lower(sentence.token(i).word()));
        }
        String name = String.join(" ", words);
        Mention mention = new Mention(sentence, first, word.index());
        Entity group = groups.computeIfAbsent(name, Entity::group);
        group.addReference(mention);
        index.put(mention, group);
        for (IndexedWord modifier :
            Dependencies.children(graph, word, ImmutableSet.of("amod", "compound"))) {
          String place = Places.instance().placeOfDemonym(modifier.word());
          if (place != null) {
            group.addAffiliation(Affiliation.place(place));
          }
        }
      }
    }
    return new ArrayList<>(groups.values());
  }
}
