package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Phrase;

/**
 * News restates its figures: the headline, the lede and the body give the same toll, and only one
 * of them says whose figure it is ("Five dead in pileup" / "Five people were killed ..., the
 * sheriff's office said"). A count with no source of its own takes the source of a restatement:
 * the same outcome and the same stated number elsewhere in the document.
 */
final class Restatements {

  private Restatements() {}

  static ImmutableList<CasualtyCount> shareSources(List<CasualtyCount> counts) {
    List<CasualtyCount> shared = new ArrayList<>(counts.size());
    for (CasualtyCount count : counts) {
      shared.add(count.source() == null ? withSourceOfRestatement(count, counts) : count);
    }
    return ImmutableList.copyOf(shared);
  }

  private static CasualtyCount withSourceOfRestatement(CasualtyCount count, List<CasualtyCount> all) {
    if (count.count().value() == null) {
      return count;
    }
    for (CasualtyCount other : all) {
      Phrase source = other.source();
      if (source != null
          && other != count
          && other.outcome() == count.outcome()
          && Objects.equals(other.count().value(), count.count().value())
          && other.count().qualifier() == count.count().qualifier()) {
        return new CasualtyCount(
            count.outcome(),
            count.count(),
            count.victims(),
            count.perpetrator(),
            source,
            count.hedged(),
            count.evidence());
      }
    }
    return count;
  }
}
