package org.eventfacts.actor;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * A proper name in the text and the kind of actor it names, after the tagger's mistakes are
 * corrected: "Arkady Lentz" (PERSON), "US State Department" (ORGANIZATION).
 *
 * <p>{@code spelled} is the name in its usual order where the text writes it otherwise ("Ana Voss"
 * for "Voss, Ana" in a list of authors), or {@code null} for the words as written. A value: equal
 * names have the same mention, kind and spelling.
 */
final class Name implements Comparable<Name> {

  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  private final Mention mention;
  private final ActorKind kind;
  private final @Nullable String spelled;
  // built on first use: the actor rules compare the words of every name with those of many others
  private @Nullable ImmutableList<String> words;

  Name(Mention mention, ActorKind kind, @Nullable String spelled) {
    this.mention = mention;
    this.kind = kind;
    this.spelled = spelled;
  }

  Name(Mention mention, ActorKind kind) {
    this(mention, kind, null);
  }

  Mention mention() {
    return mention;
  }

  ActorKind kind() {
    return kind;
  }

  @Nullable String spelled() {
    return spelled;
  }

  String text() {
    return spelled != null ? spelled : mention.text();
  }

  /** The words of the name, lower-cased, without a leading "the". */
  ImmutableList<String> words() {
    ImmutableList<String> known = words;
    if (known == null) {
      ImmutableList<String> all = ImmutableList.copyOf(WORDS.split(TitleWords.lower(text())));
      known =
          !all.isEmpty() && all.get(0).equals("the") && all.size() > 1
              ? all.subList(1, all.size())
              : all;
      words = known;
    }
    return known;
  }

  Name withKind(ActorKind newKind) {
    return new Name(mention, newKind, spelled);
  }

  @Override
  public int compareTo(Name other) {
    return mention.compareTo(other.mention);
  }

  // equals, hashCode and toString as the record this class was (its words are derived)

  @Override
  public boolean equals(Object other) {
    return other instanceof Name name
        && mention.equals(name.mention)
        && kind == name.kind
        && Objects.equals(spelled, name.spelled);
  }

  @Override
  public int hashCode() {
    return (31 * Objects.hashCode(mention) + Objects.hashCode(kind)) * 31 + Objects.hashCode(spelled);
  }

  @Override
  public String toString() {
    return "Name[mention=" + mention + ", kind=" + kind + ", spelled=" + spelled + "]";
  }
}
