package org.eventfacts.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.count.CountReader;
import org.eventfacts.count.CountReading;
import org.eventfacts.fact.Span;
import org.eventfacts.fact.Total;
import org.eventfacts.fact.TotalRule;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.jspecify.annotations.Nullable;

/**
 * Totals an incident's statements honestly:
 *
 * <ul>
 *   <li>a figure stated again counts once ({@link TotalRule#RESTATED}), and a larger figure
 *       includes the single victims a story goes on to describe ("six were shot ... a
 *       24-year-old man died");
 *   <li>a later toll replaces earlier ones ("the toll rose to 40": {@link TotalRule#UPDATED}),
 *       and a figure the story marks as superseded ("police initially said three had died")
 *       gives way to the others;
 *   <li>groups stated separately, side by side, add up ("26 attackers were killed ... 18
 *       officers died": {@link TotalRule#SUM}, ranges as ranges);
 *   <li>a vague figure ("dozens") is kept only where no exact one is stated ({@link
 *       TotalRule#VAGUE}).
 * </ul>
 */
final class Totals {

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern UPDATE =
      Pattern.compile(
          "(?i)\\b(rose|risen|rises|climbed|climbs|jumped|increased|grew|reached|reaches|"
              + "now stands|has hit|raised|revised|updated)\\b|\\btoll\\b.*\\bto\\b|\\bnow\\b");
  private static final String FATALLY_RULE = "casualty.fatally";
  private static final Pattern RISE =
      Pattern.compile("(?i)\\b(rose|risen|rises|climbed|climbs|jumped|increased|revised)\\b.*\\bto\\b");
  private static final Pattern MORE = Pattern.compile("\\b(another|further)\\b");
  private static final Pattern SUPERSEDED =
      Pattern.compile(
          "(?i)\\b(initially|originally|at first|first reported|earlier reports?|early reports?"
              + "|previously reported|had earlier|earlier (?:toll|figure|count))\\b");
  private static final Pattern SHOT = Pattern.compile("\\b(shot|shooting|shoot|shoots)\\b");
  private static final Pattern HARMED = Pattern.compile("\\b(wound|injur|hurt)");
  private static final Pattern OTHERS = Pattern.compile("\\b(others?|more|additional)\\b");
  private static final Pattern PARTITIVE =
      Pattern.compile("\\b(fatally|mortally|of them|of whom|killing|including|among them)\\b");
  private static final Set<String> GENERIC =
      Set.of(
          "people", "persons", "person", "victims", "dead", "others", "individuals", "bodies",
          "casualties", "civilians");

  private final ParsedText text;
  private final DocumentFacts facts;

  Totals(ParsedText text, DocumentFacts facts) {
    this.text = text;
    this.facts = facts;
  }

  /**
   * The injured of an incident, given its killed: counts of people shot include the dead ("six
   * people were shot, one fatally"; "Four people were shot. One man died."), so such a count less
   * the killed is a count of injured, and one no larger than the killed counts none. A count of
   * people shot is read apart from the dead where the text sets it apart ("three others were
   * shot", "two were killed and four were shot").
   */
  @Nullable Total injured(List<CasualtyCount> stated, @Nullable Total killed) {
    if (killed == null || killed.count().value() == null || killed.rule() == TotalRule.VAGUE) {
      return casualties(stated);
    }
    long dead = killed.count().value();
    List<CasualtyCount> injured = new ArrayList<>();
    CasualtyCount largestShot = null;
    Count shot = null;
    for (CasualtyCount c : stated) {
      if (!includesTheDead(c)) {
        injured.add(c);
      } else if (value(c.count()) > dead && (shot == null || value(c.count()) > value(shot))) {
        largestShot = c;
        shot = c.count();
      }
    }
    for (String id : killed.facts()) {
      CasualtyCount fatal = (CasualtyCount) facts.fact(id).orElseThrow();
      Count group = groupOfTheFatallyShot(fatal);
      if (group != null && value(group) > dead && (shot == null || value(group) > value(shot))) {
        largestShot = fatal;
        shot = group;
      }
    }
    Total rest = casualties(injured);
    if (largestShot == null
        || rest != null && rest.rule() != TotalRule.VAGUE && value(rest.count()) >= value(shot) - dead) {
      return rest;
    }
    long survivors = value(shot) - dead;
    Count count =
        new Count(
            shot.text() + " shot − " + killed.count().text() + " killed",
            survivors,
            shot.min() == null ? null : Math.max(0, Math.min(survivors, shot.min() - dead)),
            shot.max() == null ? null : shot.max() - dead,
            shot.qualifier());
    List<String> facts = new ArrayList<>(killed.facts());
    if (!facts.contains(largestShot.id())) {
      facts.add(largestShot.id());
    }
    facts.sort(Comparator.comparing(this::order));
    return new Total(count, TotalRule.SHOT_LESS_KILLED, facts);
  }

