package org.eventfacts.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.eventfacts.spark.SchemaFields.fields;
import static org.eventfacts.spark.SchemaFields.optional;
import static org.eventfacts.spark.SchemaFields.required;
import static org.eventfacts.spark.SchemaFields.struct;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of one document's result, field for field the JSON contract that {@link
 * org.eventfacts.json.FactsJson} writes: the same names, the same nesting, numbers as {@code
 * long} (counts) or {@code int} (offsets, sentence indices), closed vocabularies as their names. A
 * field the JSON leaves out (an actor id beside an unlinked slot, the facts of a failed document)
 * is {@code null} here. Fields are nullable unless the fact model guarantees a value.
 *
 * <p>To follow a new field of the contract, add it here: rows are filled from the JSON writer's
 * output by name ({@link JsonRows}), so nothing else changes.
 */
final class FactsSchema {

  static final StructType SPAN =
      struct(required("start", IntegerType), required("end", IntegerType));

  static final StructType COUNT =
      struct(
          required("text", StringType),
          optional("value", LongType),
          optional("min", LongType),
          optional("max", LongType),
          required("qualifier", StringType));

  /** An event's total: a count, the rule that made it, and the ids of the facts it rests on. */
  static final StructType TOTAL =
      struct(
          fields(
              List.of(COUNT.fields()),
              List.of(
                  required("rule", StringType),
                  required("facts", createArrayType(StringType, false)))));

  static final StructType DATE =
      struct(
          optional("text", StringType),
          required("value", StringType),
          required("precision", StringType),
          optional("span", SPAN),
          required("inferred", BooleanType));

  static final StructType PLACE =
      struct(
          required("text", StringType),
          required("name", StringType),
          required("kind", StringType),
          optional("region", StringType),
          optional("country", StringType),
          optional("countryCode", StringType),
          optional("lat", DoubleType),
          optional("lon", DoubleType),
          required("span", SPAN));

  static final StructType EVENT =
      struct(
          required("id", StringType),
          optional("date", DATE),
          optional("place", PLACE),
          optional("killed", TOTAL),
          optional("injured", TOTAL),
          optional("missing", TOTAL),
          optional("arrested", TOTAL),
          required("facts", createArrayType(StringType, false)),
          required("span", SPAN));

  static final StructType CASUALTY =
      struct(
          fields(
              incidentFact(),
              List.of(required("outcome", StringType), required("count", COUNT)),
              slot("victims"),
              slot("perpetrator"),
              slot("source"),
              List.of(required("hedged", BooleanType)),
              evidence()));

  static final StructType ARREST =
      struct(
          fields(
              incidentFact(),
              slot("arrestee"),
              List.of(optional("count", COUNT)),
              slot("authority"),
              slot("charge"),
              slot("source"),
              List.of(required("hedged", BooleanType)),
              evidence()));

  static final StructType QUOTE =
      struct(
          fields(
              List.of(required("text", StringType), required("kind", StringType)),
              slot("speaker"),
              List.of(optional("cue", StringType), optional("channel", StringType)),
              evidence()));

  static final StructType ACTOR =
      struct(
          required("id", StringType),
          required("name", StringType),
          required("kind", StringType),
          required("titles", createArrayType(StringType, false)),
          optional("affiliation", StringType),
          required("mentions", createArrayType(SPAN, false)));

  static final StructType ERROR =
      struct(required("kind", StringType), required("message", StringType));

  /**
   * One row per document: its id and what the feed gave beside the text (published, title), then
   * its error or its facts (with the text's language).
   */
  static final StructType DOCUMENT =
      struct(
          optional("id", StringType),
          optional("published", StringType),
          optional("title", StringType),
          optional("language", StringType),
          optional("error", ERROR),
          optional("casualties", createArrayType(CASUALTY, false)),
          optional("arrests", createArrayType(ARREST, false)),
          optional("quotes", createArrayType(QUOTE, false)),
          optional("actors", createArrayType(ACTOR, false)),
          optional("events", createArrayType(EVENT, false)));

  private FactsSchema() {}

  /** The id of a casualty or arrest, and of the event it belongs to. */
  private static List<StructField> incidentFact() {
    return List.of(required("id", StringType), optional("eventId", StringType));
  }

  /** A slot that may refer to an actor: its words or the actor's name, and the actor's id. */
  private static List<StructField> slot(String name) {
    return List.of(optional(name, StringType), optional(name + "Id", StringType));
  }

  /** Where a fact was read: its span, sentence and rule. */
  private static List<StructField> evidence() {
    return List.of(
        required("span", SPAN), required("sentence", IntegerType), required("rule", StringType));
  }
}
