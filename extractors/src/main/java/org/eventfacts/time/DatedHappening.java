package org.eventfacts.time;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Locale;
import java.util.Optional;
import org.eventfacts.fact.Span;
import org.eventfacts.text.Dependencies;
import org.eventfacts.text.ParsedSentence;

/**
 * What a date in a sentence dates, read from the word it modifies: the incident itself ("was shot
 * <b>Saturday</b>", "<b>Thursday</b>'s shooting"), the report of it ("police said
 * <b>Thursday</b>", "told reporters <b>on Monday</b>"), or what followed it (an arrest, a charge, a
 * court hearing, a vigil: "was arrested <b>Sunday</b> for killing ... Saturday evening").
 *
 * <p>News stories date their reports and their follow-ups as readily as the incident, often in
 * the lead; an incident's date is the one that modifies a word of the incident. A death is not
 * such a word: a victim "died Wednesday after being shot Monday" was shot on Monday, and the
 * registries date the shooting.
 *
 * <pre>{@code
 * // "A man was arrested Sunday for killing his neighbour Saturday night, police said Monday."
 * DatedHappening.of(sentence, spanOf("Sunday"))          // AFTERMATH
 * DatedHappening.of(sentence, spanOf("Saturday night"))  // INCIDENT
 * DatedHappening.of(sentence, spanOf("Monday"))          // REPORT
 * }</pre>
 */
public enum DatedHappening {
  /** The incident: a shooting, killing, attack, crash, fire, or its discovery. */
  INCIDENT,
  /**
   * The telling of it: said, told, announced, confirmed, identified; and a toll that rose or was
   * revised, which dates the count, not the incident ("the toll rose to 11 on Sunday"; but "the
   * toll from Saturday's crash rose": the date before the verb is the incident's).
   */
  REPORT,
  /** What followed it: an arrest, a charge, a hearing, a search, a vigil, a funeral. */
  AFTERMATH,
  /** Some other happening, or the parse does not say. */
  UNKNOWN;

  private static final ImmutableSet<String> REPORTING =
      ImmutableSet.of(
          "say", "tell", "announce", "report", "confirm", "state", "add", "identify", "name",
          "write", "post", "tweet", "speak", "comment", "update", "explain", "note", "describe",
          "release", "disclose", "reveal", "declare", "ask", "urge", "brief", "address", "picture",
          "photograph", "show");
  /** Verbs of a toll that changed: a date after them dates the count, not the incident. */
  private static final ImmutableSet<String> RISING =
      ImmutableSet.of("rise", "climb", "increase", "reach", "revise", "jump", "grow");
  private static final ImmutableSet<String> FOLLOWING =
      ImmutableSet.of(
          "arrest", "charge", "book", "arraign", "apprehend", "detain", "jail", "indict",
          "sentence", "convict", "plead", "appear", "surrender", "capture", "catch", "pursue",
          "search", "seek", "hunt", "extradite", "mourn", "gather", "hold", "file",
          "issue", "testify", "remain", "continue", "interview", "question", "honor", "honour",
          "remember", "march", "rally", "pray", "arrival", "arraignment", "hearing", "trial",
          "vigil", "funeral", "memorial", "conference", "custody", "court", "warrant", "autopsy",
          "manhunt", "statement", "briefing", "sentencing", "appearance");
  private static final ImmutableSet<String> INCIDENT_WORDS =
      ImmutableSet.of(
          "shoot", "kill", "wound", "injure", "hurt", "stab", "fire", "open", "happen", "occur",
          "erupt", "break", "attack", "murder", "slay", "gun", "strike", "hit", "crash",
          "explode", "find", "discover", "respond", "start", "begin", "rob", "invade",
          "shooting", "killing", "death", "homicide", "stabbing", "incident", "gunfire", "crash",
          "explosion", "fight", "argument", "robbery", "invasion", "standoff", "rampage",
          "massacre", "slaying", "murder", "attack", "blast", "fire", "collision", "altercation",
          "confrontation", "gunshot", "shots", "violence");
  private static final int STEPS = 4;

  /** What the date at {@code date} in {@code sentence} dates. */
  public static DatedHappening of(ParsedSentence sentence, Span date) {
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return UNKNOWN;
    }
    IndexedWord head = null;
    for (IndexedWord word : sentence.wordsInOrder()) {
      Span span = sentence.span(word);
      if (!date.contains(span)) {
        continue;
      }
      Optional<IndexedWord> governor = Dependencies.head(graph, word);
      if (governor.isPresent() && !date.contains(sentence.span(governor.get()))) {
        head = governor.get();
        break;
      }
    }
    for (int step = 0; head != null && step < STEPS; step++) {
      String lemma = head.lemma() == null ? head.word() : head.lemma();
      lemma = lemma.toLowerCase(Locale.ROOT);
      String tag = head.tag() == null ? "" : head.tag();
      boolean verb = tag.startsWith("VB");
      if (verb && REPORTING.contains(lemma)) {
        return REPORT;
      }
      if (verb && RISING.contains(lemma)) {
        // "the toll from the crash on Saturday rose to three on Monday": Monday dates the count
        return sentence.span(head).start() < date.start() ? REPORT : UNKNOWN;
      }
      if (FOLLOWING.contains(lemma)) {
        return AFTERMATH;
      }
      if (INCIDENT_WORDS.contains(lemma)) {
        return INCIDENT;
      }
      if (verb) {
        return UNKNOWN;
      }
      head = Dependencies.head(graph, head).orElse(null);
    }
    return UNKNOWN;
  }
}
