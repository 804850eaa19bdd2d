package org.eventfacts.badinput;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.eventfacts.fact.Outcome;

/**
 * The bad-input classes, each generated from a fixed seed so that every run sees the same bytes.
 * Every text here was written for this suite.
 *
 * <pre>{@code
 * for (BadInput input : BadInputs.all()) {
 *   Files.write(directory.resolve(input.name() + ".txt"), input.bytes());
 * }
 * }</pre>
 */
public final class BadInputs {

  /** The sentence most classes hide among their noise: two facts. */
  static final String FACTS = "Police said 12 people were killed and 30 others were injured in the attack.";

  private static final List<ExpectedCount> BOTH =
      List.of(new ExpectedCount(Outcome.KILLED, 12), new ExpectedCount(Outcome.INJURED, 30));

  private static final String PROSE =
      "The storm reached the coast on Monday evening. Officials in the harbour town said the"
          + " ferry service would stay closed until the wind eased. Shop owners boarded up their"
          + " windows, and the council opened two schools as shelters for families from the low"
          + " streets near the river.";

  /**
   * A hard limit on text length, in characters ({@code FactExtractor.Builder.maxTextLength},
   * {@code --max-length}), for tests that cannot spend the minutes the {@linkplain #HUGE_TEXT huge
   * text} takes to read: under it, the huge text must be refused with TOO_LONG at once.
   */
  public static final int HARD_LIMIT = 1_000_000;

  /**
   * The class of 2 MB of prose: under the default limits it is read in paragraph-aligned chunks
   * and its facts are found (about 7 minutes of CPU time on this project's machine); under {@link
   * #HARD_LIMIT} it is refused with TOO_LONG.
   */
  public static final String HUGE_TEXT = "huge-text";

