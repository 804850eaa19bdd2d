package org.eventfacts.actor;

import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a reading list or bibliography, which write each author surname first and the
 * work's title after: "Brandl, Oskar. The Salt Roads", "Ostrova, Lena and Marsh, Ivo. Tidewater".
 * Each "Surname, Given names" is one person, named "Given names Surname" (the tagger reads the two
 * halves as two people, or the surname as a place); the title after the authors on the same line is
 * a work and names nobody.
 *
 * <p>A line is read so only when its first sentence is nothing but such names, each ending in a
 * known given name or the words after it, joined by "and" or ";", and closed by a full stop: prose
 * ("Brandl, Oskar said") never is.
 */
final class SurnameFirstNames {

  /** The most words a surname or the given names after it may have. */
  private static final int MOST_WORDS = 3;

  private SurnameFirstNames() {}

  /**
   * {@code names} with the authors of reading-list lines read whole, and the names in their titles
   * left out.
   */
  static List<Name> correct(ParsedText text, List<Name> names) {
    List<Name> authors = new ArrayList<>();
    List<Span> covered = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      if (!startsALine(text.text(), sentence.span().start())) {
        continue;
      }
      List<Name> read = authors(sentence);
      if (read.isEmpty()) {
        continue;
      }
      authors.addAll(read);
      covered.add(sentence.span());
      Span title = titleAfter(text, sentence);
      if (title != null) {
        covered.add(title);
      }
    }
    if (authors.isEmpty()) {
      return names;
    }
    List<Name> all = new ArrayList<>(authors);
    for (Name name : names) {
      Span span = name.mention().span();
      if (covered.stream().noneMatch(c -> c.contains(span))) {
        all.add(name);
      }
    }
    all.sort(null);
    return all;
  }

  /** The people of a sentence made only of "Surname, Given" names, or none. */
  private static List<Name> authors(ParsedSentence sentence) {
    int size = sentence.tokens().size();
    if (size < 4 || !sentence.token(size).word().equals(".")) {
      return List.of();
    }
    List<Name> people = new ArrayList<>();
    int i = 1;
    while (i < size) {
      int surnameEnd = capitalisedRunEnd(sentence, i, size);
      int comma = surnameEnd + 1;
      if (surnameEnd < i || comma >= size || !sentence.token(comma).word().equals(",")) {
        return List.of();
      }
      int given = comma + 1;
      int givenEnd = capitalisedRunEnd(sentence, given, size);
      if (givenEnd < given || FirstNames.genderOf(sentence.token(given).word()) == null) {
        return List.of();
      }
      people.add(
          new Name(
              new Mention(sentence, i, givenEnd),
              ActorKind.PERSON,
              words(sentence, given, givenEnd) + " " + words(sentence, i, surnameEnd)));
      i = givenEnd + 1;
      String joint = sentence.token(i).word();
      if (i < size && (joint.equals("and") || joint.equals(";") || joint.equals("&"))) {
        i++;
      } else if (i != size) {
        return List.of();
      }
    }
    return people;
  }

  /** The last token of the run of capitalised words from {@code first}, or first - 1 for none. */
  private static int capitalisedRunEnd(ParsedSentence sentence, int first, int size) {
    int last = first - 1;
    while (last + 1 < size
        && last + 1 - first < MOST_WORDS
        && isNameWord(sentence.token(last + 1).word())) {
      last++;
    }
    return last;
  }

  private static boolean isNameWord(String word) {
    return Capitals.isCapitalised(word)
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\'');
  }

  private static String words(ParsedSentence sentence, int first, int last) {
    return sentence.words(sentence.tokenSpan(first, last));
  }

  /** The rest of the line after the authors' sentence: the work's title, or null. */
  private static @Nullable Span titleAfter(ParsedText text, ParsedSentence authors) {
    int start = authors.span().end();
    String all = text.text();
    int lineEnd = all.indexOf('\n', start);
    int end = lineEnd < 0 ? all.length() : lineEnd;
    return all.substring(start, end).isBlank() ? null : new Span(start, end);
  }

  /** Whether only spaces lie between the line's start (or the text's) and {@code offset}. */
  private static boolean startsALine(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
