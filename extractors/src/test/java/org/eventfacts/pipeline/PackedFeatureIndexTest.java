package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedFeatureIndexTest {

  private final PackedFeatureIndex features = PackedFeatureIndex.of(List.of("WORD-ferry|C", "SHAPE-xxxx|C", "PREV-the|CpC"));

  @Test
  void givesEachFeatureItsPositionAndMinusOneForAnUnseenFeature() {
    assertThat(features.indexOf("SHAPE-xxxx|C")).isEqualTo(1);
    assertThat(features.indexOf("WORD-quay|C")).isEqualTo(-1);
    assertThat(features.indexOf("WORD-quay|C", false)).isEqualTo(-1);
  }

  @Test
  void listsItsFeaturesInOrder() {
    assertThat(features.objectsList()).containsExactly("WORD-ferry|C", "SHAPE-xxxx|C", "PREV-the|CpC");
    assertThat(features).containsExactly("WORD-ferry|C", "SHAPE-xxxx|C", "PREV-the|CpC");
    assertThat(features.objects(new int[] {2, 0})).containsExactly("PREV-the|CpC", "WORD-ferry|C");
  }

  @Test
  void refusesToGrow() {
    assertThat(features.isLocked()).isTrue();
    assertThat(features.add("WORD-ferry|C")).isFalse();
    assertThatThrownBy(() -> features.indexOf("WORD-quay|C", true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> features.add("WORD-quay|C")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsTheSameFeaturesAfterJavaSerialization() throws Exception {
    PackedFeatureIndex copy = (PackedFeatureIndex) PackedStringsTest.roundTrip(features);

    assertThat(copy.indexOf("PREV-the|CpC")).isEqualTo(2);
    assertThat(copy.size()).isEqualTo(3);
  }
}
