package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {

  private final PackedStrings words = PackedStrings.of(List.of("ferry", "", "pier", "harbour master"));

  @Test
  void findsEachStringAtItsPosition() {
    assertThat(words.indexOf("ferry")).isZero();
    assertThat(words.indexOf("")).isEqualTo(1);
    assertThat(words.indexOf("harbour master")).isEqualTo(3);
    assertThat(words.get(2)).isEqualTo("pier");
    assertThat(words.size()).isEqualTo(4);
  }

  @Test
  void answersMinusOneForAStringItDoesNotHold() {
    assertThat(words.indexOf("quay")).isEqualTo(-1);
    assertThat(words.indexOf("pie")).isEqualTo(-1);
    assertThat(words.indexOf(42)).isEqualTo(-1);
  }

  @Test
  void tellsApartStringsWithTheSameHashCode() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    PackedStrings colliding = PackedStrings.of(List.of("Aa", "BB"));

    assertThat(colliding.indexOf("BB")).isEqualTo(1);
    assertThat(colliding.indexOf("Aa")).isZero();
  }

  @Test
  void refusesAStringThatAppearsTwice() {
    assertThatIllegalArgumentException().isThrownBy(() -> PackedStrings.of(List.of("pier", "pier")));
  }

  @Test
  void findsTheSameStringsAfterJavaSerialization() throws Exception {
    PackedStrings copy = (PackedStrings) roundTrip(words);

    assertThat(copy.indexOf("harbour master")).isEqualTo(3);
    assertThat(copy.indexOf("quay")).isEqualTo(-1);
  }

  static Object roundTrip(Object object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
