package org.eventfacts.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
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
 * The Spark schema of an incident, field for field the JSON that the command line's {@code merge}
 * writes ({@code org.eventfacts.merge.io.IncidentJson}): {@code id}, {@code date}, {@code place},
 * {@code killed}, {@code injured}, {@code missing}, {@code arrested}, {@code members}, {@code
 * reports} and {@code conflicts}.
 */
final class IncidentsSchema {

  private static final StructType MEMBER =
      struct(required("doc", StringType), required("event", StringType));

  private static final StructType DATE =
      struct(
          required("value", StringType),
          required("precision", StringType),
          required("inferred", BooleanType));

  private static final StructType PLACE =
      struct(
          required("name", StringType),
          required("kind", StringType),
          optional("region", StringType),
          optional("country", StringType),
          optional("countryCode", StringType),
          optional("lat", DoubleType),
          optional("lon", DoubleType));

  /** A place as a conflict names it (no country name). */
  private static final StructType CONFLICT_PLACE =
      struct(
          required("name", StringType),
          required("kind", StringType),
          optional("region", StringType),
          optional("countryCode", StringType),
          optional("lat", DoubleType),
          optional("lon", DoubleType));

  private static final StructField[] COUNT = {
    optional("text", StringType),
    optional("value", LongType),
    optional("min", LongType),
    optional("max", LongType),
    required("qualifier", StringType)
  };

  private static final StructType FIGURE =
      struct(
          fields(
              List.of(COUNT),
              List.of(
                  required("rule", StringType),
                  required("doc", StringType),
                  required("event", StringType),
                  optional("source", StringType),
                  required("disputed", BooleanType))));

  private static final StructType REPORT =
      struct(
          required("doc", StringType),
          required("event", StringType),
          optional("published", StringType),
          required("figure", StringType),
          required("count", struct(COUNT)),
          optional("source", StringType));

  private static final StructType CONFLICT =
      struct(
          required("members", createArrayType(MEMBER, false)),
          required("differ", createArrayType(StringType, false)),
          required("places", createArrayType(CONFLICT_PLACE, true)),
          required("dates", createArrayType(DATE, false)),
          required("tie", StringType),
          required("people", createArrayType(StringType, false)),
          required("words", createArrayType(StringType, false)));

  /** One row per incident. */
  static final StructType INCIDENT =
      struct(
          required("id", StringType),
          optional("date", DATE),
          optional("place", PLACE),
          optional("killed", FIGURE),
          optional("injured", FIGURE),
          optional("missing", FIGURE),
          optional("arrested", FIGURE),
          required("members", createArrayType(MEMBER, false)),
          required("reports", createArrayType(REPORT, false)),
          required("conflicts", createArrayType(CONFLICT, false)));

  private IncidentsSchema() {}
}