  private static final ImmutableList<BadInput> ALL =
      ImmutableList.of(
          facts("empty", "a file of zero bytes", () -> new byte[0], List.of()),
          facts("blank", "spaces, tabs and line breaks only", () -> utf8(" \t\n\n   \r\n\t "), List.of()),
          facts("bom", "a UTF-8 byte order mark before the text", () -> concat(bytes(0xEF, 0xBB, 0xBF), utf8(FACTS)), BOTH),
          facts("crlf", "Windows line ends throughout", () -> utf8((PROSE + "\r\n\r\n" + FACTS + "\r\n").replace(". ", ".\r\n")), BOTH),
          facts("nul-bytes", "NUL bytes between sentences and inside words", () -> utf8(PROSE + "\0\0\0 " + FACTS + " \0Later\0 news."), BOTH),
          error("invalid-utf8", "a Latin-1 byte in the middle of UTF-8 text", () -> concat(utf8(FACTS + " The caf"), bytes(0xE9), utf8(" was closed.")), "DECODE"),
          error("binary", "64 KB of random bytes", BadInputs::binary, "DECODE"),
          facts("invisible-separators", "zero-width spaces, joiners, soft hyphens, no-break spaces and line separators", () -> utf8("Police\u00A0said 12\u200B people were killed\u2028and 30 oth\u00ADers were in\u200Djured in the attack.\uFEFF"), BOTH),
          facts("emoji", "emoji and pictographs before and inside the sentence", () -> utf8("\uD83D\uDEA8\uD83D\uDD34 BREAKING: " + FACTS.replace("attack.", "attack \uD83D\uDE22\uD83D\uDE4F.")), BOTH),
          facts("html", "a whole HTML page with scripts, styles and markup", () -> utf8(html()), BOTH),
          facts(HUGE_TEXT, "2 MB of prose, the facts in its first and last paragraphs, read in chunks", () -> utf8(huge()), BOTH),
          facts("long-sentence", "the facts, then a sentence of 6,000 tokens without a full stop", () -> utf8(FACTS + "\n\n" + longSentence(6000)), BOTH),
          facts("unbalanced-quotes", "quotation marks opened and never closed", () -> utf8("\u201CWe saw it all, said one man. " + FACTS + " \"And then \"more \u201Cquotes.\n\n\"Nobody answered."), BOTH),
          facts("quote-storm", "10,000 quotation marks", () -> utf8(FACTS + "\n\n" + "\"".repeat(5000) + " \u201C\u201D".repeat(2500)), BOTH),
          countsNot("huge-numbers", "numbers in exponent and power notation and beyond any toll", () -> utf8("10^9 were missing after the flood. 1e25 people were killed, the hoax claimed. 99999999999999999999 were injured. " + FACTS), BOTH, Set.of(1L, 9L, 10L, 25L)),
          countsNot("negative-numbers", "negative numbers before casualty words", () -> utf8("Minus three were injured, the game said. -5 people were killed in the simulation. " + FACTS), BOTH, Set.of(3L, 5L, -3L, -5L)),
          foreign("chinese", "Chinese news prose", "\u8b66\u65b9\u8868\u793a\uff0c\u8fd9\u6b21\u88ad\u51fb\u9020\u6210\u5341\u4e8c\u4eba\u6b7b\u4ea1\uff0c\u4e09\u5341\u4eba\u53d7\u4f24\u3002\u5f53\u5730\u653f\u5e9c\u5df2\u7ecf\u5f00\u59cb\u8c03\u67e5\u3002"),
          foreign("arabic", "Arabic news prose", "\u0642\u0627\u0644\u062a \u0627\u0644\u0634\u0631\u0637\u0629 \u0625\u0646 \u0661\u0662 \u0634\u062e\u0635\u0627 \u0642\u062a\u0644\u0648\u0627 \u0648\u0623\u0635\u064a\u0628 \u0663\u0660 \u0622\u062e\u0631\u0648\u0646 \u0641\u064a \u0627\u0644\u0647\u062c\u0648\u0645."),
          foreign("russian", "Russian news prose", "\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430, \u0447\u0442\u043e 12 \u0447\u0435\u043b\u043e\u0432\u0435\u043a \u043f\u043e\u0433\u0438\u0431\u043b\u0438 \u0438 30 \u043f\u043e\u043b\u0443\u0447\u0438\u043b\u0438 \u0440\u0430\u043d\u0435\u043d\u0438\u044f \u0432\u043e \u0432\u0440\u0435\u043c\u044f \u043d\u0430\u043f\u0430\u0434\u0435\u043d\u0438\u044f."),
          facts("all-caps", "a wire story in capitals", () -> utf8("STORM HITS COAST\n\n" + FACTS.toUpperCase(java.util.Locale.ROOT)), BOTH),
          facts("number-table", "400 lines of numbers, then the facts", () -> utf8(numberTable(400) + "\n\n" + FACTS), BOTH),
          facts("nested-parentheses", "500 nested parentheses around words", () -> utf8("(".repeat(500) + "a note" + ")".repeat(500) + "\n\n" + FACTS), BOTH),
          facts("url-soup", "300 lines of links and tracking URLs", () -> utf8(urls(300) + "\n\n" + FACTS), BOTH),
          facts("markdown-table", "a markdown table of figures, then the facts", () -> utf8(markdownTable(200) + "\n\n" + FACTS), BOTH),
          facts("long-word", "a 100,000-character word", () -> utf8("The code was " + "x".repeat(50_000) + "Q".repeat(50_000) + " in the log.\n\n" + FACTS), BOTH),
          facts("control-characters", "C0 controls, terminal escapes and DEL", () -> utf8("\u001B[31mALERT\u001B[0m\u0007\u0008\u007F\u0001 " + FACTS + "\u000B\u000C\u001F"), BOTH),
          facts("unicode-digits", "Arabic-Indic and full-width digits", () -> utf8("Police said \u0661\u0662 people were killed and \uFF13\uFF10 others were injured in the attack."), BOTH),
          facts("utf16", "UTF-16 little-endian with its byte order mark", () -> concat(bytes(0xFF, 0xFE), FACTS.getBytes(UTF_16LE)), BOTH),
          facts("mixed-script", "English with a quoted Chinese slogan and a Cyrillic name", () -> utf8("Protesters held banners reading \u201C\u548c\u5e73\u201D as they marched. " + FACTS + " The mayor, \u0418\u0432\u0430\u043d Petrov, said the city would mourn."), BOTH),
          facts("punctuation-run", "20,000 exclamation marks and dashes", () -> utf8(FACTS + " " + "!".repeat(10_000) + "-".repeat(10_000)), BOTH),
          facts("run-on", "3,000 words without punctuation after the facts", () -> utf8(FACTS + "\n\n" + runOn(3000)), BOTH));

  private BadInputs() {}


