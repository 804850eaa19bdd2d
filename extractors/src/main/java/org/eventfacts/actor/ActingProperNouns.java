package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the proper names the tagger misses where they act: an untagged run of proper nouns that is
 * the subject of a clause or the agent of a passive ("FactCheckers announced ...", "as reported by
 * The Morning Ledger", "according to FactCheckers") names an actor: a person when it starts with a
 * given name, else an organisation. A run right after a noun for what a person is names that
 * person, whatever it does ("studied under the grammarian Oswin Tarn"). Title-case headlines, where every word is capitalised, are left
 * alone, and so are the common words a sentence may begin with ("Police said").
 */
final class ActingProperNouns {

  private static final ImmutableSet<String> ACTING_RELATIONS =
      ImmutableSet.of(
          "nsubj", "obl:agent", "nmod:agent", "obl:by", "obl:according_to", "nmod:according_to");

  /** Words a title-case headline may leave in small letters: "Voss Slams Board over Cuts". */
  private static final ImmutableSet<String> HEADLINE_SMALL_WORDS =
      ImmutableSet.of(
          "with", "from", "into", "onto", "over", "upon", "than", "that", "this", "after",
          "about", "under", "until", "amid", "near", "without", "against", "between", "before",
          "through", "during", "across");

  private ActingProperNouns() {}

  /** {@code names} with the acting untagged names added. */
  static List<Name> add(ParsedText text, List<Name> names) {
    List<Name> all = new ArrayList<>(names);
    for (ParsedSentence sentence : text.sentences()) {
      SemanticGraph graph = sentence.graph();
      if (graph == null || isTitleCase(sentence)) {
        continue;
      }
      int i = 1;
      while (i <= sentence.tokens().size()) {
        if (!isUntaggedProperNoun(sentence.token(i))) {
          i++;
          continue;
        }
        int last = i;
        while (last + 1 <= sentence.tokens().size()
            && isUntaggedProperNoun(sentence.token(last + 1))) {
          last++;
        }
        int first = i;
        i = last + 1;
        Mention run = new Mention(sentence, first, last);
        boolean described = isAfterARole(sentence, first);
        if (names.stream().anyMatch(n -> n.mention().overlaps(run))
            || !described && !acts(graph, last)
            || isCommon(sentence, run)) {
          continue;
        }
        boolean person =
            described
                || last > first && FirstNames.genderOf(sentence.token(first).word()) != null;
        all.add(new Name(run, person ? ActorKind.PERSON : ActorKind.ORGANIZATION));
      }
    }
    return all;
  }

  /**
   * "the grammarian Oswin Tarn", "the linguist Marta Ibsen": a noun for what a person is, in small
   * letters right before the name, says the name is a person's.
   */
  private static boolean isAfterARole(ParsedSentence sentence, int first) {
    if (first < 2) {
      return false;
    }
    String before = sentence.token(first - 1).word();
    if (!Capitals.isLowerCase(before)) {
      return false;
    }
    String lower = TitleWords.lower(before);
    return TitleWords.isHead(lower)
        || lower.length() > 5 && (lower.endsWith("ian") || lower.endsWith("ist"));
  }

  private static boolean isUntaggedProperNoun(CoreLabel token) {
    return ("NNP".equals(token.tag()) || "NNPS".equals(token.tag()))
        && ("O".equals(token.ner()) || token.ner() == null)
        && Capitals.isCapitalised(token.word());
  }

  private static boolean acts(SemanticGraph graph, int head) {
    IndexedWord word = graph.getNodeByIndexSafe(head);
    if (word == null) {
      return false;
    }
    String relation = Dependencies.relationToHead(graph, word);
    if (!ACTING_RELATIONS.contains(relation)) {
      return false;
    }
    if (relation.contains("according_to")) {
      return true;
    }
    return Dependencies.head(graph, word)
        .map(v -> v.tag() != null && v.tag().startsWith("VB"))
        .orElse(false);
  }

  /** Words that are capitalised for other reasons: titles, roles, group nouns, a first word. */
  private static boolean isCommon(ParsedSentence sentence, Mention run) {
    for (CoreLabel token : run.tokens()) {
      String lower = token.word().toLowerCase(Locale.ROOT);
      if (TitleWords.isHead(lower)
          || Capitals.isCalendarWord(lower)
          || GroupFinder.GROUP_NOUNS.contains(lower)
          || OrganisationWords.PORTFOLIOS.contains(lower)
          || TitleWords.HONORIFICS.containsKey(lower)) {
        return true;
      }
    }
    if (run.first() == firstWord(sentence) && run.first() == run.last()) {
      String word = run.tokens().get(0).word();
      boolean marked = word.chars().skip(1).anyMatch(Character::isUpperCase);
      return !marked; // "FactCheckers" and "NBC" are names even first; "Lawmakers" is not
    }
    return false;
  }

  private static int firstWord(ParsedSentence sentence) {
    for (int i = 1; i <= sentence.tokens().size(); i++) {
      if (Capitals.startsWithLetter(sentence.token(i).word())) {
        return i;
      }
    }
    return 1;
  }

  /**
   * A headline in title case: most of its words that name nothing and are no title are capitalised
   * ("Harbour Board Rejects Pay Offer Over Night Shifts"), and none but a preposition is in small
   * letters; a sentence dense with names is not one ("Voss received the Tern Award of the Harbour
   * Board").
   */
  static boolean isTitleCase(ParsedSentence sentence) {
    int words = 0;
    int capitalised = 0;
    int first = firstWord(sentence);
    for (int i = first + 1; i <= sentence.tokens().size(); i++) {
      CoreLabel token = sentence.token(i);
      String word = token.word();
      boolean named = token.ner() != null && !token.ner().equals("O");
      boolean title = TitleWords.isHead(word) || TitleWords.isModifier(word);
      if (word.length() > 3 && Capitals.startsWithLetter(word) && !named && !title) {
        words++;
        if (Capitals.isCapitalised(word)) {
          capitalised++;
        } else if (!HEADLINE_SMALL_WORDS.contains(word)) {
          return false; // "Voss received the Tern Award": a verb in small letters is prose
        }
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }
}
