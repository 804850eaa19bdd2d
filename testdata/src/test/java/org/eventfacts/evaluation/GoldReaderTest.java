package org.eventfacts.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

  @Test
  void readsTheIdAndTheExhaustiveTypes() {
    GoldDocument gold = Gold.document(List.of("casualty", "indirect"));

    assertThat(gold.id()).isEqualTo("doc");
    assertThat(gold.exhaustive()).containsExactly(FactType.CASUALTY, FactType.INDIRECT);
    assertThat(gold.expectations()).isEmpty();
  }

  @Test
  void readsACasualtyWithAStatedCountAndItsSlots() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'casualty', 'outcome': 'KILLED',"
                + " 'count': {'value': 26, 'qualifier': 'EXACT'},"
                + " 'victims': 'armed men', 'source': 'officials', 'hedged': true}");

    assertThat(gold.expectations())
        .containsExactly(
            new ExpectedCasualty(
                Outcome.KILLED,
                GoldCount.stated(26, Qualifier.EXACT),
                "armed men",
                null,
                "officials",
                true));
  }

  @Test
  void readsACountWithMinAndNoMaxAsAnOpenRange() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'casualty', 'outcome': 'INJURED',"
                + " 'count': {'min': 2, 'qualifier': 'VAGUE'}}");

    ExpectedCasualty casualty = (ExpectedCasualty) gold.expectations().get(0);
    assertThat(casualty.count()).isEqualTo(new GoldCount(null, 2L, null, Qualifier.VAGUE));
  }

  @Test
  void readsACountWithoutQualifier() {
    GoldDocument gold =
        Gold.recallOnly("{'type': 'casualty', 'outcome': 'MISSING', 'count': {'value': 3}}");

    ExpectedCasualty casualty = (ExpectedCasualty) gold.expectations().get(0);
    assertThat(casualty.count().qualifier()).isNull();
    assertThat(casualty.hedged()).isNull();
  }

  @Test
  void readsAnArrestByNameOrByCount() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'arrest', 'arrestee': 'Karim Massimov', 'charge': 'treason'}",
            "{'type': 'arrest', 'count': {'value': 2400, 'qualifier': 'MORE_THAN'}}");

    assertThat(gold.expectations())
        .containsExactly(
            new ExpectedArrest("Karim Massimov", null, null, "treason", null, null),
            new ExpectedArrest(
                null, GoldCount.stated(2400, Qualifier.MORE_THAN), null, null, null, null));
  }

  @Test
  void readsAnIndirectQuoteAsTheIndirectType() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'quote', 'start': 10, 'end': 40, 'kind': 'INDIRECT', 'speaker': 'Kellan'}",
            "{'type': 'quote', 'start': 50, 'end': 60, 'kind': 'PARTIAL', 'speaker': 'Kellan'}");

    assertThat(gold.expectations(FactType.INDIRECT))
        .containsExactly(new ExpectedQuote(new Span(10, 40), QuoteKind.INDIRECT, "Kellan"));
    assertThat(gold.expectations(FactType.QUOTE))
        .containsExactly(new ExpectedQuote(new Span(50, 60), QuoteKind.PARTIAL, "Kellan"));
  }

  @Test
  void readsANullSpeakerAsNoSpeaker() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'quote', 'start': 10, 'end': 40, 'kind': 'PARTIAL', 'speaker': null}");

    assertThat(((ExpectedQuote) gold.expectations().get(0)).speaker()).isNull();
  }

  @Test
  void readsAnActorWithItsTitle() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'actor', 'name': 'Ruth Kellan', 'kind': 'PERSON',"
                + " 'title': 'Secretary of State'}");

    assertThat(gold.expectations())
        .containsExactly(
            new ExpectedActor("Ruth Kellan", ActorKind.PERSON, "Secretary of State"));
  }

  @Test
  void readsAnEventWithOnlyTheSlotsTheTextMakesCheckable() {
    GoldDocument gold =
        Gold.recallOnly(
            "{'type': 'event', 'date': '2021-03-14', 'city': 'Dayton', 'region': 'Ohio',"
                + " 'country': 'United States', 'killed': 1}");

    assertThat(gold.expectations())
        .containsExactly(
            new ExpectedEvent(
                LocalDate.of(2021, 3, 14), "Dayton", "Ohio", "United States", 1L, null, null, null));
  }

  @Test
  void readsTheMissingAndArrestedTotalsOfAnEvent() {
    GoldDocument gold =
        Gold.recallOnly("{'type': 'event', 'city': 'Tampere', 'missing': 4, 'arrested': 2}");

    assertThat(gold.expectations())
        .containsExactly(new ExpectedEvent(null, "Tampere", null, null, null, null, 4L, 2L));
  }

  @Test
  void refusesAnEventDateThatIsNotAnIsoDay() {
    assertThatThrownBy(() -> Gold.recallOnly("{'type': 'event', 'date': 'March 14'}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("expect[0] (event): \"date\" must be an ISO day");
  }

  @Test
  void namesTheSourceAndPathOfAMissingField() {
    assertThatThrownBy(() -> Gold.recallOnly("{'type': 'casualty', 'outcome': 'KILLED'}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessage("doc.gold.json: expect[0] (casualty): \"count\" is missing");
  }

  @Test
  void namesAnUnknownFieldSoThatTyposDoNotPassSilently() {
    assertThatThrownBy(() -> Gold.recallOnly("{'type': 'arrest', 'arestee': 'Massimov'}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("expect[0] (arrest): unknown field \"arestee\"");
  }

  @Test
  void namesAFieldOfTheNestedCount() {
    assertThatThrownBy(
            () ->
                Gold.recallOnly(
                    "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'value': '26'}}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining(
            "expect[0] (casualty).count: \"value\" must be a whole number, got \"26\"");
  }

  @Test
  void listsTheAllowedValuesOfAnUnknownOutcome() {
    assertThatThrownBy(
            () ->
                Gold.recallOnly(
                    "{'type': 'casualty', 'outcome': 'DEAD', 'count': {'value': 2}}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining(
            "\"outcome\" must be one of [KILLED, INJURED, MISSING], got \"DEAD\"");
  }

  @Test
  void rejectsACountWithNeitherValueNorMin() {
    assertThatThrownBy(
            () ->
                Gold.recallOnly(
                    "{'type': 'casualty', 'outcome': 'KILLED', 'count': {'max': 9}}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("expect[0] (casualty).count: a count needs either a value or a min");
  }

  @Test
  void rejectsAnUnknownExhaustiveType() {
    assertThatThrownBy(() -> Gold.document(List.of("quotes")))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("exhaustive[0]: unknown type \"quotes\"");
  }

  @Test
  void rejectsActorsOfKindsThatAreNotScored() {
    assertThatThrownBy(
            () -> Gold.recallOnly("{'type': 'actor', 'name': 'demonstrators', 'kind': 'GROUP'}"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageContaining("only PERSON and ORGANIZATION actors are scored");
  }

  @Test
  void reportsWhereTheJsonIsMalformed() {
    String json = "{\"id\": \"doc\",\n \"expect\": [}";

    assertThatThrownBy(() -> GoldDocument.parse(json, "x.gold.json"))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessageStartingWith("x.gold.json: not valid JSON at line 2");
  }

  @Test
  void namesTheFileItReadFrom(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("broken.gold.json");
    Files.writeString(file, "{\"id\": \"broken\", \"exhaustive\": []}", UTF_8);

    assertThatThrownBy(() -> GoldDocument.read(file))
        .isInstanceOf(InvalidGoldException.class)
        .hasMessage(file + ": \"expect\" is missing");
  }
}
