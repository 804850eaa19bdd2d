package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.regex.Pattern;
import org.eventfacts.text.Animacy;
import org.eventfacts.text.Dependencies;

/**
 * Tells the names of things from the names of those who act. English names a thing by its kind: a
 * work after the noun for it ("the film Cold Harbour", "his novel Grey Water"), a storm after its
 * kind ("Cyclone Mira"), an event, award, document or instrument by a last word that says what it
 * is ("the Harbour Cup", "the Tern Prize", "the Harbour Charter", "the Vesper Space Telescope"), a
 * field of study by adjectives before a field's noun ("Cognitive Sciences"). None of them is an
 * actor.
 */
final class Works {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");

  /** Nouns that end the name of an event, award, document or instrument, lower-cased. */
  static final ImmutableSet<String> LAST_WORDS =
      ImmutableSet.of(
          "war",
          "battle",
          "election",
          "elections",
          "olympics",
          "paralympics",
          "championship",
          "championships",
          "cup",
          "tournament",
          "festival",
          "month",
          "week",
          "award",
          "awards",
          "prize",
          "medal",
          "trophy",
          "scholarship",
          "fellowship",
          "constitution",
          "charter",
          "decree",
          "act",
          "treaty",
          "accord",
          "accords",
          "declaration",
          "manifesto",
          "doctrine",
          "amendment",
          "plan",
          "gospel",
          "gospels",
          "chronicle",
          "chronicles",
          "lectures",
          "grammar",
          "corpus",
          "dictionary",
          "encyclopedia",
          "encyclopaedia",
          "telescope",
          "spacecraft",
          "satellite",
          "rocket",
          "rover");

  /** Nouns for a field of study: a name of adjectives before one is a field, not a body. */
  static final ImmutableSet<String> FIELDS =
      ImmutableSet.of(
          "science",
          "sciences",
          "research",
          "psychology",
          "linguistics",
          "mathematics",
          "physics",
          "chemistry",
          "biology",
          "economics",
          "engineering",
          "property",
          "resources",
          "technology",
          "studies",
          "education",
          "medicine");

  /** Words that join the parts of a field's name: "Information and Communication Technology". */
  private static final ImmutableSet<String> CONNECTIVES = ImmutableSet.of("and", "&", "/", "of");

  /** Endings of English adjectives: "Educational", "Cognitive", "Linguistic". */
  static final ImmutableSet<String> ADJECTIVE_ENDINGS =
      ImmutableSet.of("al", "ic", "ive", "ary", "ory", "ical", "ional");

  /** Nouns that put the name after them: "the film Cold Harbour", "Cyclone Mira". */
  static final ImmutableSet<String> KIND_BEFORE =
      ImmutableSet.of(
          "film",
          "movie",
          "novel",
          "book",
          "play",
          "opera",
          "musical",
          "song",
          "album",
          "poem",
          "painting",
          "series",
          "sitcom",
          "drama",
          "comedy",
          "thriller",
          "documentary",
          "episode",
          "game",
          "software",
          "browser",
          "app",
          "spacecraft",
          "satellite",
          "telescope",
          "operation",
          "cyclone",
          "hurricane",
          "typhoon",
          "storm");

  /**
   * Made things a name before them only tells apart: "the Cold Harbour sequel", "the Tern probe".
   * Nouns for what bodies make (films, series, shows) are left out: "a Norgas film" names its
   * maker.
   */
  static final ImmutableSet<String> THINGS_AFTER =
      ImmutableSet.of(
          "column", "prequel", "sequel", "trilogy", "franchise", "spacecraft", "probe", "probes",
          "lander", "rover", "orbiter", "telescope");

  /** Kinds written as the first word of the name itself: "Cyclone Mira", "Operation Tern". */
  static final ImmutableSet<String> KIND_FIRST =
      ImmutableSet.of("cyclone", "hurricane", "typhoon", "storm", "operation");

