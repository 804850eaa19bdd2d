package org.eventfacts.arrest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.Phrase;
import org.eventfacts.testing.SharedExtractor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Authorities and charges an arrest takes from the sentences around it. */
class NearbySlotsTest {

  private static List<Arrest> arrests(String text) {
    return SharedExtractor.facts(text).arrests();
  }

  private static @Nullable String text(@Nullable Phrase phrase) {
    return phrase == null ? null : phrase.text();
  }

  @Test
  void takesTheAuthorityOfAnEarlierArrest() {
    List<Arrest> arrests =
        arrests(
            "Border agents arrested two sailors in Portmere on Monday. The sailors, Ivo Marr and"
                + " Len Toft, were detained at the harbour.");

    assertThat(arrests).isNotEmpty().allSatisfy(a -> assertThat(text(a.authority())).contains("agents"));
  }

  @Test
  void takesAPoliceForceNamedInTheSentenceBefore() {
    List<Arrest> arrests =
        arrests(
            "The boy ran away but was found by officers near the river. Dale Kemp has been"
                + " arrested.");

    assertThat(arrests).extracting(a -> text(a.authority())).containsExactly("officers");
  }

  @Test
  void readsAPronounAuthorityAsThePoliceBeforeIt() {
    List<Arrest> arrests =
        arrests(
            "Police stopped a grey van and found a rifle and two men inside that they took into"
                + " custody.");

    assertThat(arrests).extracting(a -> text(a.authority())).containsExactly("Police");
  }

  @Test
  void prefersAChargeStatedNearbyToTheIncidentTheArrestNames() {
    List<Arrest> arrests =
        arrests(
            "Omar Vance, 22, was arrested on Tuesday for the shooting. Vance is charged with"
                + " aggravated assault.");

    assertThat(arrests).extracting(a -> text(a.charge())).containsExactly("aggravated assault");
  }
}
