package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the words around a person's name say about them.
 *
 * <ul>
 *   <li>A title written before the name, up to the word that ends it: "Interior Minister Ana Voss",
 *       "former President Ivo Lentz", "head of state Ivo Lentz", "Opposition leader Ivo Lentz". A
 *       country, nationality or organisation at its front is the affiliation, not the title:
 *       "Dastrian Foreign Minister" (Dastria), "US Secretary of State" (United States), "Norgas
 *       chief executive" (Norgas); so is a possessor before it ("Lentz's spokesman", "his
 *       spokesman") and a named organisation or place after its "of" ("chief executive of Norgas
 *       Ltd Ana Voss").
 *   <li>A title in apposition: "Ana Voss, a crane operator,", "His spokeswoman, Ana Voss,", "Ivo
 *       Lentz, the leader of the Harbour Workers' Union," (title "leader", affiliation the union;
 *       "head of the regional union" keeps its "of" phrase when it names no actor).
 *   <li>An age in apposition or before the name: "Ana Voss, 34,", "a 23-year-old man, Ivo Lentz".
 *   <li>The sex a courtesy title, a given name or a gendered title tells: "Mr. Lentz", "Ana Voss",
 *       "spokeswoman".
 * </ul>
 *
 * <p>For an organisation, a nationality or country at the front of its name or just before it is
 * its affiliation ("the Dastrian Interior Ministry"), and a common noun in apposition is a word the
 * text may later use for it ("his party, the Civic Union," makes "the party" the Civic Union).
 */
final class TitleReader {

  private static final Pattern AGE = Pattern.compile("(\\d{1,3})-years?-old");
  private static final ImmutableSet<String> AFFILIATION_TAGS =
      ImmutableSet.of(
          "LOCATION",
          "ORGANIZATION",
          "MISC",
          "COUNTRY",
          "NATIONALITY",
          "CITY",
          "STATE_OR_PROVINCE");
  private final MentionIndex index;

  TitleReader(MentionIndex index) {
    this.index = index;
  }

  /** Records on {@code entity} what the words around {@code name} say about it. */
  void read(Name name, Entity entity) {
    if (name.kind() == ActorKind.PERSON) {
      readGivenName(name, entity);
      readTitleBefore(name, entity);
      readAge(name, entity);
    } else if (name.kind() == ActorKind.ORGANIZATION) {
      readOrganisationAffiliation(name, entity);
    }
    if (name.kind() == ActorKind.PERSON || name.kind() == ActorKind.ORGANIZATION) {
      readAppositions(name, entity);
    }
  }

  private static void readGivenName(Name name, Entity entity) {
    if (name.words().size() >= 2) {
      entity.voteGender(FirstNames.genderOf(name.mention().tokens().get(0).word()));
    }
  }

  private void readTitleBefore(Name name, Entity entity) {
    Mention mention = name.mention();
    ParsedSentence sentence = mention.sentence();
    int i = mention.first() - 1;
    if (i >= 1 && TitleWords.HONORIFICS.containsKey(TitleWords.lower(sentence.token(i).word()))) {
      entity.voteGender(TitleWords.genderOf(sentence.token(i).word()));
      i--;
    }
    int end = i;
    int start = i + 1;
    while (i >= 1 && inTitle(sentence, i, start <= end)) {
      start = i;
      i--;
    }
    if (start > end) {
      return;
    }
    if (!hasTitleHead(sentence, start, end)) {
      return;
    }
    // Leave out an affiliation at the front: "US", "Russian", "Norgas".
    int titleStart = start;
    while (titleStart <= end) {
      Optional<Affiliation> affiliation = affiliationAt(sentence, titleStart);
      if (affiliation.isEmpty()) {
        break;
      }
      int next = affiliationEnd(sentence, titleStart) + 1;
      if (!hasTitleHead(sentence, next, end)) {
        break;
      }
      entity.addAffiliation(affiliation.get());
      titleStart = next;
    }
    // "chief executive of Norgas Ltd Ana Voss": the organisation after "of" is the affiliation
    for (int of = titleStart + 1; of < end; of++) {
      if (!sentence.token(of).word().equals("of")) {
        continue;
      }
      Optional<Mention> named = index.mentionAt(sentence.index(), of + 1);
      if (named.isPresent()
          && named.get().first() == of + 1
          && named.get().last() == end
          && hasTitleHead(sentence, titleStart, of - 1)) {
        entity.addAffiliation(Affiliation.of(named.get()));
        end = of - 1;
        break;
      }
    }
    String title = sentence.words(sentence.tokenSpan(titleStart, end));
    entity.addTitle(mention, title);
    entity.voteGender(
        TitleWords.genderOf(sentence.token(lastHead(sentence, titleStart, end)).word()));
    readPossessor(sentence, start - 1, entity);
  }

