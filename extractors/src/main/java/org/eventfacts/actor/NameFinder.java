package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * The proper names of a text and what they name: CoreNLP's entity mentions, corrected where news
 * conventions mislead the tagger.
 *
 * <ul>
 *   <li>A capitalised name ending in an organisation noun is an organisation, whatever the tagger
 *       said or missed: "the State Department", "the Foreign Office", "the Harbour Workers' Union"
 *       ({@link OrganisationNameRuns}).
 *   <li>A ministry's portfolio alone is no name: "Interior" in "Interior Minister Ana Voss".
 *   <li>Each name's kind is decided from all its occurrences ({@link NameKinds}).
 *   <li>Pronouns, which the entity-mention annotator also lists, are left to {@link
 *       PronounResolver}.
 * </ul>
 */
final class NameFinder {

  private static final ImmutableSet<String> STRICT_DESIGNATORS =
      ImmutableSet.of(
          "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co.", "gmbh", "ag", "n.v.",
          "s.a.");

  /** Adjectives and nouns for believers, as English writes them capitalised. */
  private static final ImmutableSet<String> BELIEFS =
      ImmutableSet.of(
          "christian", "catholic", "protestant", "anglican", "orthodox", "evangelical", "lutheran",
          "methodist", "baptist", "presbyterian", "mormon", "jesuit", "muslim", "islamic", "sunni",
          "shia", "shiite", "jewish", "jew", "buddhist", "hindu", "sikh", "taoist", "confucian",
          "pagan", "atheist");

  private NameFinder() {}

