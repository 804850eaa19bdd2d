package org.eventfacts.event;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * What the wording of a document's sentences says about the incidents they tell: whether a
 * sentence gives a statistic of a period ("Since October, 15 children have been killed in the
 * county") and whether it, or the opening of its paragraph, tells of another incident ("In a
 * separate shooting", "Elsewhere"). Each sentence is asked once, however many facts it holds.
 * One per document and thread.
 *
 * <pre>{@code
 * IncidentWording wording = new IncidentWording(text);
 * wording.isStatistic(sentence)   // "So far this year, 40 people have died on its roads": true
 * }</pre>
 */
final class IncidentWording {

  /** "similar attacks" (plural) recalls earlier ones; "a similar attack" tells another. */
  private static final String INCIDENT_NOUNS =
      "(?:shooting|incident|attack|case|crash|stabbing|homicide|killing|blast|explosion|fire|raid"
          + "|clash|ambush|bombing|accident)";
  private static final Pattern ANOTHER =
      Pattern.compile(
          "(?i)\\b(?:(separate|unrelated)\\s+(?:\\w+\\s+)?" + INCIDENT_NOUNS + "s?"
              + "|(another|second|earlier|similar)\\s+(?:\\w+\\s+)?" + INCIDENT_NOUNS + ")\\b"
              + "|\\bseparately\\b|\\belsewhere\\b"
              + "|\\bin other (violence|shootings|incidents)\\b|\\bother (people|persons|victims|men|"
              + "women|shootings)\\b.*\\b(across|around|throughout) the (city|county|state|country)\\b"
              + "|\\b(across|around|throughout) the (city|county|state) (overnight|over the weekend|on)"
              + "|\\bin other (\\w+ )?(attacks|shootings|incidents|violence)\\b"
              + "|\\bin (?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:(?:separate|different)"
              + " (?:\\w+ )?(?:incidents|shootings|attacks)|(?:\\w+ )?incidents)\\b");
  /**
   * Statistics of a period rather than an incident: "Since October, 15 children have been killed
   * in the county", "so far this year", "In 2019, 40 people died on its roads".
   */
  private static final Pattern BACKGROUND =
      Pattern.compile(
          "(?i)\\bsince (?:(?:early |late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*"
              + "|(?:19|20)\\d\\d|last year|the (?:start|beginning) of)"
              + "|\\bso far (?:this|in)\\b|\\byear to date\\b|\\b(?:this|last|each|every|per) year\\b"
              + "|^\\W*in (?:19|20)\\d\\d\\b|\\bannually\\b");

  private final ParsedText text;
  private final Map<Integer, Boolean> statistics = new HashMap<>();
  private final Map<Integer, Boolean> another = new HashMap<>();

  IncidentWording(ParsedText text) {
    this.text = text;
  }

  /** Whether {@code sentence} gives a statistic of a period rather than an incident. */
  boolean isStatistic(ParsedSentence sentence) {
    return statistics.computeIfAbsent(
        sentence.index(), i -> BACKGROUND.matcher(sentence.text()).find());
  }

  /** Whether {@code sentence} or the opening of its paragraph marks an incident as another. */
  boolean tellsAnother(ParsedSentence sentence) {
    return another.computeIfAbsent(
        sentence.index(),
        i ->
            ANOTHER.matcher(sentence.text()).find()
                || ANOTHER.matcher(paragraphOpening(sentence)).find());
  }

  private String paragraphOpening(ParsedSentence sentence) {
    for (ParsedSentence s : text.paragraph(sentence.paragraph())) {
      return s.text();
    }
    return "";
  }
}
