package org.eventfacts.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.json.FactsJson;
import org.eventfacts.text.TextLanguage;

/**
 * The whole extractor over many generated inputs, each different: short news stories built from
 * templates (casualty counts, arrests, quotations with speakers, datelines, dates, places,
 * headlines, filler prose) with made-up names and towns and counts in every form the readers meet
 * (digits, words, ranges, vague amounts, other scripts' digits, exponents, negatives, huge
 * values), then damaged the ways crawled text is: random characters and symbols inserted, lone
 * surrogates, control and invisible characters, capitals, line ends of every kind, sentences run
 * together, over-long tokens, quotation marks left open, truncation in mid-word, a foreign
 * paragraph. Every input must give one result, in order, that {@link FactsJson} can write; an
 * {@code INTERNAL} error, a result out of order, or an exception from the extractor or the writer
 * is a bug, printed with its input so that it can become a regression test.
 *
 * <pre>{@code
 * java -Xmx2g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.GeneratedInputRun 10000 [SEED]
 * }</pre>
 */
public final class GeneratedInputRun {

  private static final String[] FIRST = {"Mara", "Tobias", "Ines", "Kwame", "Lena", "Farid", "Oona", "Pavel", "Sade", "Ruben"};
  private static final String[] LAST = {"Quillon", "Brask", "Oyelaran", "Fenwick", "Marchetti", "Haldane", "Szabo", "Nkemelu", "Ortiga", "Vance"};
  private static final String[] TOWNS = {"Dunmore", "Port Sable", "Eastfield", "Brackwater", "Highmoor", "Lindale", "Tarrow", "Kessing"};
  private static final String[] BODIES = {"Police", "The ministry", "Witnesses", "A spokeswoman", "Officials", "The fire service", "Hospital staff"};
  private static final String[] TITLES = {"the mayor", "a police spokesman", "the regional governor", "a nurse", "the fire chief"};
  private static final String[] OUTCOMES = {"killed", "injured", "wounded", "missing", "hurt", "dead", "hospitalised"};
  private static final String[] NUMBERS = {
    "12", "three", "1,200", "dozens of", "more than 40", "at least 7", "twenty-one", "about 300", "two dozen",
    "between 5 and 9", "nearly a hundred", "0", "one", "hundreds of", "\u0661\u0662", "\uFF13\uFF10",
    "-5", "minus four", "10^9", "1e25", "99999999999999", "4.5", "3/4", "1,000,000,000,000", "No.", "a"
  };
  private static final String[] DAYS = {"on Friday", "on Monday night", "last week", "on 3 March", "on March 3, 2024", "yesterday", "early on Sunday", ""};
  private static final String[] FILLER = {
    "The council opened two schools as shelters.",
    "Roads into the town centre stayed closed until the evening.",
    "Volunteers handed out blankets and hot soup.",
    "The investigation is continuing, the statement said.",
    "Shops reopened on the main street by noon.",
    "Residents described hearing a loud bang before the lights went out."
  };
  private static final String[] NOISE = {
    "\uD83D\uDEA8", "\uD83D\uDE22", "\u200B", "\u200D", "\u00AD", "\u00A0", "\uFEFF", "\u202E", "\u2028", "\"", "\u201C",
    "\u201D", "\u2018", "'", "``", "''", "\u00AB", "(", ")", "[", "|", "\t", "\n", "\n\n", "\r\n", "\r", "\u0000", "\u0007",
    "\u001B[1m", "\u007F", "\u0085", "https://example.org/x?utm_source=a&id=", "<b>", "</p>", "&amp;", "\uFFFD", "\uFFFF",
    "\u4e2d\u6587", "\u0627\u0644", "\u0301", "$", "%", "^", "*", "#", "@", "\u2014", "\u2026", "...", "!!!", "\uD800", "\uDC00"
  };
  private static final String[] FOREIGN = {
    "La polic\u00eda dijo que doce personas murieron en el ataque.",
    "Die Polizei sagte, dass zw\u00f6lf Menschen get\u00f6tet wurden.",
    "\u8b66\u65b9\u8868\u793a\uff0c\u5341\u4e8c\u4eba\u6b7b\u4ea1\u3002",
    "\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430 \u043e 12 \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445."
  };

