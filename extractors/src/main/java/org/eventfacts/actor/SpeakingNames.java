package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * alone.
 *
 * <pre>{@code
 * "'We will not move,' said Kestrelwatch."  -> Actor("a4", "Kestrelwatch", ORGANIZATION, ...)
 * }</pre>
 */
final class SpeakingNames {

  /** A capitalised word, or a particle inside a name ("de", "van", "al-"). */
  private static final Pattern NAME_WORD =
      Pattern.compile("(\\p{Lu}[\\p{L}’'.-]*|de|da|van|von|der|bin|al-\\p{L}+)");

  private static final int LONGEST_NAME = 5;

  private SpeakingNames() {}

  /** {@code actors} and, after them, one actor for each unmatched named speaker of {@code quotes}. */
  static ImmutableList<Actor> addSpeakers(ParsedText text, List<Actor> actors, List<Quote> quotes) {
    Map<String, List<Span>> named = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      Phrase speaker = quote.speaker();
      if (speaker == null || speaker.actorId() != null || isCovered(speaker.span(), actors)) {
        continue;
      }
      if (isProperName(speaker.text()) && isTaggedAsName(tokensIn(text, speaker.span()))) {
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
    String[] words = text.trim().split("\\s+");
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
   * Whether the tagger read the speaker's capitalised words as proper nouns: a capital that only
   * starts a sentence ("We hope ...", "People want ...", "That said, ...") makes no name.
   */
  private static boolean isTaggedAsName(List<CoreLabel> tokens) {
    if (tokens.isEmpty()) {
      return true; // layout lines the parse does not reach keep the written text alone
    }
    for (CoreLabel token : tokens) {
      boolean capitalised = Capitals.isCapitalised(token.word());
      boolean properNoun = token.tag() != null && token.tag().startsWith("NNP");
      if (capitalised && !properNoun) {
        return false;
      }
    }
    return true;
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
    return name.trim().split("\\s+").length >= 2 ? ActorKind.PERSON : ActorKind.ORGANIZATION;
  }
}
