package org.eventfacts.input;

import java.util.Random;

/** Random text for the bounded fuzz runs: letters, digits, quotes, spaces, and any code point. */
public final class RandomText {

  private static final String PIECES =
      "aZ 09.,;:!?'\"\u201C\u201D\u2018\u2019\u00AB\u00BB-\u2014\n\r\t|/<>()[]{}^\u00A0\u200B\u00AD";

  private RandomText() {}

  /** Up to {@code length} characters. */
  public static String of(Random random, int length) {
    StringBuilder text = new StringBuilder();
    int n = random.nextInt(length + 1);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(4)) {
        case 0, 1 -> text.append(PIECES.charAt(random.nextInt(PIECES.length())));
        case 2 -> text.append((char) ('a' + random.nextInt(26)));
        default -> {
          int codePoint = random.nextInt(0x110000);
          if (codePoint < 0xD800 || codePoint > 0xDFFF) {
            text.appendCodePoint(codePoint);
          }
        }
      }
    }
    return text.toString();
  }
}
