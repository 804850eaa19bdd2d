package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.SoftAssertions;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Event;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.TotalRule;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of the extractors, measured with the evaluation harness: on the project's own
 * articles always, and on the evaluation corpora when {@code ../shared/corpus} is present (the
 * {@code eventfacts.corpus} system property; skipped otherwise).
 *
 * <p>Each floor sits just below what was measured when it was set. Ratchet floors up as the
 * extractors improve; lower one only in a commit that says why.
 *
 * <p>Set {@code -Deventfacts.annotationCache=DIR} to reuse CoreNLP annotations between runs.
 */
class ExtractionQualityTest {

  private static final FactExtractor EXTRACTOR = extractor();
  private static final Map<Path, EvaluationReport> REPORTS = new ConcurrentHashMap<>();
  private static final Map<Path, List<DocumentFacts>> FACTS = new ConcurrentHashMap<>();

  private static FactExtractor extractor() {
    FactExtractor.Builder builder = FactExtractor.builder().threads(2);
    String cache = System.getProperty("eventfacts.annotationCache");
    if (cache != null && !cache.isBlank()) {
      builder.annotationCache(Path.of(cache));
    }
    return builder.build();
  }

  private static EvaluationReport evaluate(Path directory) {
    return REPORTS.computeIfAbsent(
        directory, dir -> Evaluation.score(Corpus.read(dir), facts(dir)));
  }

  /**
   * The facts of every document of a corpus directory, in the order of {@link Corpus#read}'s
   * documents, extracted once per JVM (the merge's quality test reads them too).
   */
  static List<DocumentFacts> facts(Path directory) {
    return FACTS.computeIfAbsent(
        directory,
        dir -> {
          List<Document> documents =
              Corpus.read(dir).documents().stream()
                  .map(d -> new Document(d.id(), d.text(), d.published(), null))
                  .toList();
          return EXTRACTOR.extractAll(documents).stream()
              .map(ExtractionResult::factsOrThrow)
              .toList();
        });
  }

  static Path ownArticles() {
    return Path.of("articles");
  }

  static Path corpus(String name) {
    String property = System.getProperty("eventfacts.corpus");
    assumeTrue(property != null, "eventfacts.corpus is not set");
    Path directory = Path.of(property).resolve(name);
    assumeTrue(Files.isDirectory(directory), "no corpus at " + directory);
    return directory;
  }

  private static void assertFloors(
      SoftAssertions softly, EvaluationReport report, FactType type, double recall, double precision) {
    TypeScore score = report.total(type);
    softly.assertThat(score.recall()).as("%s %s recall", report.name(), type.label()).isGreaterThanOrEqualTo(recall);
    if (precision > 0) {
      softly
          .assertThat(score.precision().orElse(-1))
          .as("%s %s precision", report.name(), type.label())
          .isGreaterThanOrEqualTo(precision);
    }
  }

  private static double slot(EvaluationReport report, FactType type, Slot slot) {
    SlotTally tally = report.total(type).slots().get(slot);
    assertThat(tally).as("%s %s has a %s slot", report.name(), type.label(), slot).isNotNull();
    return tally.accuracy();
  }

