package org.eventfacts.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that plain-text dumps of news web pages carry between the
 * paragraphs of the article: related-story links ("RELATED: Two killed in ..."), and photo
 * galleries and carousels, which repeat their caption within one paragraph. Facts stated only
 * there belong to other stories, so the readers skip such paragraphs.
 */
final class PageFurniture {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Openers of related-story and navigation lines. */
  private static final Pattern LINK_LINE =
      Pattern.compile(
          "^\\s*(related( coverage| stories| story| articles)?|more|read more|see also|watch|video|"
              + "photos|photo gallery|click here|also read|recommended|trending|latest|"
              + "you may also like)\\s*[:|>»]",
          Pattern.CASE_INSENSITIVE);

  /** How many words a repeated run must have to be a duplicated caption, not a refrain. */
  private static final int REPEATED_RUN = 8;

  private PageFurniture() {}

  /** Whether the paragraph {@code text} is page furniture rather than part of the article. */
  static boolean isFurniture(String text) {
    return LINK_LINE.matcher(text).find() || repeatsItself(text);
  }

  /**
   * "At least 1 dead in shooting Photos ... At least 1 dead in shooting ...": a carousel, whose
   * repeated captions make up a good part of the paragraph (a quarter of its words or more; an
   * article paragraph may repeat a phrase, not itself).
   */
  private static boolean repeatsItself(String text) {
    String[] words = WHITESPACE.split(text.toLowerCase(Locale.ROOT));
    if (words.length < 2 * REPEATED_RUN) {
      return false;
    }
    // each run as a view of the words (no word holds a space, so two runs are the same words
    // exactly when their texts are the same)
    List<String> all = Arrays.asList(words);
    Set<List<String>> runs = new HashSet<>();
    boolean[] repeated = new boolean[words.length];
    for (int i = 0; i + REPEATED_RUN <= words.length; i++) {
      if (!runs.add(all.subList(i, i + REPEATED_RUN))) {
        Arrays.fill(repeated, i, i + REPEATED_RUN, true);
      }
    }
    int count = 0;
    for (boolean word : repeated) {
      count += word ? 1 : 0;
    }
    return count * 4 >= words.length;
  }
}
