package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Names the perpetrator a casualty's clause describes only as the person arrested: in "Police
 * arrested a man suspected of killing his neighbour. ... Ivo Marr, 41, ..." the arrest reader has
 * already found that "a man" is Ivo Marr, so the killing's perpetrator is Ivo Marr too. A
 * perpetrator phrase written inside the words that state an arrest whose arrestee is named
 * elsewhere takes that name.
 *
 * <pre>{@code
 * List<CasualtyCount> named = Suspects.named(casualties, arrests);
 * }</pre>
 */
public final class Suspects {

  private Suspects() {}

  /** {@code casualties} with perpetrators that are arrestees given the arrestee's name. */
  public static ImmutableList<CasualtyCount> named(
      List<CasualtyCount> casualties, List<Arrest> arrests) {
    List<CasualtyCount> named = new ArrayList<>(casualties.size());
    for (CasualtyCount count : casualties) {
      Phrase name = count.perpetrator() == null ? null : arresteeNamed(count.perpetrator(), arrests);
      named.add(
          name == null
              ? count
              : new CasualtyCount(
                  count.outcome(),
                  count.count(),
                  count.victims(),
                  name,
                  count.source(),
                  count.hedged(),
                  count.evidence()));
    }
    return ImmutableList.copyOf(named);
  }

  private static @Nullable Phrase arresteeNamed(Phrase perpetrator, List<Arrest> arrests) {
    for (Arrest arrest : arrests) {
      Phrase arrestee = arrest.arrestee();
      boolean described = arrest.evidence().span().contains(perpetrator.span());
      if (described && arrestee != null && !arrestee.span().intersects(perpetrator.span())) {
        return arrestee;
      }
    }
    return null;
  }
}
