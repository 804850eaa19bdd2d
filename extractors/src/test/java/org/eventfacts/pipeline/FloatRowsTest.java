package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatRowsTest {

  @Test
  void readsBackAsTheRowsOfFloatsCoreNlpRoundsItsWeightsTo() throws Exception {
    double[][] weights = {{0.1, -2.5e-9, 3.0}, {}, {1.0 / 3}};

    Object read = PackedStringsTest.roundTrip(FloatRows.of(weights));

    assertThat(read).isInstanceOf(float[][].class);
    float[][] rows = (float[][]) read;
    assertThat(rows.length).isEqualTo(3);
    assertThat(rows[0]).containsExactly((float) 0.1, (float) -2.5e-9, 3.0f);
    assertThat(rows[1]).isEmpty();
    assertThat(rows[2]).containsExactly((float) (1.0 / 3));
  }
}
