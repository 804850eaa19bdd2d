package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * News states who was hit and who did it once and gives the other counts bare: "Nine miners were
 * killed and 38 remain missing", "The gunman killed two people and wounded three". A count whose
 * clause names no victims takes those of another count of its sentence, or else of the nearest
 * earlier count of the same outcome in its paragraph or the one before ("... the toll had risen to
 * 12"); a count with no perpetrator, or only a pronoun ("they"), takes the perpetrator another
 * count of its sentence or of the sentence before names, or else the attacker that sentence names
 * ({@link Attackers}).
 */
final class NeighbourSlots {

  private static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "him", "her", "them");

  private NeighbourSlots() {}

  static ImmutableList<CasualtyCount> fill(ParsedText text, List<CasualtyCount> counts) {
    Attackers attackers = new Attackers(text);
    List<CasualtyCount> filled = new ArrayList<>(counts.size());
    for (int i = 0; i < counts.size(); i++) {
      CasualtyCount count = counts.get(i);
      Phrase victims = count.victims() != null ? count.victims() : victimsNear(text, counts, i);
      Phrase perpetrator =
          count.perpetrator() != null && !isPronoun(count.perpetrator())
              ? count.perpetrator()
              : perpetratorNear(counts, i, count.perpetrator());
      if (perpetrator == null) {
        perpetrator = attackers.near(count.evidence().sentence(), count.evidence().span()).orElse(null);
      } else if (isPronoun(perpetrator)) {
        perpetrator = attackers.resolve(count.evidence().sentence(), perpetrator).orElse(perpetrator);
      }
      filled.add(
          new CasualtyCount(
              count.outcome(),
              count.count(),
              victims,
              perpetrator,
              count.source(),
              count.hedged(),
              count.evidence()));
    }
    return ImmutableList.copyOf(filled);
  }

  private static @Nullable Phrase victimsNear(ParsedText text, List<CasualtyCount> counts, int at) {
    CasualtyCount count = counts.get(at);
    int sentence = count.evidence().sentence();
    for (CasualtyCount other : counts) {
      if (other != count && other.evidence().sentence() == sentence && other.victims() != null) {
        return other.victims();
      }
    }
    int paragraph = text.sentences().get(sentence).paragraph();
    for (int i = at - 1; i >= 0; i--) {
      CasualtyCount other = counts.get(i);
      int otherParagraph = text.sentences().get(other.evidence().sentence()).paragraph();
      if (paragraph - otherParagraph > 1) {
        break;
      }
      if (other.outcome() == count.outcome() && other.victims() != null) {
        return other.victims();
      }
    }
    return null;
  }

  private static @Nullable Phrase perpetratorNear(
      List<CasualtyCount> counts, int at, @Nullable Phrase own) {
    CasualtyCount count = counts.get(at);
    int sentence = count.evidence().sentence();
    for (int distance = 0; distance <= 1; distance++) {
      for (CasualtyCount other : counts) {
        Phrase perpetrator = other.perpetrator();
        boolean near =
            other != count && sentence - other.evidence().sentence() == distance;
        if (near && perpetrator != null && !isPronoun(perpetrator)) {
          return perpetrator;
        }
      }
    }
    return own;
  }

  private static boolean isPronoun(Phrase phrase) {
    return PRONOUNS.contains(phrase.text().toLowerCase(Locale.ROOT));
  }
}
