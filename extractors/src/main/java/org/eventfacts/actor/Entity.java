package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * An actor while the text is being read: its names and other mentions so far, and what the text has
 * said about it (titles, age, sex, what it belongs to). Mutable; confined to one document's
 * reading. {@link ActorExtractor} turns it into an {@link org.eventfacts.fact.Actor}.
 */
final class Entity {

  private final ActorKind kind;
  private final List<Name> names = new ArrayList<>();
  private final List<Mention> references = new ArrayList<>();
  private final TreeMap<Mention, List<String>> titles = new TreeMap<>();
  private final Set<String> descriptors = new LinkedHashSet<>();
  private final Map<Gender, Integer> genderVotes = new EnumMap<>(Gender.class);
  private final List<Affiliation> affiliations = new ArrayList<>();
  private @Nullable Integer age;
  private @Nullable String groupName;

  Entity(ActorKind kind) {
    this.kind = kind;
  }

  /** A group actor ("security forces") named by the common noun phrase the text uses. */
  static Entity group(String name) {
    Entity entity = new Entity(ActorKind.GROUP);
    entity.groupName = name;
    return entity;
  }

  ActorKind kind() {
    return kind;
  }

  void addName(Name name) {
    names.add(name);
  }

  void addReference(Mention mention) {
    references.add(mention);
  }

  ImmutableList<Name> names() {
    return ImmutableList.sortedCopyOf(names);
  }

  /** Every mention, named or not, in text order. */
  ImmutableList<Mention> mentions() {
    List<Mention> all = new ArrayList<>(references);
    names.forEach(name -> all.add(name.mention()));
    return ImmutableList.sortedCopyOf(all);
  }

  Mention firstMention() {
    return mentions().get(0);
  }

  /**
   * The fullest name: for people and organisations the one with the most words (the first of
   * those), so "Arkady Lentz" over "Lentz" and "Northern Grain Council" over "NGC", "United States"
   * over "U.S."; of those, one not in capitals ("Dunmore" over "DUNMORE").
   */
  String name() {
    if (groupName != null) {
      return groupName;
    }
    return names().stream()
        .max(
            Comparator.<Name>comparingInt(n -> n.words().size())
                .thenComparing(n -> !isAllCaps(n.text()))
                .thenComparing(Comparator.<Name>naturalOrder().reversed()))
        .map(Entity::withoutArticle)
        .orElseThrow();
  }

  private static String withoutArticle(Name name) {
    String text = name.text();
    boolean article =
        (text.startsWith("the ") || text.startsWith("The ")) && !text.substring(4).isBlank();
    return article ? text.substring(4) : text;
  }

  private static boolean isAllCaps(String text) {
    return text.length() > 4 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  void addTitle(Mention at, String title) {
    titles.computeIfAbsent(at, m -> new ArrayList<>()).add(title);
  }

  /** The titles in order of mention, each once (compared without case). */
  ImmutableList<String> titles() {
    Map<String, String> unique = new LinkedHashMap<>();
    titles.values().forEach(list -> list.forEach(t -> unique.putIfAbsent(TitleWords.lower(t), t)));
    return ImmutableList.copyOf(unique.values());
  }

  /** Whether one of the titles ends in {@code head} or equals {@code title}, without case. */
  boolean hasTitle(String title) {
    String wanted = TitleWords.lower(title);
    for (String own : titles()) {
      String lower = TitleWords.lower(own);
      if (lower.equals(wanted)
          || lower.endsWith(" " + wanted)
          || lower.startsWith(wanted + " of")) {
        return true;
      }
    }
    return descriptors.contains(wanted);
  }

  void addDescriptor(String noun) {
    descriptors.add(TitleWords.lower(noun));
  }

  void voteGender(@Nullable Gender gender) {
    if (gender != null) {
      genderVotes.merge(gender, 1, Integer::sum);
    }
  }

  /** The sex the text most often gives, or {@code null} when it gives none or both equally. */
  @Nullable Gender gender() {
    int male = genderVotes.getOrDefault(Gender.MALE, 0);
    int female = genderVotes.getOrDefault(Gender.FEMALE, 0);
    return male > female ? Gender.MALE : female > male ? Gender.FEMALE : null;
  }

  void setAge(int years) {
    if (age == null) {
      age = years;
    }
  }

  @Nullable Integer age() {
    return age;
  }

  void addAffiliation(Affiliation affiliation) {
    affiliations.add(affiliation);
  }

  ImmutableList<Affiliation> affiliations() {
    return ImmutableList.copyOf(affiliations);
  }
}
