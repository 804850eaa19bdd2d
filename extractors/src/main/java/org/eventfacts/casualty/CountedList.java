package org.eventfacts.casualty;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.attribution.ReportingWords;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.text.ParsedSentence;

/**
 * Reads a list of counted groups as written after a word that opens it: "The dead included two
 * Britons, one Canadian and a French teacher". News reports of attacks list victims by
 * nationality or role this way, and parsers often attach the list items wrongly (to a reporting
 * verb at the end, as appositions of the first item), so the list is read from the word order:
 * items separated by commas and "and", each opening with a number or "a"/"an", until an item
 * that does not, or one that is the source of the report ("..., a port official said").
 */
final class CountedList {

  /** One item: its count and the noun that names the people in it. */
  record Item(CountReading count, IndexedWord people) {}

  private CountedList() {}

  /** The items listed after {@code opener}, in order; empty when no counted item follows it. */
  static ImmutableList<Item> after(ParsedSentence sentence, SemanticGraph graph, IndexedWord opener) {
    ImmutableList.Builder<Item> items = ImmutableList.builder();
    int size = sentence.tokens().size();
    int index = opener.index() + 1;
    while (index <= size) {
      IndexedWord first = graph.getNodeByIndexSafe(index);
      if (first == null) {
        break;
      }
      Optional<Item> item = item(sentence, graph, first);
      if (item.isEmpty()) {
        break;
      }
      items.add(item.get());
      index = nextItem(sentence, index);
      if (index < 0) {
        break;
      }
    }
    return items.build();
  }

  private static Optional<Item> item(ParsedSentence sentence, SemanticGraph graph, IndexedWord first) {
    String word = first.word().toLowerCase(Locale.ROOT);
    int end = itemEnd(sentence, first.index());
    Optional<CountReading> count;
    if (word.equals("a") || word.equals("an")) {
      IndexedWord people = lastNoun(graph, first.index() + 1, end);
      if (people == null || isSourceOfReport(sentence, people, end)) {
        return Optional.empty();
      }
      count = CountReader.single(sentence, people, java.util.Set.of());
      return count.map(c -> new Item(c, people));
    }
    if (!CountReader.isQuantity(sentence, first)) {
      return Optional.empty();
    }
    count = CountReader.ofNumber(sentence, first);
    if (count.isEmpty()) {
      return Optional.empty();
    }
    int afterCount = lastIndex(count.get()) + 1;
    IndexedWord people = firstNoun(graph, afterCount, end);
    return people == null || isSourceOfReport(sentence, people, end)
        ? Optional.empty()
        : Optional.of(new Item(count.get(), people));
  }

  /**
   * Whether the item is the attribution that closes the list rather than one of its people: its
   * noun is followed by a verb of saying ("..., and a boy from the port, a customs officer said";
   * "..., two witnesses told reporters"). News English names the source after the facts this way,
   * and the source is never counted among them.
   */
  private static boolean isSourceOfReport(ParsedSentence sentence, IndexedWord people, int end) {
    int next = people.index() + 1;
    if (next > end) {
      return false;
    }
    CoreLabel verb = sentence.token(next);
    String lemma = verb.lemma() == null ? verb.word() : verb.lemma();
    return String.valueOf(verb.tag()).startsWith("VB")
        && ReportingWords.reportsSpeech(lemma.toLowerCase(Locale.ROOT));
  }

  /** The token after the separator that ends the item starting at {@code start}, or -1. */
  private static int nextItem(ParsedSentence sentence, int start) {
    int end = itemEnd(sentence, start);
    int next = end + 1;
    int size = sentence.tokens().size();
    while (next <= size && isSeparator(sentence.token(next))) {
      next++;
    }
    return next <= size && next > end + 1 ? next : -1;
  }

  /** The last token of the item starting at {@code start}: before the next comma, "and" or end. */
  private static int itemEnd(ParsedSentence sentence, int start) {
    int size = sentence.tokens().size();
    int index = start;
    while (index + 1 <= size && !isSeparator(sentence.token(index + 1)) && !isEnd(sentence.token(index + 1))) {
      index++;
    }
    return index;
  }

  private static boolean isSeparator(CoreLabel token) {
    String word = token.word();
    return word.equals(",") || word.equals(";") || word.equalsIgnoreCase("and");
  }

  private static boolean isEnd(CoreLabel token) {
    String word = token.word();
    return word.equals(".") || word.equals(":") || word.equals("--") || word.equals("—");
  }

  private static int lastIndex(CountReading count) {
    return count.words().stream().mapToInt(IndexedWord::index).max().orElse(0);
  }

  private static IndexedWord firstNoun(SemanticGraph graph, int from, int to) {
    for (int i = from; i <= to; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i);
      if (word != null && isNoun(word)) {
        return word;
      }
    }
    return null;
  }

  private static IndexedWord lastNoun(SemanticGraph graph, int from, int to) {
    IndexedWord last = null;
    for (int i = from; i <= to; i++) {
      IndexedWord word = graph.getNodeByIndexSafe(i);
      if (word != null && isNoun(word)) {
        last = word;
      } else if (last != null) {
        break; // "a messenger boy from Belfast": the noun before the modifier
      }
    }
    return last;
  }

  private static boolean isNoun(IndexedWord word) {
    String tag = String.valueOf(word.tag());
    // nationality words are often tagged as adjectives: "one Tunisian"
    return tag.startsWith("NN") || (tag.equals("JJ") && Character.isUpperCase(word.word().charAt(0)));
  }
}
