package org.eventfacts.benchmarks;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eventfacts.pipeline.AnnotationCache;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;

/**
 * How much of a corpus the dependency parser could skip: the share of sentences and of tokens in
 * which no fact or actor reader could use a parse, by tests of increasing reach on the tokens,
 * tags and NER labels that come before the parser. Annotations come from the cache (annotated
 * and stored there if missing).
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/eventfacts-benchmarks.jar org.eventfacts.benchmarks.ParseShare /tmp/efcache DIR...
 * </pre>
 *
 * <p>A sentence "needs" its parse under a test when any token passes it; the readers consult the
 * parse for numbers and counted nouns (casualty and arrest counts: "a man was shot" is a count),
 * casualty and arrest words, quotation marks and reporting verbs (quotes and reported speech),
 * names (actors' titles, affiliations, owners, works, salience) and pronouns (pronoun
 * resolution for speakers and actors).
 */
public final class ParseShare {

  private static final Set<String> QUOTES =
      Set.of("``", "''", "\"", "“", "”", "‘", "’", "'", "`");
  private static final Set<String> EVENT_LEMMAS =
      Set.of(
          "kill", "die", "dead", "death", "wound", "injure", "injury", "shoot", "shooting", "shot",
          "stab", "hurt", "murder", "slay", "arrest", "detain", "custody", "charge", "apprehend",
          "capture", "jail", "imprison", "missing", "victim", "casualty", "fatality", "hospitalize",
          "hostage", "kidnap", "abduct", "massacre", "execute", "bomb", "attack", "crash", "fire",
          "body", "toll", "suspect", "gunman", "gunfire", "behead", "drown", "burn", "survivor",
          "life", "hospital", "critical", "condition", "homicide", "manslaughter", "rescue",
          "evacuate", "displace", "strike", "explosion", "explode", "blast", "riot", "clash");
  private static final Set<String> SPEECH_LEMMAS =
      Set.of(
          "say", "tell", "report", "announce", "confirm", "state", "add", "note", "claim",
          "allege", "warn", "explain", "describe", "call", "according", "accord", "write",
          "believe", "think", "deny", "insist", "argue", "ask", "urge", "declare", "reply",
          "respond", "comment", "statement", "spokesman", "spokeswoman", "spokesperson", "quote",
          "accuse", "blame", "praise", "criticize", "criticise", "suggest", "estimate", "show");
  private static final Set<String> NUMERIC_NER =
      Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT");
  private static final Set<String> NAME_NER =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
          "NATIONALITY");

  private ParseShare() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ParseShare CACHE_DIR DIR...");
      System.exit(2);
    }
    AnnotationCache cache = AnnotationCache.in(Path.of(args[0]));
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));
    Predicate<CoreLabel> numbers =
        t -> "CD".equals(t.tag()) || NUMERIC_NER.contains(t.ner()) || isCountWord(t);
    Predicate<CoreLabel> events = t -> EVENT_LEMMAS.contains(lemma(t));
    Predicate<CoreLabel> quotes = t -> QUOTES.contains(t.word()) || SPEECH_LEMMAS.contains(lemma(t));
    Predicate<CoreLabel> names =
        t -> NAME_NER.contains(t.ner()) || "NNP".equals(t.tag()) || "NNPS".equals(t.tag());
    Predicate<CoreLabel> pronouns = t -> "PRP".equals(t.tag()) || "PRP$".equals(t.tag());
    Map<String, Predicate<CoreLabel>> tests = new LinkedHashMap<>();
    tests.put("numbers+events", numbers.or(events));
    tests.put("+quotes/speech", numbers.or(events).or(quotes));
    tests.put("+names", numbers.or(events).or(quotes).or(names));
    tests.put("+pronouns", numbers.or(events).or(quotes).or(names).or(pronouns));
    for (int d = 1; d < args.length; d++) {
      Path directory = Path.of(args[d]);
      long sentences = 0;
      long tokens = 0;
      Map<String, long[]> skipped = new LinkedHashMap<>();
      tests.keySet().forEach(k -> skipped.put(k, new long[2]));
      List<Path> files;
      try (Stream<Path> listed = Files.list(directory)) {
        files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        CoreDocument document =
            cache.annotate(pipeline, Files.readString(file, StandardCharsets.UTF_8));
        for (CoreSentence sentence : document.sentences()) {
          List<CoreLabel> words = sentence.tokens();
          sentences++;
          tokens += words.size();
          tests.forEach(
              (name, test) -> {
                if (words.stream().noneMatch(test)) {
                  skipped.get(name)[0]++;
                  skipped.get(name)[1] += words.size();
                }
              });
        }
      }
      System.out.printf(
          Locale.ROOT, "%s: %d documents, %d sentences, %d tokens%n",
          directory.getFileName(), files.size(), sentences, tokens);
      long s = sentences;
      long t = tokens;
      skipped.forEach(
          (name, n) ->
              System.out.printf(
                  Locale.ROOT,
                  "  parse needed for %-16s -> skipped: %5.1f%% of sentences, %5.1f%% of tokens%n",
                  name, 100.0 * n[0] / s, 100.0 * n[1] / t));
    }
  }

  private static String lemma(CoreLabel token) {
    String lemma = token.lemma();
    return lemma == null ? token.word().toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
  }

  /** Determiners and quantifiers that count a noun: "a man", "several people", "dozens". */
  private static boolean isCountWord(CoreLabel token) {
    String word = token.word().toLowerCase(Locale.ROOT);
    return Set.of("a", "an", "one", "several", "dozens", "hundreds", "thousands", "scores", "many",
            "few", "some", "no", "both", "all", "nobody", "none", "another", "multiple", "numerous")
        .contains(word);
  }

}
