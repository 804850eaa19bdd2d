package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedLexiconTest {

  private final Map<String, String> original = Map.of("ferry", "17", "pier", "17", "mayor", "203");

  @Test
  void mapsEachWordToItsClass() {
    PackedLexicon lexicon = PackedLexicon.of(original);

    assertThat(lexicon.get("pier")).isEqualTo("17");
    assertThat(lexicon.get("mayor")).isEqualTo("203");
    assertThat(lexicon.containsKey("ferry")).isTrue();
  }

  @Test
  void knowsNothingOfAWordItWasNotGiven() {
    PackedLexicon lexicon = PackedLexicon.of(original);

    assertThat(lexicon.get("quay")).isNull();
    assertThat(lexicon.containsKey("quay")).isFalse();
  }

  @Test
  void equalsTheMapItWasMadeFromAfterJavaSerialization() throws Exception {
    Object copy = PackedStringsTest.roundTrip(PackedLexicon.of(original));

    assertThat(copy).isEqualTo(new HashMap<>(original));
  }
}
