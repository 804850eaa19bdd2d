package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Finds the named person a pronoun or a bare description of an arrestee refers to, by the simple
 * habits of news prose rather than full coreference:
 *
 * <ul>
 *   <li>"he", "she", "his": the nearest person named as a subject earlier in the same sentence
 *       ("Judge Lee ordered Smith held after his arrest"), else the person most recently reported
 *       arrested a few sentences before, unless an earlier "she" or "he" showed another gender
 *       ("Police arrested John Doe. ... He was booked into jail"), else the person named in the
 *       sentence before, preferably as its subject;
 *   <li>"they", "them": the group most recently reported arrested ("Police detained hundreds of
 *       demonstrators. Many of them were held without access to lawyers");
 *   <li>a singular description with "the" or a possessor and no name ("the suspect", "the
 *       minister's close ally"): the person most recently reported arrested, since news names an
 *       arrestee once and then describes them ("Ivan Petrov had been arrested. The minister's close
 *       ally was arrested on Monday");
 *   <li>a description not yet named ("A man was taken into custody", "a 34-year-old was
 *       arrested"): the name a later sentence gives it ({@link Namings}: "The suspect, Wade
 *       Coulter, 46, ...", "Lee Park is charged with burglary").
 * </ul>
 *
 * <p>Names that are the subject of a verb of saying are not antecedents within their sentence:
 * in "Sheriff Bob Lee said he was arrested", "he" is not the sheriff.
 */
final class Antecedents {

  /** How far back, in sentences, an arrestee is remembered. */
  private static final int REACH = 6;

  /** How far ahead a description may be named ("A man was arrested ... The suspect, John Doe, ..."). */
  private static final int NAMING_REACH = 10;

  /** How far ahead a charge against a named person names an unnamed arrestee. */
  private static final int CHARGE_NAMING_REACH = 3;

  private static final ImmutableSet<String> DEFINITE = ImmutableSet.of("the", "this", "that");
  private static final ImmutableSet<String> ANOTHER =
      ImmutableSet.of("another", "other", "second", "third", "fourth", "also", "too", "one", "first");
  private static final ImmutableSet<String> MASCULINE = ImmutableSet.of("he", "him", "his");
  private static final ImmutableSet<String> FEMININE = ImmutableSet.of("she", "her", "hers");

  /** The gender a pronoun shows; a name or description shows none. */
  private enum Gender {
    MASCULINE,
    FEMININE,
    UNKNOWN;

    static Gender of(IndexedWord word) {
      String lower = lower(word);
      return Antecedents.MASCULINE.contains(lower)
          ? Gender.MASCULINE
          : Antecedents.FEMININE.contains(lower) ? Gender.FEMININE : Gender.UNKNOWN;
    }

    boolean fits(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  /** An arrestee read earlier, for later pronouns and descriptions. */
  private record Remembered(int sentence, Phrase phrase, boolean named, boolean plural, Gender gender) {}

  private final ParsedText text;
  private final Namings namings;
  private final List<Remembered> arrestees = new ArrayList<>();

  Antecedents(ParsedText text, Namings namings) {
    this.text = text;
    this.namings = namings;
  }

  /** Remembers an arrestee read in sentence {@code sentence} from the word {@code head}. */
  void remember(int sentence, Phrase arrestee, boolean named, boolean plural, IndexedWord head) {
    arrestees.add(new Remembered(sentence, arrestee, named, plural, Gender.of(head)));
  }

  /**
   * The named person or group {@code head} refers to, when it is a pronoun or a description: an
   * earlier arrestee or name for a pronoun or a definite description, a later naming for a
   * description ("A man was taken into custody ... The suspect, Wade Coulter, 46, ...").
   */
  Optional<Phrase> resolve(ParsedSentence sentence, SemanticGraph graph, IndexedWord head) {
    String lower = lower(head);
    if (ArrestWords.SINGULAR_PRONOUNS.contains(lower)) {
      Optional<Phrase> inSentence = subjectNamedBefore(sentence, graph, head);
      if (inSentence.isPresent()) {
        return inSentence;
      }
      Optional<Phrase> arrested = recent(sentence.index(), false, Gender.of(head), true);
      if (arrested.isPresent()) {
        return arrested;
      }
      return subjectOfSentenceBefore(sentence);
    }
    if (ArrestWords.PLURAL_PRONOUNS.contains(lower)) {
      return recent(sentence.index(), true, Gender.UNKNOWN, true);
    }
    String noun = isAgeNoun(head) ? "man" : lemma(head);
    if (isBareDescription(graph, head)) {
      Optional<Phrase> earlier = recent(sentence.index(), false, Gender.UNKNOWN, true);
      if (earlier.isEmpty()) {
        earlier = namings.before(sentence.index(), noun, REACH);
      }
      if (earlier.isPresent()) {
        return earlier;
      }
    }
    if (isUnnamedSingular(graph, head)) {
      return namings.after(sentence.index(), noun, NAMING_REACH, CHARGE_NAMING_REACH);
    }
    return Optional.empty();
  }

  /** "a man", "the suspect", "a 21-year-old": one person described, not named. */
  private static boolean isUnnamedSingular(SemanticGraph graph, IndexedWord head) {
    boolean noun = "NN".equals(head.tag()) || isAgeNoun(head);
    if (!noun || People.isName(head)) {
      return false;
    }
    boolean person = ArrestWords.PEOPLE_NOUNS.contains(lemma(head)) || isAgeNoun(head);
    return person
        && graph.outgoingEdgeList(head).stream()
            .noneMatch(edge -> People.isName(edge.getDependent()) && !edge.getRelation().toString().equals("nmod:poss"));
  }

  /** "a 21-year-old": the tokens "21 - year - old" with "old" as head. */
  private static boolean isAgeNoun(IndexedWord head) {
    return "JJ".equals(head.tag()) && lower(head).equals("old") || lower(head).endsWith("-old");
  }

  /** "the suspect", "the minister's close ally": singular, definite, without a name. */
  private boolean isBareDescription(SemanticGraph graph, IndexedWord head) {
    if (!"NN".equals(head.tag()) || People.isName(head)) {
      return false;
    }
    boolean definite = false;
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
      String relation = edge.getRelation().toString();
      IndexedWord child = edge.getDependent();
      if (People.isName(child) && !relation.equals("nmod:poss")) {
        return false; // "the former minister Ivan Petrov" names him
      }
      if (ANOTHER.contains(lower(child)) || ArrestWords.STAND_IN_HEADS.contains(lower(child))) {
        return false; // "a second man", "another suspect" is someone else
      }
      if (relation.equals("det") && DEFINITE.contains(lower(child))) {
        definite = true;
      }
      if (relation.equals("nmod:poss")) {
        definite = true;
      }
    }
    return definite && (ArrestWords.PEOPLE_NOUNS.contains(lemma(head)) || hasModifiers(graph, head));
  }

  private static boolean hasModifiers(SemanticGraph graph, IndexedWord head) {
    return !children(graph, head, ImmutableSet.of("nmod:poss", "amod")).isEmpty();
  }

  /**
   * The latest arrestee within reach, of the given number and a compatible gender; a single
   * person must be named unless {@code unnamedToo}.
   */
  private Optional<Phrase> recent(int sentence, boolean plural, Gender gender, boolean unnamedToo) {
    for (int i = arrestees.size() - 1; i >= 0; i--) {
      Remembered remembered = arrestees.get(i);
      if (sentence - remembered.sentence() > REACH) {
        break;
      }
      boolean genderFits = gender.fits(remembered.gender());
      if (remembered.plural() == plural && genderFits && (plural || unnamedToo || remembered.named())) {
        return Optional.of(remembered.phrase());
      }
    }
    return Optional.empty();
  }

  /** The nearest name before {@code pronoun} that is a subject, not of a verb of saying. */
  private Optional<Phrase> subjectNamedBefore(ParsedSentence sentence, SemanticGraph graph, IndexedWord pronoun) {
    IndexedWord best = null;
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      IndexedWord subject = edge.getDependent();
      String relation = edge.getRelation().toString();
      boolean isSubject = relation.equals("nsubj") || relation.equals("nsubj:pass");
      if (!isSubject || edge.isExtra() || !People.isName(subject) || subject.index() >= pronoun.index()) {
        continue;
      }
      if (ArrestWords.ANNOUNCING_VERBS.contains(lemma(edge.getGovernor()))) {
        continue;
      }
      if (best == null || subject.index() > best.index()) {
        best = subject;
      }
    }
    return best == null ? Optional.empty() : Optional.of(People.name(sentence, best.index()));
  }

  /**
   * The person the sentence before is about: its first name that is the subject of a verb (not of
   * saying), else its first name; looking one sentence further back when that sentence names no
   * one ("For years, she ran a shelter ... In March, she was arrested").
   */
  private Optional<Phrase> subjectOfSentenceBefore(ParsedSentence sentence) {
    int position = text.sentences().indexOf(sentence);
    for (int back = 1; back <= 2 && position - back >= 0; back++) {
      ParsedSentence before = text.sentences().get(position - back);
      SemanticGraph graph = before.graph();
      if (graph == null) {
        continue;
      }
      IndexedWord subjectName = null;
      IndexedWord anyName = null;
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        IndexedWord word = edge.getDependent();
        String relation = edge.getRelation().toString();
        if (edge.isExtra() || !People.isName(word) || relation.equals("compound") || relation.equals("flat")) {
          continue;
        }
        boolean isSubject = relation.equals("nsubj") || relation.equals("nsubj:pass");
        if (isSubject && ArrestWords.ANNOUNCING_VERBS.contains(lemma(edge.getGovernor()))) {
          continue;
        }
        if (isSubject && (subjectName == null || word.index() < subjectName.index())) {
          subjectName = word;
        }
        if (anyName == null || word.index() < anyName.index()) {
          anyName = word;
        }
      }
      IndexedWord found = subjectName != null ? subjectName : anyName;
      if (found != null) {
        return Optional.of(People.name(before, found.index()));
      }
    }
    return Optional.empty();
  }
}
