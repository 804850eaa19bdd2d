package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * ({@link Attackers}). A pronoun counted as hit ("He was wounded") takes the victims of the count
 * before it that it stands for.
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
      Phrase victims =
          count.victims() == null
              ? victimsNear(text, counts, i)
              : isPronoun(count.victims())
                  ? antecedentVictims(text, counts, i).orElse(count.victims())
                  : count.victims();
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

  /**
   * "A 26-year-old man was shot in the leg on Elm Street. He was wounded near a bus stop.": a
   * pronoun counted as hit stands for the victims of the nearest earlier count of the same outcome
   * and number, in its paragraph or the one before and at most two sentences back.
   */
  private static Optional<Phrase> antecedentVictims(
      ParsedText text, List<CasualtyCount> counts, int at) {
    CasualtyCount count = counts.get(at);
    int sentence = count.evidence().sentence();
    int paragraph = text.sentences().get(sentence).paragraph();
    for (int i = at - 1; i >= 0; i--) {
      CasualtyCount other = counts.get(i);
      int otherSentence = other.evidence().sentence();
      if (sentence - otherSentence > 2
          || paragraph - text.sentences().get(otherSentence).paragraph() > 1) {
        break;
      }
      if (otherSentence == sentence
          || other.outcome() != count.outcome()
          || other.victims() == null
          || isPronoun(other.victims())) {
        continue;
      }
      boolean sameNumber = Objects.equals(other.count().value(), count.count().value());
      return sameNumber && !nameBetween(text, other.victims(), count.victims())
          ? Optional.of(other.victims())
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether a person is named between the two phrases: "A teenager was shot. Officers found Ana
   * Reyes, 17, on the sidewalk. She died at the scene." — "She" is the one named last.
   */
  private static boolean nameBetween(ParsedText text, Phrase first, Phrase pronoun) {
    for (ParsedSentence sentence : text.sentences()) {
      for (CoreLabel token : sentence.tokens()) {
        boolean between =
            token.beginPosition() >= first.span().end()
                && token.endPosition() <= pronoun.span().start();
        if (between && "PERSON".equals(token.ner())) {
          return true;
        }
      }
    }
    return false;
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
