package org.eventfacts.merge.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people a document names in an event, for the merge to compare across documents: its names
 * proper, the persons its casualty and arrest facts link as victims, perpetrators or arrestees;
 * and its other people, every person of the document who has no title (witnesses, relatives,
 * victims the facts do not link, but also bylines). Titled people (a police spokesman, a mayor, a
 * coroner) are left out unless a fact links them: they speak about many incidents of their town,
 * so they would tie together reports of different incidents.
 */
final class EventNames {

  private final Map<String, String> persons = new HashMap<>();
  private final Map<String, String> untitled = new LinkedHashMap<>();

  /** Notes an actor of the document. */
  void actor(String id, String name, boolean person, boolean titled) {
    if (!person) {
      return;
    }
    persons.put(id, name);
    if (!titled) {
      untitled.put(id, name);
    }
  }

  /** The names of an event whose facts link the actors {@code linked}. */
  List<String> linked(Collection<String> linked) {
    Set<String> names = new LinkedHashSet<>();
    for (String id : linked) {
      String name = persons.get(id);
      if (name != null) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** The document's other people: every untitled person the facts of the event do not link. */
  List<String> others(Collection<String> linked) {
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, String> person : untitled.entrySet()) {
      if (!linked.contains(person.getKey())) {
        others.add(person.getValue());
      }
    }
    return others;
  }
}
