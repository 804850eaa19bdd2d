package org.eventfacts.event;

import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.IncidentFact;
import org.eventfacts.place.PlaceMention;
import org.jspecify.annotations.Nullable;

/** One incident while it is being gathered: its facts, where it was first told, and its place. */
final class Incident {

  final int firstSentence;
  final @Nullable PlaceMention place;
  final List<IncidentFact> facts = new ArrayList<>();

  Incident(int firstSentence, @Nullable PlaceMention place) {
    this.firstSentence = firstSentence;
    this.place = place;
  }
}
