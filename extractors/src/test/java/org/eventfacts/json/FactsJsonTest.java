package org.eventfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.fact.Actor;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Arrest;
import org.eventfacts.fact.CasualtyCount;
import org.eventfacts.fact.Count;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.fact.Evidence;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Phrase;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.Quote;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;
import org.junit.jupiter.api.Test;

class FactsJsonTest {

  private static final String TEXT =
      "More than 300 people were hurt, officials said. \"It was chaos,\" Mayor Ana Ruiz said."
          + " Police arrested two men.";

  private static final Actor RUIZ =
      new Actor("a1", "Ana Ruiz", ActorKind.PERSON, List.of("Mayor"), null, List.of(new Span(66, 74)));

  private static JsonNode json(DocumentFacts facts) {
    return new FactsJson(new ObjectMapper()).write(facts);
  }

  private static DocumentFacts facts() {
    CasualtyCount hurt =
        new CasualtyCount(
            Outcome.INJURED,
            Count.qualified("More than 300", 300, Qualifier.MORE_THAN),
            Phrase.of("people", new Span(14, 20)),
            null,
            Phrase.of("officials", new Span(32, 41)),
            false,
            new Evidence(new Span(0, 30), 0, "casualty.passive"));
    Quote quote =
        new Quote(
            "\"It was chaos,\"",
            QuoteKind.DIRECT,
            new Phrase("Ruiz", new Span(70, 74), "a1"),
            Phrase.of("said", new Span(75, 79)),
            null,
            new Evidence(new Span(48, 63), 1, "quote.direct"));
    Arrest arrest =
        new Arrest(
            Phrase.of("men", new Span(103, 106)),
            Count.exact("two", 2),
            Phrase.of("Police", new Span(81, 87)),
            null,
            null,
            false,
            new Evidence(new Span(81, 106), 2, "arrest.active"));
    return new DocumentFacts("doc-1", TEXT, List.of(hurt), List.of(arrest), List.of(quote), List.of(RUIZ));
  }

  @Test
  void writesTheDocumentIdAndTheFourFactLists() {
    JsonNode json = json(facts());

    assertThat(json.get("id").asText()).isEqualTo("doc-1");
    assertThat(json.fieldNames()).toIterable().contains("casualties", "arrests", "quotes", "actors");
  }

  @Test
  void writesACountWithItsTextValueRangeAndQualifier() {
    JsonNode count = json(facts()).get("casualties").get(0).get("count");

    assertThat(count.get("text").asText()).isEqualTo("More than 300");
    assertThat(count.get("value").asLong()).isEqualTo(300);
    assertThat(count.get("min").asLong()).isEqualTo(300);
    assertThat(count.get("max").isNull()).isTrue();
    assertThat(count.get("qualifier").asText()).isEqualTo("MORE_THAN");
  }

  @Test
  void writesSlotsAsTextAndMissingSlotsAsNull() {
    JsonNode casualty = json(facts()).get("casualties").get(0);

    assertThat(casualty.get("outcome").asText()).isEqualTo("INJURED");
    assertThat(casualty.get("victims").asText()).isEqualTo("people");
    assertThat(casualty.get("source").asText()).isEqualTo("officials");
    assertThat(casualty.get("perpetrator").isNull()).isTrue();
    assertThat(casualty.get("hedged").asBoolean()).isFalse();
  }

  @Test
  void writesTheEvidenceSpanOfEveryFact() {
    JsonNode span = json(facts()).get("arrests").get(0).get("span");

    assertThat(span.get("start").asInt()).isEqualTo(81);
    assertThat(span.get("end").asInt()).isEqualTo(106);
  }

  @Test
  void namesALinkedSpeakerByItsActorAndGivesTheActorId() {
    JsonNode quote = json(facts()).get("quotes").get(0);

    assertThat(quote.get("speaker").asText()).isEqualTo("Ana Ruiz");
    assertThat(quote.get("speakerId").asText()).isEqualTo("a1");
    assertThat(quote.get("kind").asText()).isEqualTo("DIRECT");
    assertThat(quote.get("cue").asText()).isEqualTo("said");
  }

  @Test
  void writesActorsWithTitlesAndMentionSpans() {
    JsonNode actor = json(facts()).get("actors").get(0);

    assertThat(actor.get("id").asText()).isEqualTo("a1");
    assertThat(actor.get("kind").asText()).isEqualTo("PERSON");
    assertThat(actor.get("titles").get(0).asText()).isEqualTo("Mayor");
    assertThat(actor.get("mentions").get(0).get("start").asInt()).isEqualTo(66);
  }

  @Test
  void writesAnArrestCountOrNull() {
    JsonNode arrest = json(facts()).get("arrests").get(0);

    assertThat(arrest.get("count").get("value").asLong()).isEqualTo(2);
    assertThat(arrest.get("authority").asText()).isEqualTo("Police");
    assertThat(arrest.get("charge").isNull()).isTrue();
  }

  @Test
  void writesAFailedDocumentAsAnErrorRecord() {
    JsonNode record =
        new FactsJson(new ObjectMapper())
            .write(
                ExtractionResult.failed(
                    "bad", new ExtractionError(ErrorKind.DECODE, "invalid UTF-8 at byte 12")));

    assertThat(record.toString())
        .isEqualTo(
            "{\"id\":\"bad\",\"error\":{\"kind\":\"DECODE\",\"message\":\"invalid UTF-8 at byte 12\"}}");
  }
}