  /** The names of {@code text}, in text order. */
  static ImmutableList<Name> find(ParsedText text) {
    List<Name> names = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      List<Name> tagged = new ArrayList<>();
      for (CoreMap entity : sentence.entityMentions()) {
        Name name = fromEntityMention(sentence, entity);
        if (name != null) {
          for (Name part : splitAtPossessive(PersonNameTails.finish(name))) {
            tagged.addAll(splitAtDesignator(part));
          }
        }
      }
      names.addAll(OrganisationNameRuns.correct(sentence, tagged));
    }
    List<Name> found =
        new ArrayList<>(
            PictureCredits.add(text, ActingProperNouns.add(text, HonorificNames.add(text, names))));
    found.removeIf(Works::isWork);
    found = new ArrayList<>(SurnameFirstNames.correct(text, found));
    // kinds decided before echoing one-word names, so that an echo takes the kind of the whole text
    List<Name> places = PlacesOfMotion.correct(PlacesAfterOf.correct(found));
    List<Name> decided = NameKinds.decide(Addresses.correct(Facilities.correct(places)));
    List<Name> all = NameKinds.decide(SurnameEchoes.add(text, decided));
    all.removeIf(NameFinder::isBeliefOrOrigin);
    all.removeIf(NameFinder::isAdjectiveAlone);
    all.removeIf(Acronyms::isCommonNounAbbreviation);
    all.removeIf(NameFinder::isOneLetter);
    all.removeIf(NameFinder::isMaidenName);
    all.removeIf(name -> name.kind() == ActorKind.PERSON && AnimalNames.isAnimal(name));
    all = SharedSurnames.spell(all);
    Set<String> surnames = surnames(all);
    all.removeIf(name -> isOfficeAlone(name) && !surnames.contains(String.join(" ", name.words())));
    return ImmutableList.sortedCopyOf(withoutUnconfirmedHeadlineNames(all));
  }

  private static @Nullable Name fromEntityMention(ParsedSentence sentence, CoreMap entity) {
    List<CoreLabel> tokens = entity.get(CoreAnnotations.TokensAnnotation.class);
    String type = entity.get(CoreAnnotations.EntityTypeAnnotation.class);
    if (tokens == null || tokens.isEmpty() || type == null) {
      return null;
    }
    int first = tokens.get(0).index();
    int last = tokens.get(tokens.size() - 1).index();
    if (first < 1 || last > sentence.tokens().size() || first > last) {
      return null;
    }
    String tag = tokens.get(0).tag();
    if (tag != null && tag.startsWith("PRP")) {
      return null; // "he", "his": pronouns are resolved, not named
    }
    if (first < last && TitleWords.HONORIFICS.containsKey(TitleWords.lower(tokens.get(0).word()))) {
      // "Mademoiselle Odile Brun", whatever the tagger called it: a person, named after the title
      Mention named = new Mention(sentence, first + 1, last);
      return hasLetter(named) ? new Name(named, ActorKind.PERSON) : null;
    }
    Mention mention = new Mention(sentence, first, last);
    ActorKind kind = kindOf(type, mention);
    if (kind == null || isPortfolioAlone(mention) || !hasLetter(mention)) {
      return null;
    }
    return new Name(mention, kind);
  }

  /**
   * "the University of Dunmore's Institute of Marine Science", tagged as one organisation: an
   * organisation's possessive ends its name, and what it owns is a name of its own.
   */
  private static List<Name> splitAtPossessive(Name name) {
    Mention mention = name.mention();
    if (name.kind() != ActorKind.ORGANIZATION) {
      return List.of(name);
    }
    for (int i = mention.first() + 1; i < mention.last(); i++) {
      String word = mention.sentence().token(i).word();
      if (!word.equals("'s") && !word.equals("’s")) {
        continue;
      }
      Mention owner = new Mention(mention.sentence(), mention.first(), i - 1);
      Mention owned = new Mention(mention.sentence(), i + 1, mention.last());
      if (hasOrganisationHead(owner) && hasOrganisationHead(owned)) {
        return List.of(
            new Name(owner, ActorKind.ORGANIZATION), new Name(owned, ActorKind.ORGANIZATION));
      }
    }
    return List.of(name);
  }

  private static boolean hasOrganisationHead(Mention mention) {
    return mention.tokens().stream().anyMatch(token -> OrganisationWords.isHead(token.word()));
  }

  /**
   * "chairman of Norgas Ltd Ana Voss", tagged as one organisation: a company designator ends the
   * company's name, and a given name after it starts a person's.
   */
  private static List<Name> splitAtDesignator(Name name) {
    Mention mention = name.mention();
    if (name.kind() != ActorKind.ORGANIZATION) {
      return List.of(name);
    }
    for (int i = mention.first(); i < mention.last() - 1; i++) {
      String word = TitleWords.lower(mention.sentence().token(i).word());
      String next = mention.sentence().token(i + 1).word();
      if (STRICT_DESIGNATORS.contains(word)
          && FirstNames.genderOf(next) != null
          && i > mention.first()) {
        return List.of(
            new Name(new Mention(mention.sentence(), mention.first(), i), ActorKind.ORGANIZATION),
            new Name(new Mention(mention.sentence(), i + 1, mention.last()), ActorKind.PERSON));
      }
    }
    return List.of(name);
  }

  private static @Nullable ActorKind kindOf(String type, Mention mention) {
    List<CoreLabel> tokens = mention.tokens();
    boolean organisationHead =
        OrganisationWords.isHead(tokens.get(tokens.size() - 1).word())
            || OrganisationWords.startsAForeignName(tokens.get(0).word());
    return switch (type) {
      case "PERSON" ->
          organisationHead && tokens.size() > 1 && FirstNames.genderOf(tokens.get(0).word()) == null
              ? ActorKind.ORGANIZATION // "Halvorsen Trust", but not "Ann Church"
              : ActorKind.PERSON;
      case "ORGANIZATION" -> ActorKind.ORGANIZATION;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> {
        if (organisationHead && tokens.size() > 1) {
          yield ActorKind.ORGANIZATION; // "the US State Department", tagged as a place
        }
        yield Places.instance().country(mention.text()) != null
            ? ActorKind.COUNTRY
            : ActorKind.LOCATION;
      }
      case "MISC" ->
          organisationHead && tokens.size() > 1 && !hasVerb(tokens)
              ? ActorKind.ORGANIZATION // "the Harbour Workers' Union"; a title with a verb,
              : null; // "Remarks Opening the New Ferry Office", names a speech or a work
      default -> null;
    };
  }

  private static boolean hasVerb(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(token -> token.tag() != null && token.tag().startsWith("VB"));
  }

  private static boolean isPortfolioAlone(Mention mention) {
    return mention.first() == mention.last()
        && OrganisationWords.PORTFOLIOS.contains(TitleWords.lower(mention.tokens().get(0).word()));
  }

  /**
   * "a Buddhist school", "the Kestrian delegation": one word that says what someone believes or
   * where they are from is no name of an actor, whatever the tagger called it.
   */
  private static boolean isBeliefOrOrigin(Name name) {
    if (name.words().size() != 1 || Acronyms.looksLikeAcronym(name.text())) {
      return false;
    }
    String word = name.words().get(0);
    boolean nationality =
        Places.instance().placeOfDemonym(word) != null && Places.instance().country(word) == null;
    return nationality || BELIEFS.contains(word);
  }

  /**
   * "Mathematical work", "Congressional leaders": one capitalised adjective, at the start of a
   * heading or before a noun, names nobody.
   */
  private static boolean isAdjectiveAlone(Name name) {
    if (name.words().size() != 1 || Acronyms.looksLikeAcronym(name.text())) {
      return false;
    }
    String word = name.words().get(0);
    return word.length() > 6 && (word.endsWith("ical") || word.endsWith("ional"));
  }

  /** The last words of the people's names of two words or more: "major" for "Ann Major". */
  private static Set<String> surnames(List<Name> names) {
    Set<String> surnames = new HashSet<>();
    for (Name name : names) {
      List<String> words = name.words();
      if (name.kind() == ActorKind.PERSON && words.size() > 1) {
        surnames.add(words.get(words.size() - 1));
      }
    }
    return surnames;
  }

  /**
   * "Mr. President", "Madam Speaker", "Mr. Chief Justice": a courtesy title before title words
   * addresses an office, it names nobody. The surname of a full name in the same text stays a name
   * ("Mr. Major" after "Ann Major"), and so does a name after an office ("Senator Dean").
   */
  private static boolean isOfficeAlone(Name name) {
    if (name.kind() != ActorKind.PERSON && name.kind() != ActorKind.ORGANIZATION) {
      return false;
    }
    List<String> words = name.words();
    Mention mention = name.mention();
    boolean courtesy = TitleWords.HONORIFICS.containsKey(words.get(0));
    if (!courtesy && mention.first() > 1) {
      String before = TitleWords.lower(mention.sentence().token(mention.first() - 1).word());
      courtesy = TitleWords.HONORIFICS.containsKey(before);
    }
    return courtesy && TitleWords.areAllTitleWords(words);
  }

  /** "F", "E": one letter alone names nobody, whatever the tagger thought. */
  private static boolean isOneLetter(Name name) {
    return name.text().chars().filter(Character::isLetter).count() < 2;
  }

  /**
   * "Katherine Voss (née Brandl)": the surname after "née" is the maiden name of the person before
   * it, no one else.
   */
  private static boolean isMaidenName(Name name) {
    Mention mention = name.mention();
    if (mention.first() < 2) {
      return false;
    }
    String before = TitleWords.lower(mention.sentence().token(mention.first() - 1).word());
    return before.equals("née") || before.equals("nee");
  }

  private static boolean hasLetter(Mention mention) {
    return mention.text().chars().anyMatch(Character::isLetter);
  }

  /**
   * Drops the names of title-case headlines that the body does not confirm. A tagger reads
   * capitalised verbs and nouns of such headlines as parts of names ("Voss Slams Harbour Board Over
   * Fire"); a name the body also uses, alone or as a shorter form of a body name, stays.
   */
  private static List<Name> withoutUnconfirmedHeadlineNames(List<Name> names) {
    List<Name> body = new ArrayList<>();
    for (Name name : names) {
      if (!ActingProperNouns.isTitleCase(name.mention().sentence())) {
        body.add(name);
      }
    }
    if (body.size() == names.size()) {
      return names;
    }
    List<Name> kept = new ArrayList<>(body);
    for (Name name : names) {
      if (!ActingProperNouns.isTitleCase(name.mention().sentence())) {
        continue;
      }
      boolean confirmed =
          body.stream()
              .anyMatch(
                  b ->
                      b.words().equals(name.words())
                          || NameMerger.isShortFormOf(name.withKind(b.kind()), b));
      if (confirmed) {
        kept.add(name);
      } else {
        kept.addAll(bodyNamesInside(name, body));
      }
    }
    return kept;
  }

  /** "Voss Slams Harbour Board" read as one name: the body's names inside it ("Voss"). */
  private static List<Name> bodyNamesInside(Name headline, List<Name> body) {
    List<Name> inside = new ArrayList<>();
    Mention mention = headline.mention();
    int first = mention.first();
    while (first <= mention.last()) {
      int found = -1;
      Name match = null;
      for (int last = mention.last(); last >= first && match == null; last--) {
        if (first == mention.first() && last == mention.last()) {
          continue;
        }
        Name part = new Name(new Mention(mention.sentence(), first, last), headline.kind());
        match = body.stream().filter(b -> b.words().equals(part.words())).findFirst().orElse(null);
        found = last;
      }
      if (match != null) {
        inside.add(new Name(new Mention(mention.sentence(), first, found), match.kind()));
        first = found + 1;
      } else {
        first++;
      }
    }
    return inside;
  }
}
