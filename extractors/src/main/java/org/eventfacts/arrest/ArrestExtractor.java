package org.eventfacts.arrest;

import static org.eventfacts.text.Dependencies.children;
import static org.eventfacts.text.Dependencies.lemma;
import static org.eventfacts.text.Dependencies.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.attribution.Attribution;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Arrest;
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
 * // "Police arrested Nora Vance on Sunday. Vance is charged with fraud."
 * arrests.get(0).arrestee().text()   // "Nora Vance"
 * arrests.get(0).authority().text()  // "Police"
 * arrests.get(0).charge().text()     // "fraud"
 * }</pre>
 *
 * <p>A pronoun or a description ("he", "the suspect", "a 21-year-old") is replaced by the named
 * person it refers to when {@link Antecedents} finds one, and kept as written otherwise. A charge
 * not stated with the arrest is taken from another sentence about the same person ({@link
 * NearbyCharges}); the members of an arrested group named as charged nearby are arrests of their
 * own ({@link ChargedMembers}); an arrest that names the incident rather than the offence ("for
 * the shooting") takes a charge stated nearby. An arrest whose clause names no authority, or only a
 * pronoun, takes one from its neighbours ({@link NearbyAuthorities}). One person read through two custody words of a sentence ("was
 * arrested and taken into custody") is one arrest; restatements in other sentences are kept, each
 * with its evidence.
 */
public final class ArrestExtractor {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Arguments that make the verb an arrest noun hangs on a wish: "a warrant was issued for". */
  private static final ImmutableSet<String> ARGUMENTS = ImmutableSet.of("nsubj", "nsubj:pass", "obj");

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
    drafts.addAll(ChargedMembers.of(text, drafts, namings, attribution));
    drafts.sort(Comparator.comparing(Draft::evidence));
    List<Draft> charged = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.charge() == null || namesOnlyTheIncident(draft.charge())) {
        Optional<Phrase> nearby = NearbyCharges.of(text, draft);
        draft = nearby.isPresent() ? draft.withCharge(nearby.get()) : draft;
      }
      charged.add(draft.withAuthority(NearbyAuthorities.of(text, draft, charged).orElse(null)));
    }
    ImmutableList.Builder<Arrest> arrests = ImmutableList.builder();
    for (Draft draft : charged) {
      Draft complete = draft.charge() != null ? draft : draft.withCharge(NearbyCharges.ofSameStatement(draft, charged));
      arrests.add(complete.toFact());
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
    for (Trigger trigger : TriggerFinder.find(sentence, graph)) {
      if (!isRealised(sentence, graph, trigger)) {
        continue;
      }
      for (Reading reading : finder.read(trigger)) {
        IndexedWord participant = reading.arrestee() == null ? trigger.word() : reading.arrestee();
        // "ordered Vic Lang held": the order is what the sentence states, and its clause says
        // whether it was given
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
        boolean named = People.surname(text, draft.arrestee()).isPresent();
        antecedents.remember(sentence.index(), draft.arrestee(), named, draft.plural(), heads.get(entry.getKey()));
      }
    }
    return new ArrayList<>(unique.values());
  }

  /**
   * "arrested for the shooting": the reason names the incident, and a charge stated for the same
   * person elsewhere ("Rowe is charged with aggravated assault") says more.
   */
  private static boolean namesOnlyTheIncident(Phrase charge) {
    String[] words = WHITESPACE.split(charge.text().toLowerCase(java.util.Locale.ROOT));
    String last = words[words.length - 1];
    String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    return ArrestWords.INCIDENT_NOUNS.contains(last) || ArrestWords.INCIDENT_NOUNS.contains(singular);
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
    if (governor.tag() == null || !governor.tag().startsWith("VB")) {
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
    if (count == null && head != null) {
      count = CountReader.ofPhrase(sentence, head).orElse(null);
    }
    Phrase mention = null;
    Phrase arrestee = null;
    if (head != null) {
      mention = ArresteePhrase.of(sentence, graph, head, trigger, count).orElse(null);
      boolean named = ArresteePhrase.isNamed(graph, head);
      arrestee = named ? mention : antecedents.resolve(sentence, graph, head).orElse(mention);
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
}
