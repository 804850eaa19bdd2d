package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class SideBySideBatchesTest {

  @Test
  void keepsAShortTextInOneBatch() {
    assertThat(SideBySideBatches.batchTokens(SideBySideBatches.MIN_SPLIT_TOKENS - 1, 2_000, true))
        .isEqualTo(2_000);
  }

  @Test
  void halvesAnArticleReadAloneWhereThereIsAnotherCore() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1);

    assertThat(SideBySideBatches.batchTokens(801, 2_000, true)).isEqualTo(401);
  }

  @Test
  void keepsTheLimitWhileOtherTextsAreBeingRead() {
    assertThat(SideBySideBatches.batchTokens(801, 2_000, false)).isEqualTo(2_000);
  }

  @Test
  void neverMakesABatchLongerThanTheLimit() {
    assertThat(SideBySideBatches.batchTokens(9_000, 2_000, true)).isEqualTo(2_000);
  }
}
