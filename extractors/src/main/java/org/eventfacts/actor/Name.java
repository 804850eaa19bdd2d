package org.eventfacts.actor;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import org.eventfacts.fact.ActorKind;

/**
 * A proper name in the text and the kind of actor it names, after the tagger's mistakes are
 * corrected: "Arkady Lentz" (PERSON), "US State Department" (ORGANIZATION).
 */
record Name(Mention mention, ActorKind kind) implements Comparable<Name> {

  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  String text() {
    return mention.text();
  }

  /** The words of the name, lower-cased, without a leading "the". */
  ImmutableList<String> words() {
    ImmutableList<String> words = ImmutableList.copyOf(WORDS.split(TitleWords.lower(text())));
    return !words.isEmpty() && words.get(0).equals("the") && words.size() > 1
        ? words.subList(1, words.size())
        : words;
  }

  Name withKind(ActorKind newKind) {
    return new Name(mention, newKind);
  }

  @Override
  public int compareTo(Name other) {
    return mention.compareTo(other.mention);
  }
}
