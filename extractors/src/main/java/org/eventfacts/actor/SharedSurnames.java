package org.eventfacts.actor;

import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads two people joined by "and" who share one surname, written once after the second given name:
 * "born to Ivo and Ana Brandl" names Ivo Brandl and Ana Brandl. The first given name alone would
 * otherwise be a person named only "Ivo".
 */
final class SharedSurnames {

  private SharedSurnames() {}

  /** {@code names}, with each given name before "and" and a full name spelled with its surname. */
  static List<Name> spell(List<Name> names) {
    List<Name> spelled = new ArrayList<>(names.size());
    for (Name name : names) {
      Name full = fullNameAfter(name, names);
      spelled.add(
          full == null
              ? name
              : new Name(name.mention(), ActorKind.PERSON, name.text() + " " + surname(full)));
    }
    return spelled;
  }

  /** The person's full name after "and" when {@code name} is a given name alone before it. */
  private static @Nullable Name fullNameAfter(Name name, List<Name> names) {
    Mention mention = name.mention();
    if (name.kind() != ActorKind.PERSON
        || mention.first() != mention.last()
        || name.spelled() != null
        || FirstNames.genderOf(name.text()) == null
        || mention.last() + 2 > mention.sentence().tokens().size()) {
      return null;
    }
    String joint = mention.sentence().token(mention.last() + 1).word();
    if (!joint.equals("and") && !joint.equals("&")) {
      return null;
    }
    int next = mention.last() + 2;
    for (Name other : names) {
      Mention after = other.mention();
      if (after.sentenceIndex() == mention.sentenceIndex()
          && after.first() == next
          && other.kind() == ActorKind.PERSON
          && after.last() > after.first()
          && FirstNames.genderOf(after.sentence().token(after.first()).word()) != null) {
        return other;
      }
    }
    return null;
  }

  private static String surname(Name full) {
    Mention mention = full.mention();
    return mention.sentence().token(mention.last()).word();
  }
}