  /** Whether token {@code i} continues, leftwards, the title before a name. */
  private static boolean inTitle(ParsedSentence sentence, int i, boolean zoneStarted) {
    CoreLabel token = sentence.token(i);
    String word = token.word();
    String tag = token.tag() == null ? "" : token.tag();
    if ("PERSON".equals(token.ner())
        || tag.startsWith("PRP")
        || tag.equals("POS")
        || tag.equals("DT")) {
      return false;
    }
    if (TitleWords.isHead(word) || TitleWords.isModifier(word)) {
      return true;
    }
    boolean noun = tag.startsWith("NN") || tag.equals("JJ");
    if (noun && Capitals.isCapitalised(word)) {
      return true;
    }
    if (zoneStarted && tag.equals("HYPH") && word.equals("-")) {
      return true;
    }
    if (zoneStarted
        && word.equals("of")
        && i > 1
        && TitleWords.isHead(sentence.token(i - 1).word())) {
      return true; // "head of state"
    }
    if (tag.startsWith("NN") && i + 1 <= sentence.tokens().size()) {
      // "party leader", "crane operator": a common noun before the title word
      if (zoneStarted && TitleWords.isHead(sentence.token(i + 1).word())) {
        return true;
      }
      // "government" in "head of government"
      return i > 2
          && sentence.token(i - 1).word().equals("of")
          && TitleWords.isHead(sentence.token(i - 2).word());
    }
    return false;
  }

  private static boolean hasTitleHead(ParsedSentence sentence, int from, int to) {
    for (int i = from; i <= to; i++) {
      String word = sentence.token(i).word();
      if (TitleWords.isHead(word)
          && !OrganisationWords.PORTFOLIOS.contains(TitleWords.lower(word))) {
        return true;
      }
    }
    return false;
  }

  private static int lastHead(ParsedSentence sentence, int from, int to) {
    for (int i = to; i >= from; i--) {
      if (TitleWords.isHead(sentence.token(i).word())) {
        return i;
      }
    }
    return to;
  }

  /**
   * The affiliation that starts at token {@code i} before a title: a place, nation or organisation.
   */
  private Optional<Affiliation> affiliationAt(ParsedSentence sentence, int i) {
    CoreLabel token = sentence.token(i);
    String lower = TitleWords.lower(token.word());
    if (OrganisationWords.PORTFOLIOS.contains(lower)
        || TitleWords.isHead(lower)
        || TitleWords.isModifier(lower)) {
      return Optional.empty();
    }
    Optional<Mention> named = index.mentionAt(sentence.index(), i);
    if (named.isPresent() && named.get().first() == i) {
      return Optional.of(Affiliation.of(named.get()));
    }
    String place = Places.instance().placeOfDemonym(token.word());
    if (place == null) {
      place = Places.instance().country(token.word());
    }
    if (place != null) {
      return Optional.of(Affiliation.place(place));
    }
    if (token.ner() != null && AFFILIATION_TAGS.contains(token.ner())) {
      return Optional.of(Affiliation.of(new Mention(sentence, i, i)));
    }
    return Optional.empty();
  }

  private int affiliationEnd(ParsedSentence sentence, int i) {
    return index
        .mentionAt(sentence.index(), i)
        .filter(m -> m.first() == i)
        .map(Mention::last)
        .orElse(i);
  }

