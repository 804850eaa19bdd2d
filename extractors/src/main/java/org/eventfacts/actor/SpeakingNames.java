package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.Span;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Whoever speaks takes part: a quote's speaker written as a proper name that no actor covers (the
 * tagger missed it, or it stands in a layout line such as "— Ana Ruiz" under a quote) becomes an
 * actor of its own. Pronouns and descriptions do not; they are resolved to named actors or left
 * alone, and nor does a work, event or field said to say something ("his theory of Case Grammar,
 * which held that ...": {@link Works}).
 *
 * <pre>{@code
 * "'We will not move,' said Kestrelwatch."  -> Actor("a4", "Kestrelwatch", ORGANIZATION, ...)
 * }</pre>
 */
final class SpeakingNames {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A capitalised word, or a particle inside a name ("de", "van", "al-"). */
  private static final Pattern NAME_WORD =
      Pattern.compile("(\\p{Lu}[\\p{L}’'.-]*|de|da|van|von|der|bin|al-\\p{L}+)");

  private static final int LONGEST_NAME = 5;

  /** The tagger's types for words that name no one. */
  private static final ImmutableSet<String> NOT_ACTORS =
      ImmutableSet.of(
          "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private SpeakingNames() {}

  /** {@code actors} and, after them, one actor for each unmatched named speaker of {@code quotes}. */
  static ImmutableList<Actor> addSpeakers(ParsedText text, List<Actor> actors, List<Quote> quotes) {
    Map<String, List<Span>> named = new LinkedHashMap<>();
    Set<String> capitalisedInside = capitalisedInside(text);
    for (Quote quote : quotes) {
      Phrase speaker = quote.speaker();
      if (speaker == null || speaker.actorId() != null || isCovered(speaker.span(), actors)) {
        continue;
      }
      if (isProperName(speaker.text())
          && !Works.endsInAWorkNoun(speaker.text())
          && isWrittenAsName(tokensIn(text, speaker.span()), capitalisedInside)) {
        named.computeIfAbsent(speaker.text(), key -> new ArrayList<>()).add(speaker.span());
      }
    }
    ImmutableList.Builder<Actor> all = ImmutableList.<Actor>builder().addAll(actors);
    int next = actors.size() + 1;
    for (Map.Entry<String, List<Span>> name : named.entrySet()) {
      ActorKind kind = kindOf(tokensIn(text, name.getValue().get(0)), name.getKey());
      all.add(new Actor("a" + next++, name.getKey(), kind, List.of(), null, name.getValue()));
    }
    return all.build();
  }

  private static boolean isCovered(Span span, List<Actor> actors) {
    return actors.stream()
        .flatMap(actor -> actor.mentions().stream())
        .anyMatch(mention -> mention.intersects(span));
  }

  static boolean isProperName(String text) {
    String[] words = WHITESPACE.split(text.trim());
    if (words.length == 0 || words.length > LONGEST_NAME) {
      return false;
    }
    if (words[0].toLowerCase(Locale.ROOT).equals("the") || words[0].equals("I")) {
      return false;
    }
    for (String word : words) {
      if (!NAME_WORD.matcher(word).matches()) {
        return false;
      }
    }
    if (TitleWords.areAllTitleWords(List.of(words))) {
      return false; // "Mr. President": an office addressed
    }
    return Character.isUpperCase(words[words.length - 1].charAt(0));
  }

  /**
   * Whether the speaker's capitalised words are written as a name: each is tagged a proper noun, or
   * is a noun the text also capitalises inside a sentence ("Factwise" read as a common noun). A
   * capital that only starts a sentence makes no name: "We hope ...", "People want ...", "That
   * said, ...".
   */
  private static boolean isWrittenAsName(List<CoreLabel> tokens, Set<String> capitalisedInside) {
    for (CoreLabel token : tokens) {
      if (token.ner() != null && NOT_ACTORS.contains(token.ner())
          || Capitals.isCalendarWord(token.word())) {
        return false; // "until October", "by March": a time or a number speaks for nobody
      }
      String tag = token.tag() == null ? "" : token.tag();
      if (!Capitals.isCapitalised(token.word()) || tag.startsWith("NNP")) {
        continue;
      }
      if (!tag.startsWith("NN") || !capitalisedInside.contains(token.word())) {
        return false;
      }
    }
    return true;
  }

  /** The capitalised words of the text that stand somewhere other than first in a sentence. */
  private static Set<String> capitalisedInside(ParsedText text) {
    Set<String> words = new HashSet<>();
    for (ParsedSentence sentence : text.sentences()) {
      boolean first = true;
      for (CoreLabel token : sentence.tokens()) {
        if (!Capitals.startsWithLetter(token.word())) {
          continue;
        }
        if (!first && Capitals.isCapitalised(token.word())) {
          words.add(token.word());
        }
        first = false;
      }
    }
    return words;
  }

  /** The tokens of the sentence that holds {@code span} which lie inside it. */
  private static List<CoreLabel> tokensIn(ParsedText text, Span span) {
    List<CoreLabel> inside = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      if (!sentence.span().contains(span)) {
        continue;
      }
      for (CoreLabel token : sentence.tokens()) {
        if (span.contains(new Span(token.beginPosition(), token.endPosition()))) {
          inside.add(token);
        }
      }
    }
    return inside;
  }

  /** The tagger's word for it where it gave one; else a plural is a group, a full name a person. */
  private static ActorKind kindOf(List<CoreLabel> tokens, String name) {
    for (CoreLabel token : tokens) {
      if ("PERSON".equals(token.ner())) {
        return ActorKind.PERSON;
      }
      if ("ORGANIZATION".equals(token.ner())) {
        return ActorKind.ORGANIZATION;
      }
      if ("NNPS".equals(token.tag())) {
        return ActorKind.GROUP; // "Mexicans"
      }
    }
    return WHITESPACE.split(name.trim()).length >= 2 ? ActorKind.PERSON : ActorKind.ORGANIZATION;
  }
}
