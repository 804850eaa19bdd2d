package org.eventfacts.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text looks English, by a cheap check of its script and its commonest words; eventfacts
 * reads English only, and says so in the record of a text that is not ({@code "language":
 * "other"}) rather than reading facts into it.
 *
 * <p>A text is not English when most of its letters are of another script than Latin, or when,
 * among its first 2,000 Latin words, the commonest function words of French, Spanish, Portuguese,
 * Italian, German, Dutch and the Scandinavian languages outnumber the English ones more than
 * twice over (at least five of them). A text with neither (a list of names, a table) is read as
 * English. A quoted slogan in another script or a foreign name does not change the verdict. Texts
 * with fewer than 20 letters are undetermined, and read.
 *
 * <pre>{@code
 * TextLanguage.of("Police said two people were hurt.")   // ENGLISH
 * TextLanguage.of("La police a déclaré que deux personnes ont été blessées.")   // OTHER
 * }</pre>
 */
public enum TextLanguage {
  ENGLISH("en"),
  OTHER("other"),
  UNDETERMINED("und");

  private static final int FEWEST_LETTERS = 20;
  private static final int WORDS_SAMPLED = 2_000;
  private static final int FEWEST_FOREIGN = 5;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "was", "were", "said", "for", "on", "that",
          "with", "by", "at", "from", "as", "it", "he", "she", "they", "his", "her", "their", "has",
          "have", "had", "be", "been", "are", "not", "an", "this", "who", "after", "will", "would",
          "which", "but", "or", "its", "we", "i", "you", "there", "into", "than", "about", "over");

  /** Function words of other Latin-script languages that are not English words too. */
  private static final Set<String> FOREIGN_FUNCTION_WORDS =
      Set.of(
          "de", "la", "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que",
          "sur", "par", "pas", "au", "aux", "el", "los", "las", "y", "del", "por", "con", "una", "se",
          "lo", "al", "para", "como", "der", "und", "den", "das", "ist", "mit", "von", "nicht",
          "sich", "auf", "dem", "eine", "zu", "il", "di", "che", "della", "sono", "nel",
          "\u00e9", "n\u00e3o", "da", "em", "os", "uma", "het", "een", "niet", "och",
          "att", "\u00e4r", "og", "ikke", "p\u00e5", "ett");

  private final String code;

  TextLanguage(String code) {
    this.code = code;
  }

  /** The code the JSON record carries: {@code en}, {@code other} or {@code und}. */
  public String code() {
    return code;
  }

  /** The verdict on {@code text}. */
  public static TextLanguage of(String text) {
    int letters = 0;
    int latin = 0;
    int words = 0;
    int functionWords = 0;
    int foreignWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      int c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        boolean isLatin = c < 0x250;
        if (isLatin) {
          latin++;
          word.append((char) c);
        } else if (word.length() > 0) {
          word.setLength(0); // a word mixing scripts is not an English word
        }
      } else if (word.length() > 0 && c != '\'') {
        if (words < WORDS_SAMPLED) {
          words++;
          String lower = word.toString().toLowerCase(Locale.ROOT);
          if (FUNCTION_WORDS.contains(lower)) {
            functionWords++;
          } else if (FOREIGN_FUNCTION_WORDS.contains(lower)) {
            foreignWords++;
          }
        }
        word.setLength(0);
      }
    }
    if (letters < FEWEST_LETTERS) {
      return UNDETERMINED;
    }
    if (latin * 2 < letters) {
      return OTHER;
    }
    if (foreignWords >= FEWEST_FOREIGN && foreignWords > 2 * functionWords) {
      return OTHER;
    }
    return ENGLISH;
  }
}
