package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;

/**
 * Finishes a person's name where the tagger stopped short of its end: a regnal number ("Tsar Ivan
 * IV", "Pope Linus I"), an epithet after "the" ("Ivan the Terrible"), and the words after a
 * particle ("Odile de la Tour", "Jean du Motel", "Anton van der Berg").
 */
final class PersonNameTails {

  private static final ImmutableSet<String> PARTICLES =
      ImmutableSet.of(
          "de", "du", "des", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la",
          "y", "bin", "ibn", "al");

  private static final ImmutableSet<String> NUMERALS =
      ImmutableSet.of(
          "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
          "XV", "XVI", "XVII", "XVIII");

  private PersonNameTails() {}

  /** {@code name} with its tail, when it is a person's and the text goes on with one. */
  static Name finish(Name name) {
    if (name.kind() != ActorKind.PERSON) {
      return name;
    }
    Mention mention = name.mention();
    ParsedSentence sentence = mention.sentence();
    int last = afterParticles(sentence, mention.last());
    last = afterNumeral(sentence, last);
    last = afterEpithet(sentence, last);
    return last == mention.last()
        ? name
        : new Name(new Mention(sentence, mention.first(), last), ActorKind.PERSON);
  }

  /** "Jean le Rond d'Alembert": particles, each followed by capitalised words. */
  private static int afterParticles(ParsedSentence sentence, int last) {
    int size = sentence.tokens().size();
    int end = last;
    int i = last + 1;
    while (i <= size) {
      CoreLabel token = sentence.token(i);
      if (PARTICLES.contains(token.word()) || token.word().startsWith("d'")) {
        if (token.word().startsWith("d'") && isNameWord(token.word().substring(2))) {
          end = i; // "d'Alembert"
          i++;
          continue;
        }
        i++;
        continue;
      }
      if (i > end + 1 && isNameWord(token.word()) && isUntaggedOrPerson(token)) {
        end = i;
        i++;
        continue;
      }
      break;
    }
    return end;
  }

  /** "Aleksei I, who ...": a Roman number, unless the "I" starts a clause ("Aleksei I know"). */
  private static int afterNumeral(ParsedSentence sentence, int last) {
    int next = last + 1;
    if (next > sentence.tokens().size() || !NUMERALS.contains(sentence.token(next).word())) {
      return last;
    }
    if (sentence.token(next).word().equals("I") && next + 1 <= sentence.tokens().size()) {
      String tag = sentence.token(next + 1).tag();
      if (tag != null && (tag.startsWith("VB") || tag.equals("MD") || tag.startsWith("RB"))) {
        return last;
      }
    }
    return next;
  }

  /** "Ivan the Terrible": "the" and one capitalised adjective or noun. */
  private static int afterEpithet(ParsedSentence sentence, int last) {
    int the = last + 1;
    if (the + 1 > sentence.tokens().size() || !sentence.token(the).word().equals("the")) {
      return last;
    }
    CoreLabel epithet = sentence.token(the + 1);
    String tag = epithet.tag() == null ? "" : epithet.tag();
    boolean word = tag.startsWith("NNP") || tag.startsWith("JJ");
    return word && isNameWord(epithet.word()) && isUntaggedOrPerson(epithet) ? the + 1 : last;
  }

  private static boolean isNameWord(String word) {
    return Capitals.isCapitalised(word) && word.chars().anyMatch(Character::isLowerCase);
  }

  private static boolean isUntaggedOrPerson(CoreLabel token) {
    return token.ner() == null || "O".equals(token.ner()) || "PERSON".equals(token.ner());
  }
}