  /** No count read from any input may exceed this: nothing larger is a plausible toll. */
  public static final long LARGEST_PLAUSIBLE_COUNT = 1_000_000_000L;

  /** Every class, in a fixed order. */
  public static ImmutableList<BadInput> all() {
    return ALL;
  }

  /** The class called {@code name}. */
  public static BadInput byName(String name) {
    return ALL.stream()
        .filter(input -> input.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no bad-input class " + name));
  }

  private static BadInput facts(String name, String description, Supplier<byte[]> content, List<ExpectedCount> mustFind) {
    return new BadInput(name, description, content, null, mustFind, Set.of(), null);
  }

  private static BadInput countsNot(
      String name, String description, Supplier<byte[]> content, List<ExpectedCount> mustFind, Set<Long> notCounts) {
    return new BadInput(name, description, content, null, mustFind, notCounts, null);
  }

  private static BadInput error(String name, String description, Supplier<byte[]> content, String kind) {
    return new BadInput(name, description, content, kind, List.of(), Set.of(), null);
  }

  private static BadInput foreign(String name, String description, String sentence) {
    return new BadInput(
        name, description, () -> utf8((sentence + " ").repeat(20).trim()), null, List.of(), Set.of(12L, 30L), false);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  private static byte[] binary() {
    byte[] bytes = new byte[64 * 1024];
    new Random(8).nextBytes(bytes);
    return bytes;
  }

  private static String html() {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>News</title>\n"
        + "<style>body{font:14px sans-serif}.ad{display:none}</style>\n"
        + "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n"
        + "</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n"
        + "<article><h1>Attack in the market</h1>\n<p>"
        + FACTS
        + "</p>\n<p>"
        + PROSE
        + "</p></article>\n<footer>&copy; 2024 Example News &amp; Co.</footer></body></html>\n";
  }

  private static String huge() {
    StringBuilder text = new StringBuilder(FACTS).append("\n\n");
    Random random = new Random(11);
    String[] towns = {"Norrby", "Eastfield", "Port Sable", "Highmoor", "Lindale"};
    while (text.length() < 2_000_000) {
      text.append("Update ")
          .append(random.nextInt(1000))
          .append(": crews in ")
          .append(towns[random.nextInt(towns.length)])
          .append(" cleared another street. ")
          .append(PROSE)
          .append("\n\n");
    }
    return text.append(FACTS).toString();
  }

  private static String longSentence(int tokens) {
    StringBuilder sentence = new StringBuilder("The list of streets closed by the council includes");
    Random random = new Random(6);
    for (int i = 0; i < tokens / 2; i++) {
      sentence.append(" Street").append(random.nextInt(500)).append(',');
    }
    return sentence.append(" and the harbour road").toString();
  }

  private static String numberTable(int lines) {
    StringBuilder table = new StringBuilder();
    Random random = new Random(4);
    for (int i = 0; i < lines; i++) {
      for (int column = 0; column < 8; column++) {
        table.append(random.nextInt(100_000)).append(column < 7 ? "\t" : "\n");
      }
    }
    return table.toString();
  }

  private static String urls(int lines) {
    StringBuilder soup = new StringBuilder();
    Random random = new Random(5);
    for (int i = 0; i < lines; i++) {
      soup.append("https://news.example.org/track?id=")
          .append(Long.toHexString(random.nextLong()))
          .append("&utm_source=feed&utm_medium=rss&ref=")
          .append(random.nextInt(10_000))
          .append(i % 3 == 0 ? " | " : "\n");
    }
    return soup.toString();
  }

  private static String markdownTable(int rows) {
    StringBuilder table = new StringBuilder("| district | killed | injured | missing |\n|---|---:|---:|---:|\n");
    Random random = new Random(7);
    for (int i = 0; i < rows; i++) {
      table.append("| District ")
          .append(i)
          .append(" | ")
          .append(random.nextInt(50))
          .append(" | ")
          .append(random.nextInt(200))
          .append(" | ")
          .append(random.nextInt(20))
          .append(" |\n");
    }
    return table.toString();
  }

  private static String runOn(int words) {
    String[] vocabulary = {"the", "river", "town", "people", "road", "said", "water", "near", "and", "council", "bridge", "after"};
    StringBuilder text = new StringBuilder();
    Random random = new Random(9);
    for (int i = 0; i < words; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
    }
    return text.toString().trim();
  }
}
