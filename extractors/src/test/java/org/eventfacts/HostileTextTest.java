package org.eventfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.Duration;
import java.util.EnumSet;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Outcome;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

/** Text shapes that used to hide facts or cost without bound. */
class HostileTextTest {

  private static final String FACTS = "Police said 12 people were killed and 30 others were injured in the attack.";

  private static DocumentFacts facts(String text) {
    return SharedExtractor.facts(text);
  }

  private static void assertBothFacts(DocumentFacts facts) {
    assertThat(facts.casualties())
        .extracting(c -> c.outcome(), c -> c.count().value())
        .contains(tuple(Outcome.KILLED, 12L), tuple(Outcome.INJURED, 30L));
  }

  @Test
  void readsTheFactsBehindEmoji() {
    assertBothFacts(facts("\uD83D\uDEA8\uD83D\uDD34 " + FACTS.replace("attack.", "attack \uD83D\uDE22.")));
  }

  @Test
  void readsASentenceWrittenInCapitals() {
    assertBothFacts(facts(FACTS.toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void readsArabicIndicAndFullWidthDigitsWithTheirOffsets() {
    String text = "Police said \u0661\u0662 people were killed and \uFF13\uFF10 others were injured.";

    DocumentFacts facts = facts(text);

    assertBothFacts(facts);
    CasualtyCount killed = facts.casualties().stream().filter(c -> c.outcome() == Outcome.KILLED).findFirst().orElseThrow();
    assertThat(killed.span().coveredText(text)).contains("\u0661\u0662");
  }

  @Test
  void readsTheCountAfterAStrayMultiplicationSign() {
    DocumentFacts facts = facts("\u00D7 4 people were killed in the crash, police said.");

    assertThat(facts.casualties())
        .extracting(c -> c.outcome(), c -> c.count().value())
        .contains(tuple(Outcome.KILLED, 4L));
  }

  @Test
  void readsNoCountFromExponentPowerOrNegativeNumbers() {
    DocumentFacts facts =
        facts("10^9 were missing after the flood. 1e25 people were killed, the hoax said. Minus three were injured in the game. -5 people were killed in the simulation.");

    assertThat(facts.casualties()).isEmpty();
  }

  @Test
  void readsNoCountBeyondAnyPlausibleToll() {
    assertThat(facts("Five billion people were killed in the film.").casualties()).isEmpty();
  }

  @Test
  void readsNoFactsFromATextThatIsNotEnglish() {
    String russian = "\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0430, \u0447\u0442\u043e 12 \u0447\u0435\u043b\u043e\u0432\u0435\u043a \u043f\u043e\u0433\u0438\u0431\u043b\u0438.";

    assertThat(facts(russian).facts()).isEmpty();
  }

  @Test
  void survivesAHundredThousandCharacterWord() {
    assertBothFacts(facts("The log held " + "q".repeat(100_000) + " and more.\n\n" + FACTS));
  }

  @Test
  void readsTheFactsBesideATableOfNumbers() {
    StringBuilder table = new StringBuilder();
    for (int row = 0; row < 300; row++) {
      table.append(row * 7).append('\t').append(row * 13).append('\t').append(row % 10).append('\n');
    }
    assertBothFacts(facts(table + "\n" + FACTS));
  }

  @Test
  void cutsAnOverLongSentenceKeepingEveryOffset() {
    StringBuilder text = new StringBuilder("The closed roads include");
    for (int i = 0; i < 600; i++) {
      text.append(" Road").append(i).append(',');
    }
    text.append(" and the bridge.");
    Pipeline pipeline = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));

    CoreDocument document = pipeline.annotate(text.toString());

    assertThat(document.text()).isEqualTo(text.toString());
    assertThat(document.sentences()).hasSizeGreaterThan(10);
    for (CoreSentence sentence : document.sentences()) {
      assertThat(sentence.tokens()).hasSizeLessThanOrEqualTo(120);
      assertThat(sentence.dependencyParse()).isNotNull();
      for (CoreLabel token : sentence.tokens()) {
        assertThat(text.substring(token.beginPosition(), token.endPosition())).isEqualTo(token.originalText());
      }
    }
  }

  @Test
  void stopsADocumentAtItsTimeLimitWithATimeoutError() {
    FactExtractor impatient = FactExtractor.builder().timeLimit(Duration.ofMillis(1)).build();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(FACTS).append(' ');
    }

    ExtractionResult result = impatient.tryExtract(Document.of("slow", text.toString()));

    assertThat(result.failed()).isTrue();
    assertThat(result.error().kind()).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(result.error().message()).contains("'slow'").contains("timeLimit");
  }
}
