package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
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
 *   <li>what the text says a person or organisation is decides between the two, over the tagger:
 *       "Tarn Quill, their second son" is a person ({@link SaidToBe});
 *   <li>where the occurrences split evenly between a person and an organisation, a name that
 *       starts with a given name is a person ("Ana Voss"), any other an organisation ("Factwise");
 *   <li>a one-word organisation that is the surname of a person the text names in full is that
 *       person: "Lentz" after "Ivo Lentz", whatever the tagger called it;
 *   <li>a name whose head is a plural noun for people names a group: "Democratic Senators".
 * </ul>
 */
final class NameKinds {

  /** Plural nouns for the members of a body: "Democratic Senators", "Members of Parliament". */
  private static final ImmutableSet<String> MEMBERS =
      ImmutableSet.of(
          "members", "senators", "ministers", "governors", "representatives", "congressmen",
          "congresswomen", "lawmakers", "legislators", "deputies", "councillors", "councilors",
          "delegates", "mayors", "judges", "generals", "commissioners", "peers");

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
    Map<String, Map<ActorKind, Integer>> described = new HashMap<>();
    for (Name name : names) {
      ActorKind said = isPersonOrBody(name.kind()) ? SaidToBe.kindOf(name.mention()) : null;
      if (said != null) {
        described
            .computeIfAbsent(key(name), k -> new EnumMap<>(ActorKind.class))
            .merge(said, 1, Integer::sum);
      }
    }
    List<Name> decided = new ArrayList<>(names.size());
    for (Name name : names) {
      ActorKind kind = byVotes(name, votes.get(key(name)));
      Map<ActorKind, Integer> said = described.get(key(name));
      if (said != null && isPersonOrBody(kind)) {
        // what the text says weighs twice a tagging, so it decides a name tagged once or twice,
        // not one the tagger called the same twenty times
        Map<ActorKind, Integer> all = new EnumMap<>(votes.get(key(name)));
        said.forEach((saidKind, count) -> all.merge(saidKind, 2 * count, Integer::sum));
        kind = byVotes(name, all);
      }
      if (kind == ActorKind.ORGANIZATION && isSurname(name, surnames, organisationWords)) {
        kind = ActorKind.PERSON;
      }
      if ((kind == ActorKind.ORGANIZATION || kind == ActorKind.PERSON) && isGroupName(name)) {
        kind = ActorKind.GROUP;
      }
      decided.add(name.withKind(kind));
    }
    return decided;
  }

  private static boolean isPersonOrBody(ActorKind kind) {
    return kind == ActorKind.PERSON || kind == ActorKind.ORGANIZATION;
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

  /**
   * "Democratic Senators", "Members of Parliament": a name whose head is a plural noun for people
   * names a group of them, not a body. A body named by such a noun and what it does or is for
   * ("Doctors for Clean Air") is left alone.
   */
  private static boolean isGroupName(Name name) {
    List<String> words = name.words();
    int of = words.indexOf("of");
    String head;
    if (of > 0) {
      head = words.get(of - 1);
    } else if (words.stream().anyMatch(NameKinds::isLinkWord)) {
      return false;
    } else {
      head = words.get(words.size() - 1);
    }
    return isPeople(head) && !OrganisationWords.isHead(head);
  }

  private static boolean isLinkWord(String word) {
    return word.equals("for") || word.equals("without") || word.equals("against");
  }

  private static boolean isPeople(String word) {
    return MEMBERS.contains(word);
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