  private GeneratedInputRun() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024;
    Random random = new Random(seed);
    List<Document> documents = new ArrayList<>(count);
    long characters = 0;
    for (int i = 0; i < count; i++) {
      documents.add(Document.of("g" + i, generate(random)));
      characters += documents.get(i).text().length();
    }
    long distinct = documents.stream().map(Document::text).distinct().count();
    System.out.printf("%d inputs, %d distinct, %d characters in all; the first five:%n", count, distinct, characters);
    for (Document document : documents.subList(0, Math.min(5, count))) {
      String shown = escape(document.text());
      System.out.println("  " + (shown.length() > 300 ? shown.substring(0, 300) + " ..." : shown));
    }
    FactExtractor extractor = FactExtractor.builder().threads(2).build();
    extractor.warmUp();
    FactsJson json = new FactsJson(new ObjectMapper());
    Map<String, Integer> records = new TreeMap<>();
    Map<ErrorKind, Integer> failures = new EnumMap<>(ErrorKind.class);
    int[] next = {0};
    int[] bugs = {0};
    long start = System.nanoTime();
    try {
      extractor.extractAll(
          documents,
          result -> {
            Document document = documents.get(next[0]++);
            if (!result.id().equals(document.id())) {
              bugs[0]++;
              System.out.println("OUT OF ORDER: expected " + document.id() + ", got " + result.id());
            }
            try {
              json.writeLine(result, document);
            } catch (RuntimeException e) {
              bugs[0]++;
              System.out.println("WRITER " + result.id() + ": " + e + "\n  input: " + escape(document.text()));
            }
            String kind = kind(result);
            records.merge(kind, 1, Integer::sum);
            if (result.failed()) {
              failures.merge(result.error().kind(), 1, Integer::sum);
              if (result.error().kind() == ErrorKind.INTERNAL || result.error().kind() == ErrorKind.RESOURCES) {
                bugs[0]++;
                System.out.println(result.error().kind() + " " + result.id() + ": " + result.error().message());
                System.out.println("  input: " + escape(document.text()));
              }
            }
            if (next[0] % 1000 == 0) {
              System.out.printf("  %d done in %.0f s: %s%n", next[0], (System.nanoTime() - start) / 1e9, records);
            }
          });
    } catch (RuntimeException | Error e) {
      bugs[0]++;
      System.out.println("EXCEPTION from extractAll after " + next[0] + " results: " + e);
      e.printStackTrace(System.out);
    }
    System.out.printf(
        "%d generated inputs (seed %d): %d results, records %s, failures by kind %s, bugs %d, in %.0f s%n",
        count, seed, next[0], records, failures, bugs[0], (System.nanoTime() - start) / 1e9);
    if (bugs[0] > 0 || next[0] != count) {
      System.exit(1);
    }
  }

  private static String kind(ExtractionResult result) {
    if (result.failed()) {
      return result.error().kind().name();
    }
    if (!result.facts().facts().isEmpty()) {
      return "facts";
    }
    if (result.facts().text().isBlank()) {
      return "no facts (blank)";
    }
    return TextLanguage.of(result.facts().text()) == TextLanguage.OTHER ? "no facts (not English)" : "no facts";
  }

  /** One made-up story, damaged at random. */
  static String generate(Random random) {
    int shape = random.nextInt(50);
    if (shape == 0) {
      return random.nextBoolean() ? "" : " \n\t".repeat(random.nextInt(4));
    }
    if (shape == 1) {
      return randomCharacters(random, 1 + random.nextInt(400));
    }
    StringBuilder text = new StringBuilder();
    if (random.nextInt(3) == 0) {
      text.append(headline(random)).append(random.nextBoolean() ? "\n\n" : "\n");
    }
    if (random.nextInt(3) == 0) {
      text.append(pick(random, TOWNS).toUpperCase(Locale.ROOT)).append(" (Example Wire) \u2014 ");
    }
    int paragraphs = 1 + random.nextInt(2);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + random.nextInt(2);
      for (int s = 0; s < sentences; s++) {
        text.append(damaged(random, sentence(random))).append(random.nextInt(8) == 0 ? "" : " ");
      }
      text.append(pick(random, new String[] {"\n\n", "\n\n", "\r\n\r\n", "\n", "\u2029", " "}));
    }
    if (random.nextInt(15) == 0) {
      text.append(pick(random, FOREIGN)).append("\n\n");
    }
    String story = text.toString();
    if (random.nextInt(10) == 0) {
      story = story.substring(0, random.nextInt(story.length() + 1)); // cut off in mid-word
    }
    if (random.nextInt(10) == 0) {
      story = story.toUpperCase(Locale.ROOT);
    }
    return story;
  }

  private static String headline(Random random) {
    return pick(random, NUMBERS) + " " + pick(random, OUTCOMES) + " in " + pick(random, TOWNS) + " blast";
  }

  private static String person(Random random) {
    return pick(random, FIRST) + " " + pick(random, LAST);
  }

  private static String sentence(Random random) {
    String town = pick(random, TOWNS);
    String day = pick(random, DAYS);
    return switch (random.nextInt(8)) {
      case 0 -> pick(random, BODIES) + " said " + pick(random, NUMBERS) + " people were " + pick(random, OUTCOMES)
          + " in the attack in " + town + " " + day + ".";
      case 1 -> pick(random, NUMBERS) + " people were " + pick(random, OUTCOMES) + ", and " + pick(random, NUMBERS)
          + " were " + pick(random, OUTCOMES) + ", " + person(random) + ", " + pick(random, TITLES) + ", said.";
      case 2 -> "Police arrested " + pick(random, NUMBERS) + " men " + day + " in connection with the shooting.";
      case 3 -> "\u201C" + pick(random, FILLER) + "\u201D said " + person(random) + ", " + pick(random, TITLES) + ".";
      case 4 -> person(random) + " told reporters: \"" + pick(random, NUMBERS) + " of my neighbours are " + pick(random, OUTCOMES) + ".\"";
      case 5 -> "A fire in " + town + " " + day + " left " + pick(random, NUMBERS) + " dead and " + pick(random, NUMBERS) + " injured.";
      case 6 -> "The death toll rose to " + pick(random, NUMBERS) + ", according to " + pick(random, BODIES).toLowerCase(Locale.ROOT) + ".";
      default -> pick(random, FILLER);
    };
  }

  private static String damaged(Random random, String sentence) {
    StringBuilder out = new StringBuilder();
    for (String word : sentence.split(" ")) {
      int damage = random.nextInt(40);
      if (damage < 4) {
        out.append(pick(random, NOISE));
      } else if (damage == 4) {
        word = word.toUpperCase(Locale.ROOT);
      } else if (damage == 5) {
        word = word + pick(random, NOISE) + word;
      } else if (damage == 6) {
        word = word.repeat(2 + random.nextInt(60)); // an over-long token
      } else if (damage == 7 && word.length() > 1) {
        int cut = random.nextInt(word.length());
        word = word.substring(0, cut) + word.substring(cut + 1);
      } else if (damage == 8) {
        word = word + randomCharacters(random, 1 + random.nextInt(3));
      }
      out.append(word).append(random.nextInt(30) == 0 ? "  " : " ");
    }
    String damaged = out.toString().trim();
    if (random.nextInt(12) == 0) {
      damaged = damaged.replace(".", ""); // run into the next sentence
    }
    return damaged;
  }

  /** Characters from anywhere in the Basic Multilingual Plane and a few beyond, surrogates alone included. */
  private static String randomCharacters(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int range = random.nextInt(4);
      if (range == 0) {
        out.append((char) (0x20 + random.nextInt(0x5F)));
      } else if (range == 1) {
        out.append((char) random.nextInt(0x10000));
      } else if (range == 2) {
        out.appendCodePoint(0x1F300 + random.nextInt(0x300));
      } else {
        out.append((char) random.nextInt(0x100));
      }
    }
    return out.toString();
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c > 0x7E || c == '\\' ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
