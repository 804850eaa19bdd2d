package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * Groups the names of a text into actors, without coreference models:
 *
 * <ul>
 *   <li>the same name, ignoring case and a leading "the", is one actor;
 *   <li>a person's shorter name ends the full one ("Voss" and "Arkady Voss"), leaves out its middle
 *       names ("Arkady Voss" and "Arkady Ilyich Voss"), or is its given names alone when no full
 *       name ends in it; among several full names it is the latest one before it ("Hayes" after
 *       "Tanya Hayes" and before the next "Devon Hayes");
 *   <li>an organisation's shorter name ends the full one in two words or more ("Interior Ministry"
 *       and "Dastrian Interior Ministry"), is its acronym ("NGC"), its alias in parentheses ("the
 *       State Security Service (SSS)"), lacks only a company designator ("Norgas" and "Norgas
 *       Holdings Ltd"), or is its organisation noun alone ("the Senate" and "the Federal Senate",
 *       "the Ministry" and "the Ministry of Fisheries");
 *   <li>a country's names are one country ("U.S." and "United States").
 * </ul>
 */
final class NameMerger {

  private static final ImmutableSet<String> GENERATIONS =
      ImmutableSet.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

  private NameMerger() {}

  /** The actors the names refer to; {@code aliases} maps a parenthesised alias to its long name. */
  static ImmutableList<Entity> merge(List<Name> names, Map<String, String> aliases) {
    List<Name> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.<Name>comparingInt(n -> -n.words().size()).thenComparing(n -> n));
    Map<String, Entity> byKey = new HashMap<>();
    Map<String, Gender> courtesy = courtesyGenders(names, aliases);
    List<Entity> entities = new ArrayList<>();
    for (Name name : longestFirst) {
      String key = key(name, aliases);
      Entity known = byKey.get(key);
      if (known != null) {
        known.addName(name);
        continue;
      }
      List<Entity> containers = new ArrayList<>();
      for (Entity entity : entities) {
        if (entity.kind() == name.kind()
            && entity.names().stream().anyMatch(full -> isShortFormOf(name, full))) {
          containers.add(entity);
        }
      }
      Gender sex = courtesy.get(key);
      if (sex != null) {
        // "Mr. Lentz" is not "Maria Lentz": a courtesy title of one sex keeps a surname off a
        // full name whose given name is usually the other's
        containers.removeIf(entity -> entity.names().stream().allMatch(full -> isOtherSex(full, sex)));
      }
      if (containers.size() > 1) {
        // a surname ends a full name; only without one is it read as a given name
        List<Entity> bySurname = new ArrayList<>();
        for (Entity entity : containers) {
          if (entity.names().stream().anyMatch(full -> endsWith(full.words(), name.words()))) {
            bySurname.add(entity);
          }
        }
        if (!bySurname.isEmpty()) {
          containers = bySurname;
        }
      }
      if (containers.size() == 1) {
        containers.get(0).addName(name);
        byKey.put(key, containers.get(0));
      } else if (containers.size() > 1) {
        latestBefore(containers, name).addName(name);
      } else {
        Entity entity = new Entity(name.kind());
        entity.addName(name);
        entities.add(entity);
        byKey.put(key, entity);
      }
    }
    return ImmutableList.copyOf(entities);
  }

  /**
   * The sex the courtesy titles before a person's short name give it ("Mr. Lentz", "Ms. Voss"), per
   * name key, where every titled mention agrees and at least half of the name's mentions are
   * titled: a newspaper that titles its people titles them throughout, while a name titled only
   * now and then may be a nickname ("her dog, Mr. Biscuit").
   */
  private static Map<String, Gender> courtesyGenders(
      List<Name> names, Map<String, String> aliases) {
    Map<String, Gender> genders = new HashMap<>();
    Map<String, Integer> titled = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    Set<String> mixed = new HashSet<>();
    for (Name name : names) {
      if (name.kind() != ActorKind.PERSON) {
        continue;
      }
      String key = key(name, aliases);
      all.merge(key, 1, Integer::sum);
      Mention mention = name.mention();
      if (mention.first() < 2) {
        continue;
      }
      String before = TitleWords.lower(mention.sentence().token(mention.first() - 1).word());
      Gender gender = TitleWords.HONORIFICS.get(before);
      if (gender == null) {
        continue;
      }
      titled.merge(key, 1, Integer::sum);
      Gender known = genders.putIfAbsent(key, gender);
      if (known != null && known != gender) {
        mixed.add(key);
      }
    }
    genders.keySet().removeIf(key -> mixed.contains(key) || 2 * titled.get(key) < all.get(key));
    return genders;
  }

  /** Whether the full name's given name is usually of the other sex than {@code sex}. */
  private static boolean isOtherSex(Name full, Gender sex) {
    List<String> words = full.words();
    if (words.size() < 2) {
      return false;
    }
    Gender given = FirstNames.genderOf(words.get(0));
    return given != null && given != sex;
  }

  private static String key(Name name, Map<String, String> aliases) {
    if (name.kind() == ActorKind.COUNTRY) {
      String country = Places.instance().country(name.text());
      if (country != null) {
        return "COUNTRY:" + TitleWords.lower(country);
      }
    }
    String words = String.join(" ", name.words());
    String longForm = aliases.get(name.text());
    if (longForm != null) {
      words = longForm;
    }
    return name.kind() + ":" + words;
  }

  /** Whether {@code name} is a shorter way of writing {@code full}. */
  static boolean isShortFormOf(Name name, Name full) {
    List<String> shortWords = name.words();
    List<String> fullWords = full.words();
    if (shortWords.size() >= fullWords.size()) {
      return false;
    }
    return switch (name.kind()) {
      case PERSON -> isShortPersonName(shortWords, withoutGeneration(fullWords));
      case ORGANIZATION -> isShortOrganisationName(name, shortWords, fullWords);
      default -> false;
    };
  }

  private static boolean isShortPersonName(List<String> shortWords, List<String> fullWords) {
    if (shortWords.size() >= fullWords.size()) {
      return false;
    }
    if (endsWith(fullWords, shortWords)) {
      return true;
    }
    if (fullWords.subList(0, shortWords.size()).equals(shortWords)) {
      // "Maria" and "Maria Elena" for "Maria Elena Vidal": the given names alone
      return true;
    }
    // "Ana Vidal" for "Ana Lucia Vidal": the middle names left out. A middle initial kept tells
    // two people apart ("Ana B. Vidal" is not "Ana C. B. Vidal"), so only first and last name.
    return shortWords.size() == 2
        && shortWords.get(0).equals(fullWords.get(0))
        && shortWords.get(1).equals(fullWords.get(fullWords.size() - 1));
  }

  private static boolean isShortOrganisationName(
      Name name, List<String> shortWords, List<String> fullWords) {
    if (shortWords.size() >= 2 && endsWith(fullWords, shortWords)) {
      return true;
    }
    if (shortWords.size() == 1 && Acronyms.isAcronymOf(name.text(), fullWords)) {
      return true;
    }
    if (shortWords.size() == 1 && isHeadWordOf(shortWords.get(0), fullWords)) {
      return true;
    }
    if (!fullWords.subList(0, shortWords.size()).equals(shortWords)) {
      return false;
    }
    for (String rest : fullWords.subList(shortWords.size(), fullWords.size())) {
      if (!OrganisationWords.DESIGNATORS.contains(rest)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Senate" for "the Federal Senate", "the Ministry" for "the Ministry of Fisheries": an
   * organisation noun alone is the short form of the name it ends or heads.
   */
  private static boolean isHeadWordOf(String word, List<String> fullWords) {
    if (!OrganisationWords.isHead(word)) {
      return false;
    }
    if (fullWords.get(fullWords.size() - 1).equals(word)) {
      return true;
    }
    int of = fullWords.indexOf("of");
    int forWord = fullWords.indexOf("for");
    int end = of < 0 ? forWord : forWord < 0 ? of : Math.min(of, forWord);
    return end > 0 && fullWords.get(end - 1).equals(word);
  }

  private static List<String> withoutGeneration(List<String> words) {
    if (words.size() > 2 && GENERATIONS.contains(words.get(words.size() - 1))) {
      return words.subList(0, words.size() - 1);
    }
    return words;
  }

  private static boolean endsWith(List<String> words, List<String> end) {
    return words.size() > end.size()
        && words.subList(words.size() - end.size(), words.size()).equals(end);
  }

  private static Entity latestBefore(List<Entity> containers, Name name) {
    @Nullable Entity best = null;
    @Nullable Mention bestMention = null;
    for (Entity entity : containers) {
      for (Name own : entity.names()) {
        Mention mention = own.mention();
        if (mention.compareTo(name.mention()) < 0
            && (bestMention == null || mention.compareTo(bestMention) > 0)) {
          best = entity;
          bestMention = mention;
        }
      }
    }
    return best != null ? best : containers.get(0);
  }
}
