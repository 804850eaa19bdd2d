package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eventfacts.attribution.Attribution;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.modality.Modality;
import org.eventfacts.modality.ModalityReader;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.NounPhrases;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads every arrest a text asserts: for each custody word ({@link TriggerFinder}), the people it
 * puts in custody and who did it ({@link ArresteeFinder}), kept when the clause asserts it ({@link
 * ModalityReader}: not "no arrests have been made", "was not detained", "could face arrest", "a
 * warrant for his arrest"), with the count, the charge ({@link ChargeFinder}), the source and the
 * hedging.
 *
 * <pre>{@code
 * ParsedText text = ParsedText.of(annotated);
 * List<Arrest> arrests = ArrestExtractor.read(text, AttributionReader.of(text));
 * // "Police arrested John Doe, 23, on charges of murder."
 * arrests.get(0).arrestee().text()   // "John Doe, 23"
 * arrests.get(0).charge().text()     // "charges of murder"
 * }</pre>
 *
 * <p>A pronoun or a description ("he", "the suspect", "a 21-year-old") is replaced by the named
 * person it refers to when {@link Antecedents} finds one, and kept as written otherwise. A charge
 * not stated with the arrest is taken from a nearby sentence about the same person ("Doe is
 * charged with murder"). When a group is arrested and the people charged are named nearby
 * ("Three suspects were arrested ... Police charged A, B and C with murder"), each named person is
 * an arrest too. One person read through two custody words of a sentence ("was arrested and taken
 * into custody") is one arrest; restatements in other sentences are kept, each with its evidence.
 */
public final class ArrestExtractor {

  /**
   * How many sentences away a charge about a person referred to by a pronoun is looked for; a
   * charge about the same named person is looked for in the whole text, nearest first, since an
   * article names its suspect's charges once.
   */
  private static final int PRONOUN_CHARGE_REACH = 2;

  /** How many sentences before and after a group arrest its members may be named. */
  private static final int MEMBERS_BEFORE = 2;

  private static final int MEMBERS_AFTER = 4;

  private static final ImmutableSet<String> NAME_APPOSITIONS = ImmutableSet.of("appos");

  /** Arguments that make the verb an arrest noun hangs on a warrant: "a warrant was issued for". */
  private static final ImmutableSet<String> ARGUMENTS = ImmutableSet.of("nsubj", "nsubj:pass", "obj");

  /** An arrest read from a sentence, before charges from other sentences are added. */
  private record Draft(
      ParsedSentence sentence,
      @Nullable Phrase arrestee,
      @Nullable CountReading count,
      @Nullable Phrase authority,
      @Nullable Phrase charge,
      Attribution attribution,
      Span evidence,
      String rule,
      boolean plural,
      int trigger) {

    Draft withCharge(@Nullable Phrase newCharge) {
      return new Draft(
          sentence, arrestee, count, authority, newCharge, attribution, evidence, rule, plural, trigger);
    }

    /** Whether the two were read from the same custody word: a group and its members. */
    boolean sameStatement(Draft other) {
      return sentence.index() == other.sentence.index() && trigger == other.trigger;
    }

    Draft filledFrom(Draft other) {
      return new Draft(
          sentence,
          arrestee,
          count != null ? count : other.count,
          authority != null ? authority : other.authority,
          charge != null ? charge : other.charge,
          attribution,
          evidence,
          rule,
          plural,
          trigger);
    }
  }

  private ArrestExtractor() {}

  /** The arrests of {@code text}, in text order. */
  public static ImmutableList<Arrest> read(ParsedText text, AttributionReader attribution) {
    Namings namings = Namings.of(text);
    Antecedents antecedents = new Antecedents(text, namings);
    List<Draft> drafts = new ArrayList<>();
    for (ParsedSentence sentence : text.sentences()) {
      SemanticGraph graph = sentence.graph();
      if (graph != null) {
        drafts.addAll(read(text, sentence, graph, attribution, antecedents));
      }
    }
    drafts.addAll(namedMembers(text, drafts, namings, attribution));
    drafts.sort((a, b) -> a.evidence().compareTo(b.evidence()));
    List<Draft> charged = new ArrayList<>();
    for (Draft draft : drafts) {
      charged.add(draft.charge() != null ? draft : draft.withCharge(chargeNearby(text, draft).orElse(null)));
    }
    ImmutableList.Builder<Arrest> arrests = ImmutableList.builder();
    for (Draft draft : charged) {
      arrests.add(toFact(draft.charge() != null ? draft : draft.withCharge(chargeOfSameStatement(draft, charged))));
    }
    return arrests.build();
  }

  private static List<Draft> read(
      ParsedText text,
      ParsedSentence sentence,
      SemanticGraph graph,
      AttributionReader attribution,
      Antecedents antecedents) {
    ArresteeFinder finder = new ArresteeFinder(sentence, graph);
    ChargeFinder charges = new ChargeFinder(sentence, graph);
    Map<String, Draft> unique = new LinkedHashMap<>();
    Map<String, IndexedWord> heads = new LinkedHashMap<>();
    for (Trigger trigger : TriggerFinder.find(graph)) {
      if (!isRealised(sentence, graph, trigger)) {
        continue;
      }
      for (Reading reading : finder.read(trigger)) {
        IndexedWord participant = reading.arrestee() == null ? trigger.word() : reading.arrestee();
        // "ordered Vic Lang held": the order is the statement, and its own clause says whether it
        // was given
        IndexedWord clause = finder.orderedBy(trigger.word()).orElse(trigger.word());
        if (ModalityReader.read(sentence, clause, Set.of(participant)) != Modality.ASSERTED) {
          continue;
        }
        Optional<Draft> draft = draft(sentence, graph, reading, charges, attribution, antecedents);
        if (draft.isEmpty()) {
          continue;
        }
        Draft found = draft.get();
        String key =
            found.arrestee() != null ? "who@" + found.arrestee().span() : "count@" + found.count().span();
        unique.merge(key, found, Draft::filledFrom);
        heads.putIfAbsent(key, participant);
      }
    }
    for (Map.Entry<String, Draft> entry : unique.entrySet()) {
      Draft draft = entry.getValue();
      if (draft.arrestee() != null) {
        antecedents.remember(
            sentence.index(),
            draft.arrestee(),
            surname(text, draft.arrestee()).isPresent(),
            draft.plural(),
            heads.get(entry.getKey()));
      }
    }
    return new ArrayList<>(unique.values());
  }

  /**
   * Whether an arrest noun names an arrest made, not one wanted or escaped: not "could face
   * arrest", "evaded arrest", "resisting arrest", "a warrant for his arrest", "a warrant was
   * issued for the arrest of", "a reward for information leading to an arrest", "police hope to
   * make an arrest".
   */
  private static boolean isRealised(ParsedSentence sentence, SemanticGraph graph, Trigger trigger) {
    if (trigger.kind() != TriggerKind.NOUN) {
      return true;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, trigger.word());
    if (up.isEmpty()) {
      return true;
    }
    IndexedWord governor = up.get().getGovernor();
    String relation = up.get().getRelation().toString();
    if (ArrestWords.UNREALISED_BY.contains(lemma(governor))) {
      return false;
    }
    boolean governedByVerb = governor.tag() != null && governor.tag().startsWith("VB");
    if (!governedByVerb) {
      return true;
    }
    boolean wanted =
        children(graph, governor, ARGUMENTS).stream()
            .anyMatch(argument -> ArrestWords.UNREALISED_BY.contains(lemma(argument)));
    if (wanted) {
      return false;
    }
    boolean made = relation.equals("obj") || relation.equals("nsubj:pass");
    return !made || ModalityReader.read(sentence, governor, Set.of()) == Modality.ASSERTED;
  }

  private static Optional<Draft> draft(
      ParsedSentence sentence,
      SemanticGraph graph,
      Reading reading,
      ChargeFinder charges,
      AttributionReader attributions,
      Antecedents antecedents) {
    IndexedWord trigger = reading.trigger().word();
    IndexedWord head = reading.arrestee();
    CountReading count = reading.count();
    IndexedWord described = head;
    if (count == null && head != null) {
      count = CountReader.ofPhrase(sentence, head).orElse(null);
      if (count != null && count.words().contains(head)) {
        // "One of his deputies", "two of the suspects": the people are the "of"
        described = Dependencies.ownChildren(graph, head, ImmutableSet.of("nmod:of")).stream().findFirst().orElse(head);
      }
    }
    Phrase mention = null;
    Phrase arrestee = null;
    if (head != null) {
      Set<IndexedWord> leaveOut = new HashSet<>(Set.of(trigger));
      if (count != null) {
        leaveOut.addAll(count.words());
      }
      mention = NounPhrases.phrase(sentence, described, leaveOut, false).orElse(null);
      mention = withName(sentence, graph, head, mention);
      arrestee = isNamed(graph, head) ? mention : antecedents.resolve(sentence, graph, head).orElse(mention);
    }
    if (arrestee == null && count == null) {
      return Optional.empty();
    }
    Phrase authority =
        reading.authority() == null
            ? null
            : NounPhrases.phrase(sentence, reading.authority(), Set.of(), true).orElse(null);
    Phrase charge = charges.inClause(trigger, head).orElse(null);
    Attribution attribution = attributions.read(sentence, trigger);
    Span evidence = sentence.span(trigger);
    if (mention != null) {
      evidence = evidence.union(mention.span());
    }
    if (count != null) {
      evidence = evidence.union(count.span());
    }
    return Optional.of(
        new Draft(
            sentence,
            arrestee,
            count,
            authority,
            charge,
            attribution,
            evidence,
            reading.rule(),
            isPlural(head, count),
            trigger.index()));
  }

  /**
   * "a 23-year-old man, Tyrell Dawson", "One of his deputies, Stefan Oprea": a description with
   * the person's name in apposition keeps the name, which is how the person is known; a name
   * already in the phrase is enough.
   */
  private static @Nullable Phrase withName(
      ParsedSentence sentence, SemanticGraph graph, IndexedWord head, @Nullable Phrase phrase) {
    if (People.isName(head) || "NNS".equals(head.tag())) {
      return phrase; // a group's names in apposition are its members, read one by one
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, head);
    if (phrase != null && up.isPresent() && up.get().getRelation().toString().equals("appos")) {
      // "Suu Kyi, a Nobel Peace Prize winner who ...": the description is in apposition to the name
      IndexedWord named = up.get().getGovernor();
      Optional<Phrase> name = People.isName(named) ? Optional.of(Antecedents.name(sentence, named.index())) : Optional.empty();
      if (name.isPresent() && name.get().span().end() < phrase.span().start()
          && phrase.span().start() - name.get().span().end() <= 3) {
        Span union = name.get().span().union(phrase.span());
        return Phrase.of(sentence.words(union), union);
      }
    }
    for (IndexedWord apposition : Dependencies.ownChildren(graph, head, NAME_APPOSITIONS)) {
      if (!People.isName(apposition)) {
        continue;
      }
      Optional<Phrase> name = NounPhrases.phrase(sentence, apposition, Set.of(), false);
      if (name.isEmpty()) {
        continue;
      }
      if (phrase == null) {
        return name.get();
      }
      Span span = name.get().span();
      boolean adjacent = span.start() > phrase.span().end() && span.start() - phrase.span().end() <= 3;
      if (adjacent) {
        Span union = phrase.span().union(span);
        return Phrase.of(sentence.words(union), union);
      }
      return name.get();
    }
    return phrase;
  }

  /**
   * The members of a group arrest named as charged nearby: "Three suspects were arrested on
   * Wednesday. Police charged John Doe, Jane Roe and Jim Poe with attempted murder." Each named
   * person not otherwise reported arrested is an arrest, up to the size of the group.
   */
  private static List<Draft> namedMembers(
      ParsedText text, List<Draft> drafts, Namings namings, AttributionReader attributions) {
    Set<String> arrested = new HashSet<>();
    for (Draft draft : drafts) {
      if (draft.arrestee() != null) {
        surname(text, draft.arrestee()).ifPresent(arrested::add);
      }
    }
    List<Draft> members = new ArrayList<>();
    for (Draft group : drafts) {
      boolean unnamedGroup =
          group.plural() && (group.arrestee() == null || surname(text, group.arrestee()).isEmpty());
      if (!unnamedGroup) {
        continue;
      }
      Long size = group.count() == null ? null : group.count().count().value();
      int added = 0;
      for (Namings.Naming naming : namings.all()) {
        int distance = naming.sentence().index() - group.sentence().index();
        if (!naming.isCharge() || distance < -MEMBERS_BEFORE || distance > MEMBERS_AFTER) {
          continue;
        }
        Optional<String> surname = surname(text, naming.name());
        if (surname.isEmpty() || arrested.contains(surname.get()) || (size != null && added >= size)) {
          continue;
        }
        arrested.add(surname.get());
        added++;
        ParsedSentence sentence = naming.sentence();
        Phrase charge =
            new ChargeFinder(sentence, sentence.graph()).aboutPerson(word -> isIn(word, naming.name(), sentence)).orElse(null);
        Attribution attribution = attributions.read(sentence, naming.verb());
        members.add(
            new Draft(
                sentence,
                naming.name(),
                null,
                group.authority(),
                charge,
                attribution,
                naming.name().span(),
                "arrest.charged-member",
                false,
                -1));
      }
    }
    return members;
  }

  /**
   * The charge of another arrestee of the same custody word: "The men, Curtis Vail and Owen
   * Teague, were detained. They face charges of conspiracy." gives the group's charge to each.
   */
  private static @Nullable Phrase chargeOfSameStatement(Draft draft, List<Draft> drafts) {
    for (Draft other : drafts) {
      if (other != draft && other.sameStatement(draft) && other.charge() != null) {
        return other.charge();
      }
    }
    return null;
  }

  private static boolean isIn(IndexedWord word, Phrase phrase, ParsedSentence sentence) {
    return phrase.span().contains(sentence.span(word));
  }

  /** A charge stated in a sentence near the arrest, about the same person. */
  private static Optional<Phrase> chargeNearby(ParsedText text, Draft draft) {
    Phrase arrestee = draft.arrestee();
    if (arrestee == null) {
      return Optional.empty();
    }
    Optional<String> surname = surname(text, arrestee);
    boolean plural = draft.plural();
    List<ParsedSentence> sentences = text.sentences();
    int at = sentences.indexOf(draft.sentence());
    int reach = surname.isPresent() ? sentences.size() : PRONOUN_CHARGE_REACH;
    for (int distance = 1; distance <= reach; distance++) {
      for (int direction : new int[] {1, -1}) {
        int other = at + direction * distance;
        if (other < 0 || other >= sentences.size() || sentences.get(other).graph() == null) {
          continue;
        }
        boolean pronounsAllowed = direction > 0 && distance <= PRONOUN_CHARGE_REACH;
        Predicate<IndexedWord> samePerson =
            word -> surname.map(name -> People.isName(word) && lower(word).equals(name)).orElse(false)
                || (pronounsAllowed && refersBack(word, plural));
        Optional<Phrase> charge =
            new ChargeFinder(sentences.get(other), sentences.get(other).graph()).aboutPerson(samePerson);
        if (charge.isPresent()) {
          return charge;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean refersBack(IndexedWord word, boolean plural) {
    String lower = lower(word);
    return plural ? ArrestWords.PLURAL_PRONOUNS.contains(lower) : ArrestWords.SINGULAR_PRONOUNS.contains(lower);
  }

  /** The last word of the first person's name in {@code phrase}, lower-cased. */
  private static Optional<String> surname(ParsedText text, Phrase phrase) {
    for (ParsedSentence sentence : text.sentences()) {
      if (!sentence.span().contains(phrase.span())) {
        continue;
      }
      String last = null;
      for (CoreLabel token : sentence.tokens()) {
        boolean inside =
            token.beginPosition() >= phrase.span().start() && token.endPosition() <= phrase.span().end();
        if (inside && "PERSON".equals(token.ner()) && !"POS".equals(token.tag())) {
          last = token.word().toLowerCase(Locale.ROOT);
        } else if (last != null && inside) {
          break;
        }
      }
      return Optional.ofNullable(last);
    }
    return Optional.empty();
  }

  /**
   * Whether the arrestee is named where it is mentioned, and so needs no antecedent: a name ("Jane
   * Roe"), a title with a name ("the former minister Ivan Petrov"), or a description in
   * apposition to a name ("Kalief Browder, a 22-year-old man"); not a possessor ("Petrov's close
   * ally").
   */
  private static boolean isNamed(SemanticGraph graph, IndexedWord head) {
    if (People.isName(head)) {
      return true;
    }
    if (Dependencies.hasChild(graph, head, ImmutableSet.of("appos", "dep", "flat"), People::isName)) {
      return true;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, head);
    return up.isPresent()
        && up.get().getRelation().toString().equals("appos")
        && People.isName(up.get().getGovernor());
  }

  /** "demonstrators", "they", "17 suspects": a group rather than one person. */
  private static boolean isPlural(@Nullable IndexedWord head, @Nullable CountReading count) {
    if (count != null) {
      Long min = count.count().min();
      return min == null || min != 1;
    }
    if (head == null) {
      return false;
    }
    String tag = head.tag() == null ? "" : head.tag();
    return tag.equals("NNS") || tag.equals("NNPS") || ArrestWords.PLURAL_PRONOUNS.contains(lower(head));
  }

  private static Arrest toFact(Draft draft) {
    return new Arrest(
        draft.arrestee(),
        draft.count() == null ? null : draft.count().count(),
        draft.authority(),
        draft.charge(),
        draft.attribution().source(),
        draft.attribution().hedged(),
        new Evidence(draft.evidence(), draft.sentence().index(), draft.rule()));
  }
}
