package org.eventfacts.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Fills a Spark row of a given schema from a JSON tree, field by field by name, so that the typed
 * columns hold exactly what the JSON writer wrote. A field the tree lacks, or holds as JSON
 * {@code null}, is {@code null}; a field of the tree that the schema lacks is left out.
 *
 * <pre>{@code
 * Row row = JsonRows.toRow(factsJson.write(result), FactsSchema.DOCUMENT);
 * }</pre>
 */
final class JsonRows {

  private JsonRows() {}

  /**
   * The row of {@code node} under {@code schema}.
   *
   * @throws IllegalArgumentException if a value has the wrong JSON type for its column, or a
   *     required column has no value
   */
  static Row toRow(JsonNode node, StructType schema) {
    return struct(node, schema, "");
  }

  private static Row struct(JsonNode node, StructType schema, String path) {
    if (!node.isObject()) {
      throw mismatch(path, "an object", node);
    }
    StructField[] fields = schema.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      StructField field = fields[i];
      String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
      Object value = value(node.get(field.name()), field.dataType(), fieldPath);
      if (value == null && !field.nullable()) {
        throw new IllegalArgumentException("no value for the required field " + fieldPath);
      }
      values[i] = value;
    }
    return RowFactory.create(values);
  }

  private static @Nullable Object value(@Nullable JsonNode node, DataType type, String path) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (type instanceof StructType struct) {
      return struct(node, struct, path);
    }
    if (type instanceof ArrayType array) {
      if (!node.isArray()) {
        throw mismatch(path, "an array", node);
      }
      List<@Nullable Object> elements = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        Object element = value(node.get(i), array.elementType(), path + "[" + i + "]");
        if (element == null && !array.containsNull()) {
          throw new IllegalArgumentException("null element in " + path);
        }
        elements.add(element);
      }
      return CollectionConverters.asScala(elements); // Spark's row encoder takes Scala sequences
    }
    if (type instanceof StringType) {
      if (!node.isTextual()) {
        throw mismatch(path, "a string", node);
      }
      return node.textValue();
    }
    if (type instanceof LongType) {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw mismatch(path, "an integer", node);
      }
      return node.longValue();
    }
    if (type instanceof IntegerType) {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw mismatch(path, "a 32-bit integer", node);
      }
      return node.intValue();
    }
    if (type instanceof DoubleType) {
      if (!node.isNumber()) {
        throw mismatch(path, "a number", node);
      }
      return node.doubleValue();
    }
    if (type instanceof BooleanType) {
      if (!node.isBoolean()) {
        throw mismatch(path, "a boolean", node);
      }
      return node.booleanValue();
    }
    throw new IllegalArgumentException("no JSON reading for the type " + type + " of " + path);
  }

  private static IllegalArgumentException mismatch(String path, String expected, JsonNode node) {
    return new IllegalArgumentException(
        path + " should be " + expected + ", got " + node.getNodeType() + " " + node);
  }
}