  /** "Lentz's spokesman", "his spokesman": the possessor before a title is the affiliation. */
  private void readPossessor(ParsedSentence sentence, int before, Entity entity) {
    if (before < 1) {
      return;
    }
    CoreLabel token = sentence.token(before);
    if ("PRP$".equals(token.tag())) {
      entity.addAffiliation(Affiliation.of(new Mention(sentence, before, before)));
    } else if ("POS".equals(token.tag()) && before > 1) {
      index
          .mentionAt(sentence.index(), before - 1)
          .ifPresent(owner -> entity.addAffiliation(Affiliation.of(owner)));
    }
  }

  private static void readAge(Name name, Entity entity) {
    ParsedSentence sentence = name.mention().sentence();
    int after = name.mention().last() + 1;
    // "Ana Voss, 34, said"
    if (after + 2 <= sentence.tokens().size()
        && sentence.token(after).word().equals(",")
        && "CD".equals(sentence.token(after + 1).tag())) {
      String next = sentence.token(after + 2).word();
      if (next.equals(",") || next.equals(".") || next.equals(")")) {
        parseAge(sentence.token(after + 1).word()).ifPresent(entity::setAge);
      }
    }
  }

  private static Optional<Integer> parseAge(String word) {
    try {
      int years = Integer.parseInt(word);
      return years > 0 && years < 125 ? Optional.of(years) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void readOrganisationAffiliation(Name name, Entity entity) {
    Mention mention = name.mention();
    ParsedSentence sentence = mention.sentence();
    int first = mention.first();
    if (sentence.token(first).word().equalsIgnoreCase("the") && first < mention.last()) {
      first++;
    }
    String place = placeOf(sentence.token(first).word());
    if (place == null && mention.first() > 1) {
      place = placeOf(sentence.token(mention.first() - 1).word());
    }
    if (place != null) {
      entity.addAffiliation(Affiliation.place(place));
    }
  }

  private static @Nullable String placeOf(String word) {
    String place = Places.instance().placeOfDemonym(word);
    return place != null ? place : Places.instance().country(word);
  }

  /** Titles and descriptions in apposition to the name, either way round. */
  private void readAppositions(Name name, Entity entity) {
    ParsedSentence sentence = name.mention().sentence();
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return;
    }
    IndexedWord head = headOf(graph, name.mention());
    if (head == null) {
      return;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
      if (edge.getRelation().toString().equals("appos")) {
        readApposition(name, entity, sentence, graph, edge.getDependent());
      }
    }
    for (SemanticGraphEdge edge : graph.incomingEdgeList(head)) {
      if (edge.getRelation().toString().equals("appos")) {
        readApposition(name, entity, sentence, graph, edge.getGovernor());
      }
    }
  }

  private void readApposition(
      Name name, Entity entity, ParsedSentence sentence, SemanticGraph graph, IndexedWord noun) {
    String tag = noun.tag() == null ? "" : noun.tag();
    if (name.mention().contains(noun.index())) {
      return;
    }
    if ("CD".equals(tag) && !Dependencies.lower(noun).equals("one")) {
      parseAge(noun.word()).ifPresent(entity::setAge);
      return;
    }
    if (Dependencies.lower(noun).equals("one")) {
      // "One of his deputies, Ivo Lentz": a deputy
      for (IndexedWord of : Dependencies.children(graph, noun, ImmutableSet.of("nmod:of"))) {
        if ("NNS".equals(of.tag())) {
          readRole(name, entity, sentence, graph, of, Dependencies.lemma(of));
        }
      }
      return;
    }
    if (!tag.equals("NN") && !tag.equals("NNS")
        || index.entityAt(sentence.index(), noun.index()).isPresent()) {
      return;
    }
    String lower = Dependencies.lower(noun);
    entity.voteGender(TitleWords.genderOf(lower));
    readAgeBefore(sentence, graph, noun, entity);
    if (name.kind() == ActorKind.ORGANIZATION) {
      entity.addDescriptor(lower);
      return;
    }
    if (TitleWords.isRole(lower)) {
      readRole(name, entity, sentence, graph, noun, noun.word());
    }
  }

  /** The title {@code noun} gives, with its modifiers, "of" phrase and possessor. */
  private void readRole(
      Name name,
      Entity entity,
      ParsedSentence sentence,
      SemanticGraph graph,
      IndexedWord noun,
      String headWord) {
    int from = noun.index();
    for (IndexedWord modifier :
        Dependencies.children(graph, noun, ImmutableSet.of("amod", "compound", "nummod"))) {
      if (isAge(sentence, graph, modifier)) {
        continue;
      }
      boolean keeps =
          modifier.tag() != null && modifier.tag().startsWith("NN")
              || TitleWords.isModifier(modifier.word());
      if (keeps && modifier.index() < from && modifier.index() >= noun.index() - 3) {
        from = modifier.index();
      }
    }
    int to = noun.index();
    for (IndexedWord of : Dependencies.children(graph, noun, ImmutableSet.of("nmod:of"))) {
      Optional<Mention> named = index.mentionAt(sentence.index(), of.index());
      if (named.isPresent()
          && index.entityAt(sentence.index(), of.index()).map(Entity::kind).orElse(null)
              != ActorKind.GROUP) {
        entity.addAffiliation(Affiliation.of(named.get()));
      } else {
        to = Math.max(to, lastOfPhrase(graph, of));
      }
    }
    String title =
        from == noun.index() && to == noun.index()
            ? headWord
            : sentence.words(sentence.tokenSpan(from, to));
    entity.addTitle(name.mention(), title);
    for (IndexedWord owner : Dependencies.children(graph, noun, ImmutableSet.of("nmod:poss"))) {
      if ("PRP$".equals(owner.tag())) {
        entity.addAffiliation(Affiliation.of(new Mention(sentence, owner.index(), owner.index())));
      } else {
        index
            .mentionAt(sentence.index(), owner.index())
            .ifPresent(m -> entity.addAffiliation(Affiliation.of(m)));
      }
    }
  }

  /** "a 23-year-old man, Ivo Lentz": the age written before the noun set beside a name. */
  private static void readAgeBefore(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord noun, Entity entity) {
    for (IndexedWord modifier :
        Dependencies.children(graph, noun, ImmutableSet.of("amod", "compound", "nummod", "dep"))) {
      Matcher age = AGE.matcher(phraseText(sentence, graph, modifier));
      if (age.matches()) {
        entity.setAge(Integer.parseInt(age.group(1)));
      }
    }
  }

  /** Whether {@code modifier} is an age: "23-year-old", which the tokenizer splits at hyphens. */
  private static boolean isAge(ParsedSentence sentence, SemanticGraph graph, IndexedWord modifier) {
    return AGE.matcher(phraseText(sentence, graph, modifier)).matches();
  }

  private static String phraseText(ParsedSentence sentence, SemanticGraph graph, IndexedWord word) {
    int first = word.index();
    int last = word.index();
    for (IndexedWord below : graph.descendants(word)) {
      first = Math.min(first, below.index());
      last = Math.max(last, below.index());
    }
    return sentence.words(sentence.tokenSpan(first, last));
  }

  private static int lastOfPhrase(SemanticGraph graph, IndexedWord word) {
    int last = word.index();
    for (IndexedWord child : graph.descendants(word)) {
      last = Math.max(last, child.index());
    }
    return last;
  }

  /**
   * The word of the mention the rest of the sentence attaches to: the one whose head lies outside.
   */
  static @Nullable IndexedWord headOf(SemanticGraph graph, Mention mention) {
    IndexedWord fallback = null;
    for (int i = mention.last(); i >= mention.first(); i--) {
      IndexedWord word = mention.sentence().wordAt(i); // graph is the mention's sentence's
      if (word == null) {
        continue;
      }
      if (fallback == null) {
        fallback = word;
      }
      Optional<IndexedWord> governor = Dependencies.head(graph, word);
      if (governor.isEmpty() || !mention.contains(governor.get().index())) {
        return word;
      }
    }
    return fallback;
  }
}
