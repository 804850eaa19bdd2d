package org.eventfacts.pipeline;

/**
 * The blocks where emoji and pictographs live: every symbol outside the Basic Multilingual Plane
 * (emoticons, pictographs, transport signs, flags' regional indicators, skin-tone modifiers), and
 * the BMP blocks that hold emoji-presented symbols (miscellaneous technical, miscellaneous symbols,
 * dingbats, the arrows and stars of U+2B00). Typographic symbols outside these blocks (the
 * multiplication sign, bullets and triangles, the degree and copyright signs) are not emoji.
 *
 * <pre>{@code
 * EmojiRanges.contains(0x1F6A8)   // police car light: true
 * EmojiRanges.contains(0x2600)    // sun: true
 * EmojiRanges.contains(0x00D7)    // multiplication sign: false
 * }</pre>
 */
final class EmojiRanges {

  private EmojiRanges() {}

  /** Whether {@code codePoint}, a symbol, is an emoji or pictograph. */
  static boolean contains(int codePoint) {
    return codePoint >= 0x10000
        || (codePoint >= 0x2300 && codePoint <= 0x23FF)
        || (codePoint >= 0x2600 && codePoint <= 0x27BF)
        || (codePoint >= 0x2B00 && codePoint <= 0x2BFF)
        || (codePoint >= 0x3290 && codePoint <= 0x3299);
  }
}
