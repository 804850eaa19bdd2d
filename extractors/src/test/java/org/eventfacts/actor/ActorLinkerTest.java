package org.eventfacts.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Span;
import org.eventfacts.testing.SharedExtractor;
import org.eventfacts.text.ParsedText;
import org.junit.jupiter.api.Test;

class ActorLinkerTest {

  private static final String TEXT =
      "Ivo Lentz left the capital on Monday. His spokeswoman, Dana Kerr, said he was tired. A"
          + " reporter for the Reuters news agency saw him leave. Lentz's lawyer declined to"
          + " comment. Rep. Anna Brooks (D-Md.) asked for an inquiry. Police said Lentz's former"
          + " head of government Karel Dusek had been arrested.";

  private static final ParsedText PARSED = SharedExtractor.parse(TEXT);
  private static final List<Actor> ACTORS = ActorExtractor.read(PARSED);
  private static final ActorLinker LINKER = ActorLinker.of(PARSED, ACTORS);

  /** The phrase the other readers would hand over for the {@code occurrence}-th {@code words}. */
  private static Phrase phrase(String words, int occurrence) {
    Matcher matcher = Pattern.compile("(?<!\\w)" + Pattern.quote(words) + "(?!\\w)").matcher(TEXT);
    for (int i = 0; i <= occurrence; i++) {
      assertThat(matcher.find()).isTrue();
    }
    return Phrase.of(words, new Span(matcher.start(), matcher.end()));
  }

  private static String linkedName(Phrase phrase) {
    Phrase linked = LINKER.link(phrase);
    return ACTORS.stream()
        .filter(a -> a.id().equals(linked.actorId()))
        .map(Actor::name)
        .findFirst()
        .orElse(null);
  }

  @Test
  void linksASurnameToTheFullName() {
    assertThat(linkedName(phrase("Lentz", 1))).isEqualTo("Ivo Lentz");
  }

  @Test
  void linksAPronounToWhomItRefersTo() {
    assertThat(linkedName(phrase("he", 0))).isEqualTo("Ivo Lentz");
  }

  @Test
  void linksAPhraseByTheNameSetBesideItsHead() {
    assertThat(linkedName(phrase("His spokeswoman, Dana Kerr", 0))).isEqualTo("Dana Kerr");
  }

  @Test
  void doesNotLinkAPhraseWhoseHeadOnlyMentionsAnActor() {
    assertThat(LINKER.link(phrase("A reporter for the Reuters news agency", 0)).actorId()).isNull();
    assertThat(LINKER.link(phrase("Lentz's lawyer", 0)).actorId()).isNull();
  }

  @Test
  void keepsTheActorAPhraseAlreadyHas() {
    Phrase already = phrase("he", 0).withActor("a99");

    assertThat(LINKER.link(already).actorId()).isEqualTo("a99");
  }

  @Test
  void leavesAMissingSlotMissing() {
    assertThat(LINKER.link(null)).isNull();
  }

  @Test
  void readsAPhraseWithoutTheParenthesisAfterTheName() {
    assertThat(linkedName(phrase("Rep. Anna Brooks (D-Md.)", 0))).isEqualTo("Anna Brooks");
  }

  @Test
  void linksATitleToThePersonNamedAfterIt() {
    assertThat(linkedName(phrase("Lentz's former head of government Karel Dusek", 0)))
        .isEqualTo("Karel Dusek");
  }
}
