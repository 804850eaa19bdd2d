package org.eventfacts.spark.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where a typed row and a JSON record disagree, field by field: every field of the JSON must be a
 * column with an equal value (numbers, strings, booleans, nested objects and lists alike), and
 * every column the JSON lacks must be null.
 */
public final class RowJsonDifferences {

  private RowJsonDifferences() {}

  /** Each disagreement as a path and the two values; empty when the row is the record. */
  public static List<String> of(Row row, StructType schema, JsonNode json) {
    List<String> differences = new ArrayList<>();
    struct(row, schema, json, json.has("id") ? json.get("id").asText() : "", differences);
    return differences;
  }

  private static void struct(Row row, StructType schema, JsonNode json, String path, List<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!List.of(schema.fieldNames()).contains(name)) {
        out.add(path + "." + name + ": in the JSON, not in the schema");
      }
    }
    for (StructField field : schema.fields()) {
      int i = schema.fieldIndex(field.name());
      String fieldPath = path + "." + field.name();
      JsonNode expected = json.get(field.name());
      if (expected == null || expected.isNull()) {
        if (!row.isNullAt(i)) {
          out.add(fieldPath + ": null in the JSON, " + row.get(i) + " in the row");
        }
        continue;
      }
      if (row.isNullAt(i)) {
        out.add(fieldPath + ": " + expected + " in the JSON, null in the row");
        continue;
      }
      value(field.dataType(), valueAt(row, i, field.dataType()), expected, fieldPath, out);
    }
  }

  private static Object valueAt(Row row, int i, DataType type) {
    return type instanceof ArrayType ? row.getList(i) : row.get(i);
  }

  private static void value(DataType type, Object actual, JsonNode expected, String path, List<String> out) {
    if (type instanceof StructType struct) {
      struct((Row) actual, struct, expected, path, out);
    } else if (type instanceof ArrayType array) {
      List<?> list = (List<?>) actual;
      if (list.size() != expected.size()) {
        out.add(path + ": " + expected.size() + " elements in the JSON, " + list.size() + " in the row");
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        if (array.elementType() instanceof ArrayType) {
          element = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) element);
        }
        value(array.elementType(), element, expected.get(i), path + "[" + i + "]", out);
      }
    } else if (expected.isIntegralNumber() && actual instanceof Number number) {
      if (expected.longValue() != number.longValue()) {
        out.add(path + ": " + expected + " in the JSON, " + actual + " in the row");
      }
    } else if (expected.isFloatingPointNumber() && actual instanceof Double number) {
      if (Double.compare(expected.doubleValue(), number) != 0) {
        out.add(path + ": " + expected + " in the JSON, " + actual + " in the row");
      }
    } else {
      String want = expected.isTextual() ? expected.textValue() : expected.toString();
      if (!want.equals(String.valueOf(actual))) {
        out.add(path + ": " + expected + " in the JSON, " + actual + " in the row");
      }
    }
  }
}