  /**
   * "shot six people, one fatally": the group a fatally shot count was among, read from the
   * statement's own words (the first number in them that is larger than the dead), or {@code
   * null}.
   */
  private @Nullable Count groupOfTheFatallyShot(CasualtyCount fatal) {
    if (!FATALLY_RULE.equals(fatal.evidence().rule())) {
      return null;
    }
    ParsedSentence sentence = text.sentences().get(fatal.evidence().sentence());
    SemanticGraph graph = sentence.graph();
    if (graph == null) {
      return null;
    }
    for (CoreLabel token : sentence.tokens()) {
      if (!fatal.span().contains(new Span(token.beginPosition(), token.endPosition()))
          || !"CD".equals(token.tag())) {
        continue;
      }
      IndexedWord number = graph.getNodeByIndexSafe(token.index());
      if (number == null) {
        continue;
      }
      Count group = CountReader.ofNumber(sentence, number).map(CountReading::count).orElse(null);
      if (group != null && value(group) > value(fatal.count())) {
        return group;
      }
    }
    return null;
  }

  /**
   * Whether a count of injured is a count of people shot, which includes the dead: "shot" without
   * "wounded", "injured" or "hurt", not of "others", and not beside a count of dead that the
   * sentence sets apart from it ("two were killed and four were shot", but "six were shot, two of
   * them fatally").
   */
  private boolean includesTheDead(CasualtyCount c) {
    String said = c.span().coveredText(text.text()).toLowerCase(Locale.ROOT);
    if (!SHOT.matcher(said).find() || HARMED.matcher(said).find() || OTHERS.matcher(said).find()) {
      return false;
    }
    String victims = facts.nameOf(c.victims());
    if (victims != null && OTHERS.matcher(victims.toLowerCase(Locale.ROOT)).find()) {
      return false;
    }
    String sentence = text.sentences().get(c.evidence().sentence()).text().toLowerCase(Locale.ROOT);
    boolean deadBeside =
        facts.casualties().stream()
            .anyMatch(
                k -> k.outcome() == Outcome.KILLED && k.evidence().sentence() == c.evidence().sentence());
    return !deadBeside || PARTITIVE.matcher(sentence).find();
  }

