package org.eventfacts.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eventfacts.fact.ActorKind;

/**
 * Gives back to places the names the tagger called people or organisations, where a rule's test on
 * the name says it is a place: the loop the rules of {@link PlacesAfterOf}, {@link PlacesOfMotion},
 * {@link Facilities} and {@link Addresses} share, each with its own test.
 *
 * <p>For example, {@code MistaggedPlaces.oneWordNames(names, name ->
 * isAfterTitle(name.mention()))} makes "Dunmore" in "the Mayor of Dunmore" a place, whichever of
 * person or organisation the tagger had said; a name of another kind, or of two words, is kept.
 */
final class MistaggedPlaces {

  private MistaggedPlaces() {}

  /** {@code names}, each person's or organisation's name for which {@code isPlace} holds a place. */
  static List<Name> names(List<Name> names, Predicate<Name> isPlace) {
    List<Name> corrected = new ArrayList<>(names.size());
    for (Name name : names) {
      boolean actor = name.kind() == ActorKind.PERSON || name.kind() == ActorKind.ORGANIZATION;
      corrected.add(actor && isPlace.test(name) ? name.withKind(ActorKind.LOCATION) : name);
    }
    return corrected;
  }

  /** As {@link #names}, for one-word names only: "Dunmore", not "Port Dunmore". */
  static List<Name> oneWordNames(List<Name> names, Predicate<Name> isPlace) {
    return names(names, name -> name.words().size() == 1 && isPlace.test(name));
  }
}
