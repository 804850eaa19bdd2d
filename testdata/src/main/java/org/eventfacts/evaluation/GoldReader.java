package org.eventfacts.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.fact.Outcome;
import org.eventfacts.fact.Qualifier;
import org.eventfacts.fact.QuoteKind;
import org.eventfacts.fact.Span;

/**
 * Reads the {@code <id>.gold.json} format strictly: a missing, mistyped or unknown field is an
 * {@link InvalidGoldException} that names the file and the field, since a typo in gold would
 * otherwise pass silently as a lower score.
 */
final class GoldReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private GoldReader() {}

  static GoldDocument read(Path file) {
    String json;
    try {
      json = Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
    return parse(json, file.toString());
  }

  static GoldDocument parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidGoldException(
          source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    GoldFields document = GoldFields.root(root, source);
    document.allowOnly("id", "exhaustive", "expect");
    String id = document.requiredText("id");
    Set<FactType> exhaustive = EnumSet.noneOf(FactType.class);
    for (GoldFields.Element label : document.array("exhaustive")) {
      String text = label.text();
      exhaustive.add(
          FactType.fromLabel(text)
              .orElseThrow(
                  () -> label.error("unknown type \"" + text + "\"; expected one of " + labels())));
    }
    ImmutableList.Builder<Expectation> expectations = ImmutableList.builder();
    for (GoldFields.Element element : document.array("expect")) {
      expectations.add(expectation(element));
    }
    return new GoldDocument(id, exhaustive, expectations.build());
  }

  private static Expectation expectation(GoldFields.Element element) {
    GoldFields fields = element.object();
    String type = fields.requiredText("type");
    GoldFields typed = fields.describedAs(type);
    try {
      return switch (type) {
        case "casualty" -> casualty(typed);
        case "arrest" -> arrest(typed);
        case "quote" -> quote(typed);
        case "actor" -> actor(typed);
        case "event" -> event(typed);
        default ->
            throw fields.error(
                "unknown \"type\" \""
                    + type
                    + "\"; expected casualty, arrest, quote, actor or event");
      };
    } catch (IllegalArgumentException e) {
      throw typed.error(e.getMessage());
    }
  }

  private static ExpectedCasualty casualty(GoldFields fields) {
    fields.allowOnly("type", "outcome", "count", "victims", "perpetrator", "source", "hedged");
    return new ExpectedCasualty(
        fields.requiredEnum("outcome", Outcome.class),
        count(fields.object("count")),
        fields.optionalText("victims"),
        fields.optionalText("perpetrator"),
        fields.optionalText("source"),
        fields.optionalBoolean("hedged"));
  }

  private static ExpectedArrest arrest(GoldFields fields) {
    fields.allowOnly("type", "arrestee", "count", "authority", "charge", "source", "hedged");
    GoldFields count = fields.optionalObject("count");
    return new ExpectedArrest(
        fields.optionalText("arrestee"),
        count == null ? null : count(count),
        fields.optionalText("authority"),
        fields.optionalText("charge"),
        fields.optionalText("source"),
        fields.optionalBoolean("hedged"));
  }

  private static ExpectedQuote quote(GoldFields fields) {
    fields.allowOnly("type", "start", "end", "kind", "speaker");
    int start = fields.requiredInt("start");
    int end = fields.requiredInt("end");
    return new ExpectedQuote(
        new Span(start, end),
        fields.requiredEnum("kind", QuoteKind.class),
        fields.optionalText("speaker"));
  }

  private static ExpectedActor actor(GoldFields fields) {
    fields.allowOnly("type", "name", "kind", "title");
    return new ExpectedActor(
        fields.requiredText("name"),
        fields.requiredEnum("kind", ActorKind.class),
        fields.optionalText("title"));
  }

  private static ExpectedEvent event(GoldFields fields) {
    fields.allowOnly("type", "date", "city", "region", "country", "killed", "injured", "missing", "arrested");
    String date = fields.optionalText("date");
    LocalDate day;
    try {
      day = date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw fields.error("\"date\" must be an ISO day such as 2021-03-14, got \"" + date + "\"");
    }
    return new ExpectedEvent(
        day,
        fields.optionalText("city"),
        fields.optionalText("region"),
        fields.optionalText("country"),
        fields.optionalLong("killed"),
        fields.optionalLong("injured"),
        fields.optionalLong("missing"),
        fields.optionalLong("arrested"));
  }

  private static GoldCount count(GoldFields fields) {
    fields.allowOnly("value", "min", "max", "qualifier");
    try {
      return new GoldCount(
          fields.optionalLong("value"),
          fields.optionalLong("min"),
          fields.optionalLong("max"),
          fields.optionalEnum("qualifier", Qualifier.class));
    } catch (IllegalArgumentException e) {
      throw fields.error(e.getMessage());
    }
  }

  private static ImmutableSet<String> labels() {
    return EnumSet.allOf(FactType.class).stream()
        .map(FactType::label)
        .collect(ImmutableSet.toImmutableSet());
  }
}
