package org.eventfacts.actor;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * A proper name in the text and the kind of actor it names, after the tagger's mistakes are
 * corrected: "Arkady Lentz" (PERSON), "US State Department" (ORGANIZATION).
 *
 * @param spelled the name in its usual order where the text writes it otherwise ("Ana Voss" for
 *     "Voss, Ana" in a list of authors), or {@code null} for the words as written
 */
record Name(Mention mention, ActorKind kind, @Nullable String spelled) implements Comparable<Name> {

  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  Name(Mention mention, ActorKind kind) {
    this(mention, kind, null);
  }

  String text() {
    return spelled != null ? spelled : mention.text();
  }

  /** The words of the name, lower-cased, without a leading "the". */
  ImmutableList<String> words() {
    ImmutableList<String> words = ImmutableList.copyOf(WORDS.split(TitleWords.lower(text())));
    return !words.isEmpty() && words.get(0).equals("the") && words.size() > 1
        ? words.subList(1, words.size())
        : words;
  }

  Name withKind(ActorKind newKind) {
    return new Name(mention, newKind, spelled);
  }

  @Override
  public int compareTo(Name other) {
    return mention.compareTo(other.mention);
  }
}
