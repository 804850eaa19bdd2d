package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedSentence;
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

  private static final ImmutableSet<String> SINGULAR_PRONOUNS =
      ImmutableSet.of("he", "she", "him", "her");

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
              : perpetratorNear(text, counts, i, count.perpetrator());
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
      ParsedText text, List<CasualtyCount> counts, int at, @Nullable Phrase own) {
    boolean singular = own != null && SINGULAR_PRONOUNS.contains(own.text().toLowerCase(Locale.ROOT));
    CasualtyCount count = counts.get(at);
    int sentence = count.evidence().sentence();
    for (int distance = 0; distance <= 1; distance++) {
      for (CasualtyCount other : counts) {
        Phrase perpetrator = other.perpetrator();
        boolean near =
            other != count && sentence - other.evidence().sentence() == distance;
        if (near
            && perpetrator != null
            && !isPronoun(perpetrator)
            && !(singular && isPlural(text.sentences().get(other.evidence().sentence()), perpetrator))) {
          return perpetrator; // "he" is not the "officers" of the sentence before

        }
      }
    }
    return own;
  }

  /** Whether a phrase names more than one: a plural head noun ("officers") or a pair ("A and B"). */
  private static boolean isPlural(ParsedSentence sentence, Phrase phrase) {
    String head = null;
    for (CoreLabel token : sentence.tokens()) {
      boolean inside =
          token.beginPosition() >= phrase.span().start() && token.endPosition() <= phrase.span().end();
      if (inside && token.tag() != null && token.tag().startsWith("NN")) {
        head = token.tag();
      }
      if (inside && "and".equalsIgnoreCase(token.word())) {
        return true;
      }
    }
    return "NNS".equals(head) || "NNPS".equals(head);
  }

  private static boolean isPronoun(Phrase phrase) {
    return PRONOUNS.contains(phrase.text().toLowerCase(Locale.ROOT));
  }
}
