package org.eventfacts.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;

/**
 * The whole extractor over many generated inputs: news sentences with random counts, outcomes
 * and names, mixed with random characters, symbols, digits of other scripts, quotation marks and
 * capitals. Every input must give a result; an {@code INTERNAL} error is a bug, printed with its
 * input so that it can become a regression test.
 *
 * <pre>{@code
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.GeneratedInputRun 10000 [SEED]
 * }</pre>
 */
public final class GeneratedInputRun {

  private static final String[] SUBJECTS = {"Police", "The ministry", "Witnesses", "A spokeswoman", "Officials"};
  private static final String[] OUTCOMES = {"killed", "injured", "wounded", "missing", "arrested", "hurt"};
  private static final String[] NUMBERS = {"12", "three", "1,200", "dozens of", "more than 40", "\u0661\u0662", "\uFF13\uFF10", "-5", "10^9", "1e25", "at least 7", "twenty-one", "99999999999999"};
  private static final String[] NOISE = {"\uD83D\uDEA8", "\u200B", "\u00AD", "\"", "\u201C", "\u201D", "(", ")", "|", "\t", "\n", "\n\n", "\u0000", "\u001B[1m", "https://example.org/x?utm_source=a", "\uFFFD", "\u4e2d\u6587", "\u0627\u0644", "$", "%", "^", "\u2028"};

  private GeneratedInputRun() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2024;
    Random random = new Random(seed);
    List<Document> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      documents.add(Document.of("g" + i, generate(random)));
    }
    FactExtractor extractor = FactExtractor.builder().threads(2).build();
    extractor.warmUp();
    Map<ErrorKind, Integer> failures = new EnumMap<>(ErrorKind.class);
    int[] withFacts = {0};
    long start = System.nanoTime();
    extractor.extractAll(
        documents,
        result -> record(result, documents, failures, withFacts));
    System.out.printf(
        "%d generated inputs (seed %d): %d results with facts, failures %s, in %.0f s%n",
        count, seed, withFacts[0], failures, (System.nanoTime() - start) / 1e9);
  }

  private static void record(
      ExtractionResult result, List<Document> documents, Map<ErrorKind, Integer> failures, int[] withFacts) {
    if (result.failed()) {
      failures.merge(result.error().kind(), 1, Integer::sum);
      if (result.error().kind() == ErrorKind.INTERNAL) {
        int index = Integer.parseInt(result.id().substring(1));
        System.out.println("INTERNAL " + result.id() + ": " + result.error().message());
        System.out.println("  input: " + escape(documents.get(index).text()));
      }
    } else if (!result.facts().facts().isEmpty()) {
      withFacts[0]++;
    }
  }

  static String generate(Random random) {
    StringBuilder text = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      String sentence =
          pick(random, SUBJECTS) + " said " + pick(random, NUMBERS) + " people were " + pick(random, OUTCOMES)
              + (random.nextBoolean() ? " in the attack on Friday." : ", and " + pick(random, NUMBERS) + " were " + pick(random, OUTCOMES) + ".");
      if (random.nextInt(5) == 0) {
        sentence = sentence.toUpperCase(java.util.Locale.ROOT);
      }
      if (random.nextInt(4) == 0) {
        sentence = "\u201C" + sentence + "\u201D";
      }
      StringBuilder noisy = new StringBuilder();
      for (String word : sentence.split(" ")) {
        if (random.nextInt(6) == 0) {
          noisy.append(pick(random, NOISE));
        }
        noisy.append(word).append(' ');
      }
      text.append(noisy.toString().trim()).append(random.nextInt(4) == 0 ? "\n\n" : " ");
    }
    return text.toString().trim();
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
