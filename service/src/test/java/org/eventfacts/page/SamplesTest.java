package org.eventfacts.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void bundlesEveryListedArticleWithItsHeadlineAsTitle() {
    assertThat(Samples.all()).hasSameSizeAs(Samples.IDS);
    assertThat(Samples.all())
        .allSatisfy(
            sample -> {
              assertThat(sample.title()).isNotBlank().doesNotContain("\n");
              assertThat(sample.text()).startsWith(sample.title()).hasSizeGreaterThan(500);
            });
  }

  @Test
  void findsASampleByIdOnly() {
    assertThat(Samples.byId("harbour-fire")).isPresent();
    assertThat(Samples.byId("../harbour-fire")).isEmpty();
    assertThat(Samples.byId("harbour-fire.txt")).isEmpty();
  }
}
