package org.eventfacts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaximumMatchingTest {

  private static final int NO = MaximumMatching.NO_MATCH;

  @Test
  void earlierExpectationLeavesTheOnlyCandidateOfALaterOne() {
    int[] assignment = MaximumMatching.assign(new int[][] {{0, 0}, {0, NO}});

    assertThat(assignment).containsExactly(1, 0);
  }

  @Test
  void sizeComesBeforeSlotAgreement() {
    // pairing expectation 0 with prediction 0 agrees on 5 slots, but leaves expectation 1 alone
    int[] assignment = MaximumMatching.assign(new int[][] {{5, 0}, {0, NO}});

    assertThat(assignment).containsExactly(1, 0);
  }

  @Test
  void amongLargestMatchingsPrefersTheOneWhosePairsAgreeMost() {
    int[] assignment = MaximumMatching.assign(new int[][] {{0, 3}, {2, 0}});

    assertThat(assignment).containsExactly(1, 0);
  }

  @Test
  void augmentsAlongALongerPath() {
    int[] assignment =
        MaximumMatching.assign(new int[][] {{0, 0, NO}, {NO, 0, 0}, {0, NO, NO}});

    assertThat(assignment).containsExactly(1, 2, 0);
  }

  @Test
  void expectationsBeyondThePredictionsStayUnmatched() {
    int[] assignment = MaximumMatching.assign(new int[][] {{0}, {1}, {NO}});

    assertThat(assignment).containsExactly(NO, 0, NO);
  }

  @Test
  void expectationWithoutACandidateStaysUnmatched() {
    int[] assignment = MaximumMatching.assign(new int[][] {{NO, NO}, {NO, 0}});

    assertThat(assignment).containsExactly(NO, 1);
  }

  @Test
  void nothingToMatchGivesAnEmptyAssignment() {
    assertThat(MaximumMatching.assign(new int[0][0])).isEmpty();
    assertThat(MaximumMatching.assign(new int[][] {{}, {}})).containsExactly(NO, NO);
  }
}
