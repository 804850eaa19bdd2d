package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a short, capitalised form is the initials of a longer name: "NGC" of "Northern
 * Grain Council", "UDF" of "United Dockworkers Federation", "U.N." of "United Nations". Function
 * words may be skipped or counted ("OAS" of "Organization of American States").
 */
final class Acronyms {

  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of("of", "the", "and", "for", "on", "in", "&", "de", "du", "la", "des", "to");

  private Acronyms() {}

  /** Whether {@code word} looks like an acronym: two to eight capitals, dots allowed. */
  static boolean looksLikeAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2
        && letters.length() <= 8
        && letters.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
        && Character.isLetter(letters.charAt(0));
  }

  /**
   * Whether {@code name} is one word in capitals that the part-of-speech tagger reads as a common
   * noun ("teaching ICT in schools", "GDP grew"): an abbreviation of a thing, not a body's name. A
   * body's acronym is read as a proper noun ("NATO said"); a surname in capitals the tagger knows
   * as a person's, a speaker's label ("VOSS: We will not.") and a word the text says is someone ("KTB was the first
   * editor") stay names.
   */
  static boolean isCommonNounAbbreviation(Name name) {
    List<CoreLabel> tokens = name.mention().tokens();
    if (tokens.size() != 1 || !looksLikeAcronym(tokens.get(0).word())) {
      return false;
    }
    String tag = tokens.get(0).tag();
    Mention mention = name.mention();
    boolean label =
        mention.last() < mention.sentence().tokens().size()
            && mention.sentence().token(mention.last() + 1).word().equals(":");
    return ("NN".equals(tag) || "NNS".equals(tag))
        && !label
        && !"PERSON".equals(tokens.get(0).ner())
        && SaidToBe.kindOf(name.mention()) == null;
  }

  /** Whether {@code shortForm} is the initials of {@code longWords} (the long name's words). */
  static boolean isAcronymOf(String shortForm, List<String> longWords) {
    if (!looksLikeAcronym(shortForm) || longWords.size() < 2) {
      return false;
    }
    String letters = shortForm.replace(".", "").replace("&", "").toLowerCase(Locale.ROOT);
    StringBuilder content = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String word : longWords) {
      for (String part : word.split("-")) {
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
          continue;
        }
        char initial = Character.toLowerCase(part.charAt(0));
        all.append(initial);
        if (!FUNCTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
          content.append(initial);
        }
      }
    }
    return letters.contentEquals(content) || letters.contentEquals(all);
  }
}