  @Test
  void ownArticlesMeetTheCasualtyFloors() {
    EvaluationReport report = evaluate(ownArticles());

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.CASUALTY, 0.90, 0.92);
    softly.assertAll();
  }

  @Test
  void seedCasualtiesAreAllFoundWithTheirQualifierHedgingAndSource() {
    EvaluationReport report = evaluate(corpus("seed"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.CASUALTY, 1.0, 0.9);
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.QUALIFIER)).as("qualifier").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.HEDGED)).as("hedged").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.SOURCE)).as("source").isEqualTo(1.0);
    softly.assertAll();
  }

  @Test
  void gvaDevMeetsTheCasualtyFloors() {
    EvaluationReport report = evaluate(corpus("gva-dev"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.CASUALTY, 0.89, 0.89);
    softly.assertAll();
  }

  @Test
  void ramsAndWikieventsTogetherMeetTheCasualtyFloors() {
    EvaluationReport report =
        EvaluationReport.combine(evaluate(corpus("rams-dev")), evaluate(corpus("wikievents-dev")));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.CASUALTY, 0.81, 0.93);
    softly.assertAll();
  }

  @Test
  void ownArticlesMeetTheQuoteFloors() {
    EvaluationReport report = evaluate(ownArticles());

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.QUOTE, 0.97, 0.97);
    assertFloors(softly, report, FactType.INDIRECT, 0.95, 0.95);
    softly.assertThat(slot(report, FactType.QUOTE, Slot.KIND)).as("kind").isGreaterThanOrEqualTo(0.97);
    softly.assertAll();
  }

  @Test
  void seedQuotesAreAllFoundWithTheirKindAndSpeaker() {
    EvaluationReport report = evaluate(corpus("seed"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.QUOTE, 1.0, 1.0);
    assertFloors(softly, report, FactType.INDIRECT, 1.0, 0.85);
    softly.assertThat(slot(report, FactType.QUOTE, Slot.KIND)).as("kind").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.QUOTE, Slot.SPEAKER)).as("speaker").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.INDIRECT, Slot.SPEAKER)).as("indirect speaker").isEqualTo(1.0);
    softly.assertAll();
  }

  @Test
  void seedArrestsAreBothFoundWithCountChargeAndAuthority() {
    EvaluationReport report = evaluate(corpus("seed"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ARREST, 1.0, 1.0);
    softly.assertThat(slot(report, FactType.ARREST, Slot.QUALIFIER)).as("qualifier").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.ARREST, Slot.CHARGE)).as("charge").isEqualTo(1.0);
    softly.assertThat(slot(report, FactType.ARREST, Slot.AUTHORITY)).as("authority").isEqualTo(1.0);
    softly.assertAll();
  }

  @Test
  void seedActorsAreAllFoundWithTheirTitles() {
    EvaluationReport report = evaluate(corpus("seed"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ACTOR, 1.0, 1.0);
    softly.assertThat(slot(report, FactType.ACTOR, Slot.TITLE)).as("title").isEqualTo(1.0);
    softly.assertAll();
  }

  @Test
  void ownArticlesMeetTheArrestAndActorFloors() {
    EvaluationReport report = evaluate(ownArticles());

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ARREST, 0.97, 0.97);
    assertFloors(softly, report, FactType.ACTOR, 0.97, 0.97);
    softly.assertAll();
  }

  @Test
  void ownArticlesEventsAreAllFoundDatedPlacedAndTotalled() {
    EvaluationReport report = evaluate(ownArticles());

    // eight articles with three incidents each, datelines, relative dates and updated tolls:
    // every incident found, none made up, each with its date, place and totals (missing in
    // three articles, arrested in 16 of the 24 incidents)
    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.EVENT, 1.0, 1.0);
    for (Slot slot :
        List.of(Slot.DATE, Slot.CITY, Slot.REGION, Slot.COUNTRY, Slot.KILLED, Slot.INJURED,
            Slot.MISSING, Slot.ARRESTED)) {
      softly.assertThat(slot(report, FactType.EVENT, slot)).as(slot.name()).isEqualTo(1.0);
    }
    softly.assertAll();
  }

  @Test
  void gvaDevEventsAreFoundDatedPlacedAndTotalled() {
    EvaluationReport report = evaluate(corpus("gva-dev"));

    SoftAssertions softly = new SoftAssertions();
    // issue 9's targets: recall 0.97, date 0.85, city 0.90, region 0.90, country 0.98, killed
    // 0.92 and injured 0.90; reached (date 0.880, city 0.952, region 0.950, country 1.000,
    // killed 0.925, injured 0.921), and held at the targets or just below what is reached.
    assertFloors(softly, report, FactType.EVENT, 0.97, 0);
    softly.assertThat(slot(report, FactType.EVENT, Slot.DATE)).as("date").isGreaterThanOrEqualTo(0.85);
    softly.assertThat(slot(report, FactType.EVENT, Slot.CITY)).as("city").isGreaterThanOrEqualTo(0.93);
    softly.assertThat(slot(report, FactType.EVENT, Slot.REGION)).as("region").isGreaterThanOrEqualTo(0.93);
    softly.assertThat(slot(report, FactType.EVENT, Slot.COUNTRY)).as("country").isGreaterThanOrEqualTo(0.98);
    softly.assertThat(slot(report, FactType.EVENT, Slot.KILLED)).as("killed").isGreaterThanOrEqualTo(0.92);
    softly.assertThat(slot(report, FactType.EVENT, Slot.INJURED)).as("injured").isGreaterThanOrEqualTo(0.90);
    softly.assertAll();
  }

  @Test
  void seedHasOneMainEventInKazakhstanWithTracedTotals() throws java.io.IOException {
    Path file = corpus("seed").resolve("kazakhstan-stern.txt");
    DocumentFacts facts = EXTRACTOR.extract(Document.of("seed", Files.readString(file)));

    assertThat(facts.events()).hasSize(1);
    Event main = facts.events().get(0);
    assertThat(main.place()).isNotNull();
    assertThat(main.place().countryCode()).isEqualTo("KZ");
    assertThat(main.killed()).isNotNull();
    assertThat(main.killed().count().value()).isEqualTo(44L);
    assertThat(main.killed().rule()).isEqualTo(TotalRule.SUM);
    assertThat(main.killed().facts())
        .extracting(id -> facts.fact(id).orElseThrow())
        .extracting(f -> ((CasualtyCount) f).count().value())
        .containsExactly(26L, 18L);
    assertThat(main.injured()).isNotNull();
    assertThat(main.injured().count().min()).isGreaterThanOrEqualTo(1000L);
    assertThat(main.arrested()).isNotNull();
    assertThat(main.arrested().count().value()).isEqualTo(3800L);
    assertThat(main.arrested().count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(facts.incidentFacts()).allSatisfy(f -> assertThat(f.eventId()).isEqualTo(main.id()));
  }

  @Test
  void gvaDevMeetsTheArrestFloors() {
    EvaluationReport report = evaluate(corpus("gva-dev"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ARREST, 0.97, 0.97);
    softly.assertAll();
  }

  @Test
  void ramsAndWikieventsTogetherMeetTheArrestFloors() {
    EvaluationReport report =
        EvaluationReport.combine(evaluate(corpus("rams-dev")), evaluate(corpus("wikievents-dev")));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ARREST, 0.90, 0.95);
    softly.assertAll();
  }

  @Test
  void meantimeDevMeetsTheActorRecallFloor() {
    EvaluationReport report = evaluate(corpus("meantime-dev"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.ACTOR, 0.98, 0);
    softly.assertAll();
  }

  @Test
  void gumDevMeetsTheActorFloors() {
    EvaluationReport report = evaluate(corpus("gum-dev"));

    SoftAssertions softly = new SoftAssertions();
    // issue 10: R 0.803, P 0.800 before legislatures called by their noun, works and names
    // nested in prizes' and events' names were read; every named person and body is gold there.
    // R 0.827, P 0.848 once picture credits and reading lists ("Surname, Given. Title") were read;
    // P 0.864 once buildings were places and abbreviations, letters and maiden names no actors;
    // P 0.876 (F1 0.851) once streets, towns before region and country, pets, lectures and
    // titles with a verb were no actors either
    assertFloors(softly, report, FactType.ACTOR, 0.82, 0.87);
    softly.assertAll();
  }

  /** The dev corpora with casualties and arrests: own articles, seed, gva, rams, wikievents. */
  private static EvaluationReport incidentCorpora() {
    return EvaluationReport.combine(
        evaluate(ownArticles()),
        evaluate(corpus("seed")),
        evaluate(corpus("gva-dev")),
        evaluate(corpus("rams-dev")),
        evaluate(corpus("wikievents-dev")));
  }

  @Test
  void arrestSlotsOverTheDevCorporaMeetTheirFloors() {
    EvaluationReport report = incidentCorpora();

    SoftAssertions softly = new SoftAssertions();
    // issue 10: 0.731 and 0.774 before authorities and charges were carried from nearby sentences
    softly.assertThat(slot(report, FactType.ARREST, Slot.AUTHORITY)).as("authority").isGreaterThanOrEqualTo(0.88);
    softly.assertThat(slot(report, FactType.ARREST, Slot.CHARGE)).as("charge").isGreaterThanOrEqualTo(0.86);
    softly.assertAll();
  }

  @Test
  void casualtySlotsOverTheDevCorporaMeetTheirFloors() {
    EvaluationReport report = incidentCorpora();

    SoftAssertions softly = new SoftAssertions();
    // issue 10: perpetrator 0.395, source 0.766, victims 0.815 before slots were carried from
    // neighbouring counts, closing attributions and the attack the text tells around a count
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.PERPETRATOR)).as("perpetrator").isGreaterThanOrEqualTo(0.73);
    // source 0.844 (135/160) before a dateline stopped being read as the source ("WACO, Texas —
    // ..., police said") and a closing source's name could hold an "of": 0.894 (143/160)
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.SOURCE)).as("source").isGreaterThanOrEqualTo(0.88);
    // victims 0.855 (230/269) before a part of a group was read ("two of the dead were
    // children", "three of its own men died"), "30 more" took its neighbour's victims and "He was
    // wounded" the count it stands for: 0.888 (239/269)
    softly.assertThat(slot(report, FactType.CASUALTY, Slot.VICTIMS)).as("victims").isGreaterThanOrEqualTo(0.88);
    softly.assertAll();
  }

  @Test
  void polnearDevMeetsTheQuoteFloors() {
    EvaluationReport report = evaluate(corpus("polnear-dev"));

    SoftAssertions softly = new SoftAssertions();
    assertFloors(softly, report, FactType.QUOTE, 0.97, 0);
    // reported speech 0.586 before verbs of naming ("called the offer an insult"), findings of
    // polls and studies, beliefs with an infinitive ("expect the mayor to win", "is expected to")
    // and "called for/on" read as a clause: 0.601 (803/1337); 0.603 (806/1337) with judgements in
    // the passive ("was accused of ..."); 0.605 (809/1337) once "per X" and "as X put it" were read
    assertFloors(softly, report, FactType.INDIRECT, 0.60, 0);
    // quote speaker 0.900 (618/687) before headline speakers (the subject, a colon's lead-in) and
    // names before a verb the parse left without subject: 0.913 (627/687); 0.932 (640/687) with
    // sources after "per" and "as ... put it", the maker of a speech a source names, a content
    // clause the parser calls open, verbs hanging from a noun of people, a name before the
    // description the parser took for the subject, a relative clause closed by a dash, and
    // statements after a sentence of reporting
    softly.assertThat(slot(report, FactType.QUOTE, Slot.SPEAKER)).as("quote speaker").isGreaterThanOrEqualTo(0.925);
    // 0.899 measured before actor linking; linking names speakers canonically ("Bernie Sanders"
    // where the gold keeps "the Vermont senator"), which polnear's as-written gold scores lower.
    // 0.900 (522/580) before stances and nouns of statement were read ("worried about ...",
    // "criticism of ..."): recall 0.570 -> 0.586 for three more wrong speakers (530/591 = 0.897)
    // 0.909 (549/604) measured with the quote-speaker rules of issue 10's last round
    softly.assertThat(slot(report, FactType.INDIRECT, Slot.SPEAKER)).as("indirect speaker").isGreaterThanOrEqualTo(0.90);
    // issue 5: 90% of the matched quotes of a named speaker link to that speaker's actor. 0.901
    // when set counted 9 quotes linked to junk actors named after a capitalised first word that
    // polnear's as-written gold also keeps ("Polls", "Proponents", "It", "They", "Retired
    // General"); such words are no actors since issue 10, so 0.894 measured without them.
    // 0.943 (550/583) with the same rules
    softly.assertThat(slot(report, FactType.QUOTE, Slot.SPEAKER_ID)).as("quote speaker id").isGreaterThanOrEqualTo(0.935);
    softly.assertAll();
  }
}