  /** Nouns a definition gives a made thing: "Vesper is a space probe", "... a film by ...". */
  static final ImmutableSet<String> DEFINED_AS =
      ImmutableSet.of(
          "film", "movie", "novel", "book", "play", "opera", "song", "album", "poem", "painting",
          "series", "show", "sitcom", "documentary", "game", "software", "browser", "app",
          "spacecraft", "satellite", "telescope", "probe", "capsule", "rocket", "rover", "ship",
          "vessel", "aircraft", "language", "dialect");

  private Works() {}

  /**
   * Whether the text defines one of the entity's names as a made thing: "Vesper is a space probe
   * that ...", "Grey Water is a 2011 film". Whatever else it does in the text, it is no actor.
   */
  static boolean isDefinedAsAWork(Entity entity) {
    for (Name name : entity.names()) {
      SemanticGraph graph = name.mention().sentence().graph();
      IndexedWord head = graph == null ? null : TitleReader.headOf(graph, name.mention());
      if (head == null || !Dependencies.relationToHead(graph, head).startsWith("nsubj")) {
        continue;
      }
      IndexedWord predicate = Dependencies.head(graph, head).orElse(null);
      if (predicate != null
          && predicate.tag() != null
          && predicate.tag().startsWith("NN")
          && !Dependencies.children(graph, predicate, ImmutableSet.of("cop")).isEmpty()
          && DEFINED_AS.contains(Dependencies.lower(predicate))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name written as {@code text} ends in a noun for a work, event or field. */
  static boolean endsInAWorkNoun(String text) {
    String[] words = WHITESPACE.split(TitleWords.lower(text.strip()));
    String last = words[words.length - 1];
    return LAST_WORDS.contains(last) || FIELDS.contains(last);
  }

  /** Whether {@code name} names a thing rather than a person or an organisation. */
  static boolean isWork(Name name) {
    List<String> words = name.words();
    if (words.isEmpty() || words.stream().anyMatch(OrganisationWords::isHead)) {
      return false; // "the Harbour Cup Committee" is a body
    }
    String last = words.get(words.size() - 1);
    return LAST_WORDS.contains(last)
        || LAST_WORDS.contains(headBeforeOf(words))
        || FIELDS.contains(last) && isField(name.mention())
        || KIND_FIRST.contains(words.get(0)) && words.size() > 1
        || isAfterItsKind(name.mention())
        || isSaidToBeAWork(name.mention())
        || isTitleOfAThingAfterIt(name.mention())
        || isAPersonsNamedWork(name.mention())
        || isListedWithItsYear(name.mention());
  }

  /**
   * The noun a prepositional phrase follows in the name, "lectures" in "Lentz's Lectures on Deixis"
   * and "treaty" in "the Treaty of Kestwick", or "" when none does.
   */
  private static String headBeforeOf(List<String> words) {
    for (int i = 1; i < words.size() - 1; i++) {
      if (words.get(i).equals("of") || words.get(i).equals("on")) {
        return words.get(i - 1);
      }
    }
    return "";
  }

  /**
   * "The Long Reach (2009), Grey Water (2011) and Stoker (2013)": a name followed by a year in
   * brackets, in a sentence that lists another such year, is a work's title in a list of works. A
   * person's name starts with a given name ("Ivo Lentz (1920)") and is left alone.
   */
  private static boolean isListedWithItsYear(Mention mention) {
    List<CoreLabel> tokens = mention.sentence().tokens();
    if (!isYearInBrackets(tokens, mention.last())
        || FirstNames.genderOf(mention.tokens().get(0).word()) != null) {
      return false;
    }
    int years = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (isYearInBrackets(tokens, i)) {
        years++;
      }
    }
    return years >= 2;
  }

  /** Whether tokens {@code after + 1 .. after + 3} (1-based) are "(", a year, ")". */
  private static boolean isYearInBrackets(List<CoreLabel> tokens, int after) {
    if (after + 3 > tokens.size()) {
      return false;
    }
    return isOpening(tokens.get(after).word())
        && YEAR.matcher(tokens.get(after + 1).word()).matches()
        && isClosing(tokens.get(after + 2).word());
  }

  private static boolean isOpening(String word) {
    return word.equals("(") || word.equals("-LRB-");
  }

  private static boolean isClosing(String word) {
    return word.equals(")") || word.equals("-RRB-");
  }

  /**
   * "the Cold Harbour sequel", "the Vesper and Tern probes", "the Grey Water advice column": a name
   * that only says which made thing the noun after it is, is that thing's title.
   */
  private static boolean isTitleOfAThingAfterIt(Mention mention) {
    SemanticGraph graph = mention.sentence().graph();
    IndexedWord head = graph == null ? null : TitleReader.headOf(graph, mention);
    if (head == null) {
      return false;
    }
    if (Dependencies.relationToHead(graph, head).equals("conj")) {
      head = Dependencies.head(graph, head).orElse(head); // "the Vesper and Tern probes"
    }
    if (!Dependencies.relationToHead(graph, head).equals("compound")) {
      return false;
    }
    IndexedWord thing = Dependencies.head(graph, head).orElse(null);
    return thing != null
        && thing.index() > mention.last()
        && Capitals.isLowerCase(thing.word())
        && THINGS_AFTER.contains(Dependencies.lower(thing));
  }

  /**
   * "Ivo Lentz's Grey Water", "Lentz's La Marée Haute": a name a person's possessive owns, with no
   * word for a body in it, is a work of that person's (a company of one is named with a word for a
   * body, or tagged one: "Lentz's Norgas").
   */
  private static boolean isAPersonsNamedWork(Mention mention) {
    if (mention.first() < 3) {
      return false;
    }
    CoreLabel possessive = mention.sentence().token(mention.first() - 1);
    CoreLabel owner = mention.sentence().token(mention.first() - 2);
    boolean ownersMark = possessive.word().equals("'s") || possessive.word().equals("’s");
    boolean tagged = mention.tokens().stream().anyMatch(token -> "ORGANIZATION".equals(token.ner()));
    boolean person = FirstNames.genderOf(mention.tokens().get(0).word()) != null;
    return ownersMark && "PERSON".equals(owner.ner()) && !tagged && !person;
  }

  /** "Cold Harbour, another horror film, ...": a made thing set beside the name. */
  private static boolean isSaidToBeAWork(Mention mention) {
    IndexedWord noun = SaidToBe.nounFor(mention);
    return noun != null && DEFINED_AS.contains(Dependencies.lower(noun));
  }

  /**
   * "Cognitive Sciences", "Applied Physics", "Open Educational Resources": adjectives and common
   * nouns before a field's noun, no proper name among them.
   */
  private static boolean isField(Mention mention) {
    List<CoreLabel> tokens = mention.tokens();
    for (CoreLabel token : tokens.subList(0, tokens.size() - 1)) {
      String tag = token.tag() == null ? "" : token.tag();
      boolean name = tag.startsWith("NNP") || tag.equals("DT");
      if (name && !isCommonWord(token)) {
        return false;
      }
    }
    return tokens.size() > 1;
  }

  /** A capitalised word that English also writes small: "Educational", "Information", "and". */
  private static boolean isCommonWord(CoreLabel token) {
    String word = TitleWords.lower(token.word());
    String ner = token.ner() == null ? "O" : token.ner();
    if (!ner.equals("O") && !ner.equals("ORGANIZATION") && !ner.equals("MISC")) {
      return false; // a person's or a place's name: "Dunmore Studies"
    }
    return CONNECTIVES.contains(word)
        || ADJECTIVE_ENDINGS.stream().anyMatch(word::endsWith) && word.length() > 5
        || Animacy.isListedAsThing(word) && Places.instance().country(word) == null;
  }

  /** "the film Cold Harbour", "the horror film Cold Harbour": the kind just before the name. */
  private static boolean isAfterItsKind(Mention mention) {
    if (mention.first() < 2) {
      return false;
    }
    String before = mention.sentence().token(mention.first() - 1).word();
    return Capitals.isLowerCase(before) && KIND_BEFORE.contains(before);
  }
}