  private int order(String id) {
    for (int i = 0; i < facts.casualties().size(); i++) {
      if (facts.casualties().get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The total of one outcome's casualties of an incident, or {@code null} without any. */
  @Nullable Total casualties(List<CasualtyCount> stated) {
    if (stated.isEmpty()) {
      return null;
    }
    List<CasualtyCount> exact =
        stated.stream().filter(c -> c.count().qualifier() != Qualifier.VAGUE).toList();
    if (exact.isEmpty()) {
      CasualtyCount largest =
          stated.stream()
              .max(Comparator.comparing(c -> c.count().min() == null ? 0L : c.count().min()))
              .orElseThrow();
      return new Total(largest.count(), TotalRule.VAGUE, ids(stated));
    }
    List<CasualtyCount> superseded = exact.stream().filter(this::isSuperseded).toList();
    if (!superseded.isEmpty() && superseded.size() < exact.size()) {
      List<CasualtyCount> current = exact.stream().filter(c -> !superseded.contains(c)).toList();
      Total rest = Objects.requireNonNull(casualties(current));
      List<String> facts = new ArrayList<>(ids(superseded));
      facts.addAll(rest.facts());
      facts.sort(Comparator.comparing(this::order));
      return new Total(rest.count(), TotalRule.UPDATED, facts);
    }
    CasualtyCount update = null;
    for (CasualtyCount c : exact) {
      if ((c != exact.get(0) || isRise(c)) && isUpdate(c) && !isMore(c)) {
        update = c;
      }
    }
    if (update != null) {
      List<CasualtyCount> replaced = new ArrayList<>();
      for (CasualtyCount c : exact) {
        if (c.span().compareTo(update.span()) <= 0) {
          replaced.add(c);
        }
      }
      return new Total(update.count(), TotalRule.UPDATED, ids(replaced));
    }
    CasualtyCount largest =
        exact.stream().max(Comparator.comparing(c -> value(c.count()))).orElseThrow();
    List<CasualtyCount> parts = largestSum(exact);
    if (parts.size() > 1 && sum(parts) > value(largest.count())) {
      return new Total(
          CountSum.of(parts.stream().map(CasualtyCount::count).toList()), TotalRule.SUM, ids(parts));
    }
    List<CasualtyCount> same =
        exact.stream()
            .filter(c -> Objects.equals(c.count().value(), largest.count().value()))
            .toList();
    List<CasualtyCount> attackers = attackersAmongTheDead(exact, same);
    if (!attackers.isEmpty() && value(largest.count()) > 1) {
      List<CasualtyCount> summed = new ArrayList<>(List.of(largest));
      summed.addAll(attackers);
      return new Total(
          CountSum.of(summed.stream().map(CasualtyCount::count).toList()), TotalRule.SUM, ids(summed));
    }
    return new Total(
        largest.count(), same.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED, ids(same));
  }

  /**
   * "He fatally shot two bailiffs ... officers shot and killed him": the one who killed a group
   * is not among its victims, so a statement of his own death adds him to their count.
   */
  private List<CasualtyCount> attackersAmongTheDead(List<CasualtyCount> exact, List<CasualtyCount> groups) {
    List<CasualtyCount> attackers = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (CasualtyCount single : exact) {
      if (single.outcome() != Outcome.KILLED || value(single.count()) != 1 || single.victims() == null) {
        continue;
      }
      String who = person(single.victims());
      boolean killedTheGroup =
          groups.stream()
              .anyMatch(g -> g.outcome() == Outcome.KILLED && g.perpetrator() != null && who != null
                  && who.equals(person(g.perpetrator())));
      if (killedTheGroup && !added.contains(who)) {
        added.add(who);
        attackers.add(single);
      }
    }
    return attackers;
  }

  /** An actor's id, or else the last word of a name: what tells one person from another. */
  private @Nullable String person(Phrase phrase) {
    if (phrase.actorId() != null) {
      return phrase.actorId();
    }
    String name = facts.nameOf(phrase);
    if (name == null || name.isBlank() || !Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    String[] words = WHITESPACE.split(name);
    return words[words.length - 1];
  }

  /**
   * Groups stated side by side (in one sentence or the next, in one paragraph) with victims of
   * their own ("armed criminals", "security forces"), each of two or more people: the largest
   * such run.
   */
  private List<CasualtyCount> largestSum(List<CasualtyCount> exact) {
    List<CasualtyCount> best = List.of();
    for (int i = 0; i < exact.size(); i++) {
      List<CasualtyCount> run = new ArrayList<>();
      Map<String, Boolean> victims = new LinkedHashMap<>();
      for (int j = i; j < exact.size(); j++) {
        CasualtyCount c = exact.get(j);
        if (!run.isEmpty()) {
          CasualtyCount previous = run.get(run.size() - 1);
          int gap = c.evidence().sentence() - previous.evidence().sentence();
          if (gap > 1 || paragraph(c) != paragraph(previous)) {
            break;
          }
        }
        String group = group(c);
        if (group == null || value(c.count()) < 2 || victims.containsKey(group)) {
          continue;
        }
        victims.put(group, true);
        run.add(c);
      }
      if (run.size() > 1 && sum(run) > sum(best)) {
        best = run;
      }
    }
    return best;
  }

  /** The group a count's victims name, or {@code null} for generic words ("people"). */
  private @Nullable String group(CasualtyCount c) {
    String victims = facts.nameOf(c.victims());
    if (victims == null) {
      return null;
    }
    String words = NOT_A_LETTER.matcher(victims.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    String[] split = WHITESPACE.split(words);
    String head = split[split.length - 1];
    return GENERIC.contains(head) || head.isEmpty() ? null : words;
  }

  /** The arrests of an incident: the largest stated group, or else each person named once. */
  @Nullable Total arrests(List<Arrest> stated) {
    if (stated.isEmpty()) {
      return null;
    }
    List<Arrest> counted = stated.stream().filter(a -> a.count() != null).toList();
    if (!counted.isEmpty()) {
      Arrest largest =
          counted.stream()
              .max(Comparator.comparing(a -> value(Objects.requireNonNull(a.count()))))
              .orElseThrow();
      List<Arrest> same =
          counted.stream()
              .filter(a -> Objects.equals(Objects.requireNonNull(a.count()).value(), largest.count().value()))
              .toList();
      Count count = Objects.requireNonNull(largest.count());
      TotalRule rule =
          count.qualifier() == Qualifier.VAGUE
              ? TotalRule.VAGUE
              : same.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED;
      return new Total(count, rule, same.stream().map(Arrest::id).toList());
    }
    Map<String, Arrest> people = new LinkedHashMap<>();
    for (Arrest arrest : stated) {
      String who =
          arrest.arrestee() == null
              ? arrest.id()
              : arrest.arrestee().actorId() != null
                  ? arrest.arrestee().actorId()
                  : facts.nameOf(arrest.arrestee());
      people.putIfAbsent(Objects.requireNonNull(who), arrest);
    }
    int n = people.size();
    String said =
        n == 1
            ? Objects.requireNonNull(facts.nameOf(people.values().iterator().next().arrestee()))
            : String.join(" + ", people.values().stream().map(a -> String.valueOf(facts.nameOf(a.arrestee()))).toList());
    return new Total(
        Count.exact(said, n),
        n == 1 ? (stated.size() > 1 ? TotalRule.RESTATED : TotalRule.STATED) : TotalRule.SUM,
        stated.stream().map(Arrest::id).toList());
  }

  /** "Police initially said three had died": a figure the story marks as since replaced. */
  private boolean isSuperseded(CasualtyCount c) {
    String sentence = text.sentences().get(c.evidence().sentence()).text();
    return SUPERSEDED.matcher(sentence).find();
  }

  /** "The toll rose to 11": a statement of a new toll, even where the story opens with it. */
  private boolean isRise(CasualtyCount c) {
    return RISE.matcher(text.sentences().get(c.evidence().sentence()).text()).find();
  }

  /** "after two more workers died": the deaths a new toll adds, not the toll. */
  private boolean isMore(CasualtyCount c) {
    String said = c.span().coveredText(text.text()).toLowerCase(Locale.ROOT);
    return OTHERS.matcher(said).find() || MORE.matcher(said).find();
  }

  private boolean isUpdate(CasualtyCount c) {
    String sentence = text.sentences().get(c.evidence().sentence()).text();
    return UPDATE.matcher(sentence).find();
  }

  private int paragraph(CasualtyCount c) {
    return text.sentences().get(c.evidence().sentence()).paragraph();
  }

  private static long sum(List<CasualtyCount> counts) {
    return counts.stream().mapToLong(c -> value(c.count())).sum();
  }

  private static long value(Count count) {
    Long value = count.value();
    return value != null ? value : count.min() == null ? 0 : count.min();
  }

  private static List<String> ids(List<CasualtyCount> counts) {
    return counts.stream().map(CasualtyCount::id).toList();
  }
}
