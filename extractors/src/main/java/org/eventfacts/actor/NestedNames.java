package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Animacy;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * The people and bodies named inside the name of something else. English names prizes, buildings,
 * foundations and institutes after people ("the Carnegie Medal", "the Ivo Lentz Institute") and
 * events and offices after the bodies that run them ("the NWFA Cup", "the UNHCR Regional Office"):
 * the person or body named first takes part in the text as much as the thing named after it.
 *
 * <p>A first word is taken for a person's name when it is a given name with a surname after it,
 * or a word CoreNLP's coreference lists know only as someone's ({@link Animacy}); for a body's when
 * it is an acronym that is no country's.
 */
final class NestedNames {

  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");

  /**
   * Last words of names of honours, instruments and endowed bodies, which carry the name of whom
   * they honour or who endowed them ("the Lentz Prize", "the Marrow Foundation").
   */
  private static final ImmutableSet<String> NAMED_AFTER_SOMEONE =
      ImmutableSet.of(
          "prize", "prizes", "award", "awards", "medal", "lecture", "lectures", "fellowship",
          "scholarship", "professorship", "telescope", "foundation", "institute", "trust", "fund");

  /**
   * Last words of names of places and schools. A surname alone before them names a place more than
   * a person ("Whitcomb Hall"); a person's full name is still a person's ("the Ivo Lentz Center").
   */
  private static final ImmutableSet<String> PLACES_NAMED_AFTER_SOMEONE =
      ImmutableSet.of(
          "hall", "building", "museum", "library", "gallery", "theatre", "theater", "stadium",
          "arena", "station", "center", "centre", "college", "school", "academy", "airport",
          "bridge");

  /** Words for kinds of people that start the names of awards: "the Teen Choice Awards". */
  private static final ImmutableSet<String> KINDS_OF_PEOPLE =
      ImmutableSet.of(
          "teen", "teens", "kid", "kids", "brit", "brits", "people", "peoples", "critics", "critic",
          "fan", "fans", "viewer", "viewers", "young", "youth", "children", "women", "men",
          "player", "players", "artist", "artists");

  /** Last words of names of events and offices that a body runs. */
  private static final ImmutableSet<String> RUN_BY_A_BODY =
      ImmutableSet.of(
          "cup", "tour", "championship", "championships", "games", "series", "trophy", "award",
          "awards", "prize", "conference", "convention", "summit", "forum", "commission",
          "committee", "council", "office", "team", "league");

  /**
   * Articles and saints' words that start place names: "Al Wakrah", "El Paso", "San Remo", "Santa
   * Rosa", "São Vicente".
   */
  private static final ImmutableSet<String> PARTICLES =
      ImmutableSet.of("al", "el", "la", "le", "san", "santa", "santo", "são", "saint", "st", "st.");

  private NestedNames() {}

  /** New actors for the names found inside other names, that no actor of {@code known} has. */
  static List<Entity> find(ParsedText text, List<Entity> known) {
    Set<String> names = new HashSet<>();
    for (Entity entity : known) {
      for (Name name : entity.names()) {
        List<String> words = name.words();
        names.add(String.join(" ", words));
        names.add(words.get(words.size() - 1));
      }
    }
    List<Entity> found = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      if (ActingProperNouns.isTitleCase(sentence)) {
        continue; // a headline capitalises every word
      }
      List<CoreLabel> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        int end = i;
        while (end < tokens.size() && isNameWord(tokens.get(end))) {
          end++;
        }
        if (end - i >= 2) {
          Name nested = nestedName(sentence, i + 1, end);
          if (nested != null && names.add(String.join(" ", nested.words()))) {
            Entity entity = new Entity(nested.kind());
            entity.addName(nested);
            found.add(entity);
          }
        }
        i = Math.max(end, i + 1);
      }
    }
    return found;
  }

  /** The name inside tokens {@code first..last} (1-based, a run of capitalised words), or null. */
  private static @Nullable Name nestedName(ParsedSentence sentence, int first, int last) {
    String head = TitleWords.lower(sentence.token(last).word());
    String word = sentence.token(first).word();
    boolean capitalsOnly = Acronyms.looksLikeAcronym(word) && !ROMAN_NUMERAL.matcher(word).matches();
    if (capitalsOnly
        && RUN_BY_A_BODY.contains(head)
        && Places.instance().country(word) == null
        && !TitleWords.isHead(word)) {
      return new Name(new Mention(sentence, first, first), ActorKind.ORGANIZATION);
    }
    boolean honour = NAMED_AFTER_SOMEONE.contains(head);
    if (!honour && !PLACES_NAMED_AFTER_SOMEONE.contains(head) || capitalsOnly) {
      return null;
    }
    String next = sentence.token(first + 1).word();
    if (first + 1 < last
        && FirstNames.genderOf(word) != null
        && !PARTICLES.contains(TitleWords.lower(word))
        && isNoPlace(sentence.token(first))
        && isNoPlace(sentence.token(first + 1))
        && !Animacy.isListedAsThing(next)
        && !OrganisationWords.isHead(next)
        && !TitleWords.isHead(next)) {
      return new Name(new Mention(sentence, first, first + 1), ActorKind.PERSON); // "Ivo Lentz"
    }
    boolean someone =
        honour
            && Animacy.isOnlyAnimate(word)
            && !KINDS_OF_PEOPLE.contains(TitleWords.lower(word))
            && isNoPlace(sentence.token(first))
            && FirstNames.genderOf(word) == null
            && !TitleWords.isHead(word)
            && !TitleWords.HONORIFICS.containsKey(TitleWords.lower(word))
            && Places.instance().placeOfDemonym(word) == null;
    return someone ? new Name(new Mention(sentence, first, first), ActorKind.PERSON) : null;
  }

  private static boolean isNoPlace(CoreLabel token) {
    String ner = token.ner() == null ? "O" : token.ner();
    return !ner.equals("LOCATION") && !ner.equals("CITY") && !ner.equals("COUNTRY")
        && !ner.equals("STATE_OR_PROVINCE");
  }

  private static boolean isNameWord(CoreLabel token) {
    String tag = token.tag() == null ? "" : token.tag();
    return (tag.startsWith("NNP") || tag.equals("JJ")) && Capitals.isCapitalised(token.word());
  }
}
