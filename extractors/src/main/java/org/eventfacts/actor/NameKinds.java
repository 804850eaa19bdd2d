package org.eventfacts.actor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventfacts.fact.ActorKind;

/**
 * Decides the kind of each name from all its occurrences, where the tagger decides each alone:
 *
 * <ul>
 *   <li>one string is one kind throughout a text, the kind most of its occurrences have: a town
 *       tagged a person in a title-case headline ("Protests Spread To Dunmore") takes its kind in
 *       the body;
 *   <li>where the occurrences split evenly between a person and an organisation, a name that
 *       starts with a given name is a person ("Ana Voss"), any other an organisation ("Factwise");
 *   <li>a one-word organisation that is the surname of a person the text names in full is that
 *       person: "Lentz" after "Ivo Lentz", whatever the tagger called it.
 * </ul>
 */
final class NameKinds {

  private NameKinds() {}

  /** {@code names}, each with the kind the whole text gives it. */
  static List<Name> decide(List<Name> names) {
    Map<String, Map<ActorKind, Integer>> votes = new HashMap<>();
    for (Name name : names) {
      votes
          .computeIfAbsent(key(name), k -> new EnumMap<>(ActorKind.class))
          .merge(name.kind(), 1, Integer::sum);
    }
    Set<String> surnames = new HashSet<>();
    Set<String> organisationWords = new HashSet<>();
    for (Name name : names) {
      List<String> words = name.words();
      if (words.size() > 1 && name.kind() == ActorKind.PERSON) {
        surnames.add(words.get(words.size() - 1));
      } else if (words.size() > 1 && name.kind() == ActorKind.ORGANIZATION) {
        organisationWords.addAll(words);
      }
    }
    List<Name> decided = new ArrayList<>(names.size());
    for (Name name : names) {
      ActorKind kind = byVotes(name, votes.get(key(name)));
      if (kind == ActorKind.ORGANIZATION && isSurname(name, surnames, organisationWords)) {
        kind = ActorKind.PERSON;
      }
      decided.add(name.withKind(kind));
    }
    return decided;
  }

  private static String key(Name name) {
    return String.join(" ", name.words());
  }

  private static ActorKind byVotes(Name name, Map<ActorKind, Integer> counts) {
    ActorKind best = name.kind();
    int bestCount = counts.get(best);
    for (Map.Entry<ActorKind, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    int people = counts.getOrDefault(ActorKind.PERSON, 0);
    int organisations = counts.getOrDefault(ActorKind.ORGANIZATION, 0);
    if (people > 0 && people == organisations && people == bestCount) {
      boolean givenName = name.words().size() > 1 && FirstNames.genderOf(name.words().get(0)) != null;
      return givenName ? ActorKind.PERSON : ActorKind.ORGANIZATION;
    }
    return best;
  }

  /** "Lentz" tagged an organisation where the text names "Ivo Lentz" and no "Lentz Holdings". */
  private static boolean isSurname(Name name, Set<String> surnames, Set<String> organisationWords) {
    List<String> words = name.words();
    return words.size() == 1
        && surnames.contains(words.get(0))
        && !organisationWords.contains(words.get(0))
        && !Acronyms.looksLikeAcronym(name.text());
  }
}
