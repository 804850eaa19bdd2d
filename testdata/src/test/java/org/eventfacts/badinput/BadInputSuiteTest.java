package org.eventfacts.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.eventfacts.Document;
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
 * the default limits and the suite's hard length limit.
 */
class BadInputSuiteTest {

  private static final FactExtractor EXTRACTOR =
      FactExtractor.builder().threads(2).maxTextLength(BadInputs.HARD_LIMIT).build();

  static Stream<BadInput> classes() {
    return BadInputs.all().stream();
  }

  private static ExtractionResult run(BadInput input) {
    TextDecoder.Decoded decoded = TextDecoder.strict().decode(input.bytes());
    if (decoded instanceof TextDecoder.Decoded.Failure failure) {
      return ExtractionResult.failed(
          input.name(), new org.eventfacts.ExtractionError(org.eventfacts.ErrorKind.DECODE, failure.message()));
    }
    String text = ((TextDecoder.Decoded.Text) decoded).text();
    return EXTRACTOR.tryExtract(Document.of(input.name(), text));
  }

  @Test
  void hasAtLeastTwentyFiveClassesWithDistinctNames() {
    assertThat(BadInputs.all()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(BadInputs.all().stream().map(BadInput::name).distinct()).hasSameSizeAs(BadInputs.all());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void givesTheRecordItMustAndKeepsTheFactsAroundTheNoise(BadInput input) {
    ExtractionResult result = run(input);

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
