package org.eventfacts.count;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.count.QuantityWords.Amount;
import org.eventfacts.count.QuantityWords.QualifierPhrase;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.Span;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads the number of people a noun phrase counts.
 *
 * <p>The dependency graph finds the number ("26" in "26 armed men", "Dozens" in "Dozens of
 * people"); the words around it, as written, give its extent and qualifier, because parsers
 * attach "more than", "a" and "dozen" in ways that vary from sentence to sentence while the
 * surface order of a number expression does not. Values come from CoreNLP's number normaliser
 * ({@code NormalizedNamedEntityTagAnnotation}); multiplier and vague words it leaves alone
 * ("two dozen", "hundreds") are read from {@link QuantityWords}.
 */
public final class CountReader {

  private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d|2100");

  /**
   * Entity types of a number that is not a count. The CRF tagger spreads DATE and DURATION to
   * neighbouring numbers ("four others were wounded ... 10 minutes apart"), so those two are
   * trusted only for a number that stands alone, not for one that counts a noun.
   */
  private static final ImmutableSet<String> NEVER_COUNTS = ImmutableSet.of("MONEY", "PERCENT", "ORDINAL", "TIME");

  private static final ImmutableSet<String> NOT_COUNT_ALONE =
      ImmutableSet.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT", "ORDINAL", "SET");

  private static final ImmutableSet<String> SINGLE_PRONOUNS =
      ImmutableSet.of("he", "she", "him", "her");

  private static final ImmutableSet<String> NO_ONE_DETERMINERS =
      ImmutableSet.of("no", "every", "each", "any", "neither", "either");

  /** Nouns for a person that news copy gives an age after: "Boy, 16, stabbed". */
  private static final ImmutableSet<String> PERSON_NOUNS =
      ImmutableSet.of(
          "boy", "girl", "man", "woman", "teen", "teenager", "mother", "father", "son",
          "daughter", "grandmother", "grandfather", "driver", "officer", "student", "victim");

  private CountReader() {}

  /** The number written in or on the phrase headed by {@code head}, if any. */
  public static Optional<CountReading> ofPhrase(ParsedSentence sentence, IndexedWord head) {
    if (isQuantity(sentence, head)) {
      if (NOT_COUNT_ALONE.contains(String.valueOf(head.ner()))) {
        return Optional.empty();
      }
      return ofNumber(sentence, head);
    }
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      IndexedWord child = edge.getDependent();
      if (edge.isExtra()) {
        continue;
      }
      boolean numberRelation =
          relation.equals("nummod") || relation.equals("det:qmod") || relation.equals("compound");
      boolean fewWord =
          (relation.equals("amod") || relation.equals("det") || relation.equals("nmod:npmod"))
              && QuantityWords.FEW.containsKey(lower(child));
      if ((numberRelation && isQuantity(sentence, child)) || fewWord) {
        return ofNumber(sentence, child);
      }
      if (relation.equals("det:qmod")) {
        // "a dozen of the attackers": the parser makes "a" the head and "dozen" a fixed part
        for (SemanticGraphEdge part : graph.outgoingEdgeIterable(child)) {
          if (part.getRelation().toString().equals("fixed") && isQuantity(sentence, part.getDependent())) {
            return ofNumber(sentence, part.getDependent());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The one person a singular phrase denotes: "a 17-year-old", "the driver", "John Smith", "he".
   * Empty for plurals, "no one", "every passenger" and phrases with a number of their own.
   */
  public static Optional<CountReading> single(
      ParsedSentence sentence, IndexedWord head, Set<IndexedWord> leaveOut) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return Optional.empty();
    }
    String tag = head.tag();
    String word = lower(head);
    boolean singular =
        "NN".equals(tag)
            || ("NNP".equals(tag) && "PERSON".equals(head.ner()))
            || ("PRP".equals(tag) && SINGLE_PRONOUNS.contains(word))
            || ("JJ".equals(tag) && word.equals("old")); // "a 17-year-old"
    if (!singular || ofPhrase(sentence, head).isPresent()) {
      return Optional.empty();
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      if (edge.getRelation().toString().startsWith("det")
          && NO_ONE_DETERMINERS.contains(lower(edge.getDependent()))) {
        return Optional.empty();
      }
    }
    if ("NN".equals(tag) && !hasDeterminerOrPossessor(graph, head)) {
      return Optional.empty(); // bare singular nouns are mass or generic: "gunfire", "violence"
    }
    return NounPhrases.phrase(sentence, head, leaveOut, false)
        .map(
            phrase ->
                new CountReading(
                    Count.exact(phrase.text(), 1), phrase.span(), ImmutableSet.of(), true));
  }

  /** The number expression around {@code number}: its words, value, range and qualifier. */
  public static Optional<CountReading> ofNumber(ParsedSentence sentence, IndexedWord number) {
    List<CoreLabel> tokens = sentence.tokens();
    CoreLabel token = sentence.token(number.index());
    if (NEVER_COUNTS.contains(String.valueOf(token.ner()))) {
      return Optional.empty();
    }
    int first = number.index();
    int last = number.index();
    while (last < tokens.size() && continuesRight(sentence, last + 1)) {
      last++;
    }
    while (first > 1 && continuesLeft(sentence, first - 1, first)) {
      first--;
    }
    if (isFollowedByUnit(sentence, last)
        || isYear(sentence, number, first, last)
        || isAge(sentence, first, last)
        || NotCounts.isNotation(sentence, first, last)) {
      return Optional.empty();
    }
    Optional<Count> bare = interpret(sentence, first, last);
    if (bare.isEmpty() || NotCounts.isImplausible(bare.get())) {
      return Optional.empty();
    }
    Count count = bare.get();
    int start = first;
    if (count.qualifier() != Qualifier.VAGUE) {
      for (QualifierPhrase phrase : QuantityWords.QUALIFIERS) {
        int length = phrase.words().size();
        if (first - length >= 1 && matches(sentence, first - length, phrase.words())) {
          start = first - length;
          String text = sentence.words(sentence.tokenSpan(start, last));
          count = Count.qualified(text, count.value(), phrase.qualifier());
          break;
        }
      }
    }
    ImmutableSet.Builder<IndexedWord> words = ImmutableSet.builder();
    SemanticGraph graph = sentence.graph();
    for (int i = start; i <= last && graph != null; i++) {
      IndexedWord node = sentence.wordAt(i);
      if (node != null) {
        words.add(node);
      }
    }
    Span span = sentence.tokenSpan(start, last);
    return Optional.of(new CountReading(count, span, words.build(), false));
  }

  private static Optional<Count> interpret(ParsedSentence sentence, int first, int last) {
    StringBuilder joined = new StringBuilder();
    for (int i = first; i <= last; i++) {
      joined.append(i > first ? " " : "").append(lower(sentence.token(i)));
    }
    String words = joined.toString();
    String text = sentence.words(sentence.tokenSpan(first, last));
    String lastWord = lower(sentence.token(last));

    if (words.contains(" - ")) {
      OptionalLong spelled = AmountWords.spelled(words.replace(" - ", "-"));
      if (spelled.isPresent()) {
        return Optional.of(Count.exact(text, spelled.getAsLong()));
      }
    }
    Amount vague = AmountWords.vague(words);
    if (vague != null) {
      return Optional.of(Count.vague(text, vague.min(), vague.max()));
    }
    OptionalLong base = OptionalLong.empty();
    int numberEnd = last;
    Long multiplier = QuantityWords.MULTIPLIERS.get(lastWord);
    boolean multiplierOutsideEntity = multiplier != null && !"NUMBER".equals(sentence.token(last).ner());
    if (multiplierOutsideEntity) {
      numberEnd = last - 1;
    }
    for (int i = first; i <= numberEnd && base.isEmpty(); i++) {
      base = value(sentence.token(i));
    }
    if (base.isEmpty()) {
      // "a dozen", "half a dozen": no numeral, only the multiplier.
      if (!multiplierOutsideEntity) {
        return Optional.empty();
      }
      base = OptionalLong.of(1);
      if (words.startsWith("half")) {
        return Optional.of(Count.exact(text, multiplier / 2));
      }
    }
    long value = multiplierOutsideEntity ? AmountWords.scaled(base.getAsLong(), multiplier) : base.getAsLong();
    return Optional.of(Count.exact(text, value));
  }

  /** The value CoreNLP's normaliser gives the token, or the digits it is written in. */
  private static OptionalLong value(CoreLabel token) {
    String normalized = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (normalized != null && "NUMBER".equals(token.ner())) {
      OptionalLong value = AmountWords.normalized(normalized);
      if (value.isPresent()) {
        return value;
      }
    }
    if (!"CD".equals(token.tag())) {
      return OptionalLong.empty();
    }
    OptionalLong digits = AmountWords.digits(token.word());
    // A number word the tagger gave another entity type: CoreNLP's normaliser still reads it.
    return digits.isPresent()
        ? digits
        : AmountWords.spelledWhole(token.word().replace(",", "").toLowerCase(Locale.ROOT));
  }

  /** "Twenty - one": the tokeniser splits hyphenated numbers; the normaliser gives both halves 21. */
  private static boolean isHyphenInsideNumber(ParsedSentence sentence, int index) {
    if (index <= 1 || index >= sentence.tokens().size() || !sentence.token(index).word().equals("-")) {
      return false;
    }
    CoreLabel before = sentence.token(index - 1);
    CoreLabel after = sentence.token(index + 1);
    String beforeValue = before.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    boolean sameEntity =
        "NUMBER".equals(before.ner())
            && "NUMBER".equals(after.ner())
            && beforeValue != null
            && beforeValue.equals(after.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    // "Twenty-one" in a capitalised dateline or headline, which the tagger misses
    return sameEntity
        || (QuantityWords.TENS.contains(lower(before)) && QuantityWords.UNITS.contains(lower(after)));
  }

  private static boolean continuesRight(ParsedSentence sentence, int index) {
    if (isHyphenInsideNumber(sentence, index) || isHyphenInsideNumber(sentence, index - 1)) {
      return true;
    }
    CoreLabel token = sentence.token(index);
    String word = lower(token);
    if (QuantityWords.MULTIPLIERS.containsKey(word) || QuantityWords.VAGUE_PLURALS.containsKey(word)) {
      return true;
    }
    if (word.equals("of") && index + 1 <= sentence.tokens().size()) {
      String next = lower(sentence.token(index + 1));
      String previous = lower(sentence.token(index - 1));
      return (previous.equals("tens") || previous.equals("hundreds"))
          && QuantityWords.VAGUE_PLURALS.containsKey(next);
    }
    return "CD".equals(token.tag())
        && "NUMBER".equals(token.ner())
        && "NUMBER".equals(sentence.token(index - 1).ner());
  }

  private static boolean continuesLeft(ParsedSentence sentence, int index, int next) {
    if (isHyphenInsideNumber(sentence, index) || isHyphenInsideNumber(sentence, next)) {
      return true;
    }
    CoreLabel token = sentence.token(index);
    String word = lower(token);
    String following = lower(sentence.token(next));
    if ((word.equals("a") || word.equals("an"))
        && (QuantityWords.MULTIPLIERS.containsKey(following) || QuantityWords.FEW.containsKey(following))) {
      return true;
    }
    if (word.equals("half") && (following.equals("a") || following.equals("an"))) {
      return true;
    }
    if (word.equals("of") && index > 1) {
      String previous = lower(sentence.token(index - 1));
      return (previous.equals("tens") || previous.equals("hundreds"))
          && QuantityWords.VAGUE_PLURALS.containsKey(following);
    }
    if (word.equals("tens") || (word.equals("hundreds") && following.equals("of"))) {
      return following.equals("of");
    }
    boolean numeral = "CD".equals(token.tag());
    return numeral
        && (QuantityWords.MULTIPLIERS.containsKey(following) // "two dozen"
            || ("NUMBER".equals(token.ner()) && "NUMBER".equals(sentence.token(next).ner())));
  }

  private static boolean isFollowedByUnit(ParsedSentence sentence, int last) {
    int size = sentence.tokens().size();
    int next = last + 1;
    if (next <= size && sentence.token(next).word().equals("-") && next + 1 <= size) {
      next++; // "17-year-old" is tokenised 17 - year - old
    }
    return next <= size
        && QuantityWords.NOT_PEOPLE_UNITS.contains(lower(sentence.token(next)));
  }

  /**
   * "the 1915 massacre", "since 2019": a four-digit number between 1800 and 2100 written without a
   * comma is a year unless it counts a plural noun ("2000 people").
   */
  private static boolean isYear(ParsedSentence sentence, IndexedWord number, int first, int last) {
    if (first != last || !YEAR.matcher(sentence.token(first).word()).matches()) {
      return false;
    }
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return true;
    }
    return graph.getParents(number).stream()
        .noneMatch(head -> "NNS".equals(head.tag()) && !"DATE".equals(sentence.token(first).ner()));
  }

  /**
   * "Vic Reyes, 50;", "Ana Ruiz, 22, of Dayton", "Boy, 16, stabbed": a number set off by commas
   * after a person's name, or after a noun for one person, is the person's age.
   */
  private static boolean isAge(ParsedSentence sentence, int first, int last) {
    List<CoreLabel> tokens = sentence.tokens();
    if (first < 3 || !",".equals(sentence.token(first - 1).word())) {
      return false;
    }
    CoreLabel name = sentence.token(first - 2);
    boolean person =
        "PERSON".equals(name.ner()) && "NNP".equals(name.tag())
            || PERSON_NOUNS.contains(name.word().toLowerCase(Locale.ROOT));
    String after = last < tokens.size() ? sentence.token(last + 1).word() : ".";
    return person && Set.of(",", ";", ")", ".", "and").contains(after);
  }

  private static boolean matches(ParsedSentence sentence, int from, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!lower(sentence.token(from + i)).equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is a number or a word that stands for one ("dozens", "thousand"). */
  public static boolean isQuantity(ParsedSentence sentence, IndexedWord word) {
    String lower = lower(word);
    if (QuantityWords.MULTIPLIERS.containsKey(lower) || QuantityWords.VAGUE_PLURALS.containsKey(lower)) {
      return true;
    }
    CoreLabel token = sentence.token(word.index());
    return "CD".equals(token.tag()) && !NEVER_COUNTS.contains(String.valueOf(token.ner()));
  }

  private static boolean hasDeterminerOrPossessor(SemanticGraph graph, IndexedWord head) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      if (relation.startsWith("det") || relation.equals("nmod:poss") || relation.equals("amod")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(IndexedWord word) {
    return word.word().toLowerCase(Locale.ROOT);
  }

  private static String lower(CoreLabel token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
