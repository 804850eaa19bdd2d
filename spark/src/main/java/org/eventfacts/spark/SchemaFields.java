package org.eventfacts.spark;

import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The words {@link FactsSchema} and {@link IncidentsSchema} write their schemas in: a field the
 * JSON always has is {@code required}, one it may leave out is {@code optional}.
 *
 * <p>For example, {@code struct(required("start", IntegerType), optional("end", IntegerType))}.
 */
final class SchemaFields {

  private SchemaFields() {}

  static StructType struct(StructField... fields) {
    return createStructType(fields);
  }

  /** A field that is never {@code null}. */
  static StructField required(String name, DataType type) {
    return createStructField(name, type, false);
  }

  /** A field that is {@code null} where the JSON leaves it out. */
  static StructField optional(String name, DataType type) {
    return createStructField(name, type, true);
  }

  /** The fields of {@code groups}, one after another. */
  @SafeVarargs
  static StructField[] fields(List<StructField>... groups) {
    List<StructField> all = new ArrayList<>();
    for (List<StructField> group : groups) {
      all.addAll(group);
    }
    return all.toArray(StructField[]::new);
  }
}
