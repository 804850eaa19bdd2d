package org.eventfacts.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.input.TextDecoder;
import org.eventfacts.text.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input class gives the record it must, finds the facts around the noise, and counts no
 * number that is not a count. Decoding is the command line's (strict UTF-8); extraction runs with
 * the default limits. The huge text takes minutes of CPU to read in chunks, so it is read only
 * when the system property {@code eventfacts.longInputs} is {@code true} (the README's reliability
 * section gives its time and heap); every run checks that a hard limit refuses it.
 */
class BadInputSuiteTest {

  private static final FactExtractor EXTRACTOR = FactExtractor.builder().threads(2).build();

  static Stream<BadInput> classes() {
    return BadInputs.all().stream();
  }

  private static ExtractionResult run(FactExtractor extractor, BadInput input) {
    TextDecoder.Decoded decoded = TextDecoder.strict().decode(input.bytes());
    if (decoded instanceof TextDecoder.Decoded.Failure failure) {
      return ExtractionResult.failed(
          input.name(), new org.eventfacts.ExtractionError(org.eventfacts.ErrorKind.DECODE, failure.message()));
    }
    String text = ((TextDecoder.Decoded.Text) decoded).text();
    return extractor.tryExtract(Document.of(input.name(), text));
  }

  @Test
  void hasAtLeastTwentyFiveClassesWithDistinctNames() {
    assertThat(BadInputs.all()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(BadInputs.all().stream().map(BadInput::name).distinct()).hasSameSizeAs(BadInputs.all());
  }

  @Test
  void refusesTheHugeTextWithATooLongRecordUnderAHardLimit() {
    FactExtractor limited = FactExtractor.builder().threads(2).maxTextLength(BadInputs.HARD_LIMIT).build();

    ExtractionResult result = run(limited, BadInputs.byName(BadInputs.HUGE_TEXT));

    assertThat(result.failed()).isTrue();
    assertThat(result.error().kind()).isEqualTo(ErrorKind.TOO_LONG);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void givesTheRecordItMustAndKeepsTheFactsAroundTheNoise(BadInput input) {
    assumeTrue(
        !input.name().equals(BadInputs.HUGE_TEXT) || Boolean.getBoolean("eventfacts.longInputs"),
        "the huge text is read only with -Deventfacts.longInputs=true");
    ExtractionResult result = run(EXTRACTOR, input);

    if (input.errorKind() != null) {
      assertThat(result.failed()).as("%s fails", input.name()).isTrue();
      assertThat(result.error().kind().name()).isEqualTo(input.errorKind());
      return;
    }
    assertThat(result.error()).as("%s record", input.name()).isNull();
    assertThat(result.facts().casualties())
        .extracting(c -> new ExpectedCount(c.outcome(), c.count().value() == null ? -1 : c.count().value()))
        .as("%s facts", input.name())
        .containsAll(input.mustFind());
    for (CasualtyCount casualty : result.facts().casualties()) {
      Long value = casualty.count().value();
      assertThat(value == null || !input.mustNotCount().contains(value))
          .as("%s counted %s", input.name(), casualty.count().text())
          .isTrue();
      assertThat(value == null || value <= BadInputs.LARGEST_PLAUSIBLE_COUNT).isTrue();
    }
    if (input.english() != null) {
      assertThat(TextLanguage.of(result.facts().text()) == TextLanguage.ENGLISH).isEqualTo(input.english());
      if (!input.english()) {
        assertThat(result.facts().facts()).isEmpty();
      }
    }
  }
}
