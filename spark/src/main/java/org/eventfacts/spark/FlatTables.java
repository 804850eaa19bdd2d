package org.eventfacts.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row per fact of one kind, keyed by {@code documentId} and the fact's {@code position} in its
 * document's list, with nested objects spread into columns: {@code count.min} becomes {@code
 * countMin}, {@code span.start} becomes {@code spanStart}. Lists (an actor's titles and mentions)
 * stay lists. Error rows have no facts and give no rows.
 *
 * <pre>{@code
 * Dataset<Row> casualties = FlatTables.of(facts, "casualties");
 * // documentId, position, outcome, countText, countValue, countMin, countMax, countQualifier,
 * // victims, victimsId, ..., hedged, spanStart, spanEnd, sentence, rule
 * }</pre>
 */
final class FlatTables {

  private FlatTables() {}

  /** The flat table of the list column {@code column} of a facts Dataset. */
  static Dataset<Row> of(Dataset<Row> facts, String column) {
    if (!(facts.schema().apply(column).dataType() instanceof ArrayType array)
        || !(array.elementType() instanceof StructType element)) {
      throw new IllegalArgumentException(column + " is not a list of facts");
    }
    Dataset<Row> exploded =
        facts.select(
            col("id").as("documentId"),
            posexplode(col(column)).as(new String[] {"position", "fact"}));
    List<Column> columns = new ArrayList<>();
    columns.add(col("documentId"));
    columns.add(col("position"));
    spread(col("fact"), element, "", columns);
    return exploded.select(columns.toArray(Column[]::new));
  }

  private static void spread(Column parent, StructType type, String prefix, List<Column> into) {
    for (StructField field : type.fields()) {
      Column child = parent.getField(field.name());
      String name = prefix.isEmpty() ? field.name() : prefix + capitalized(field.name());
      if (field.dataType() instanceof StructType nested) {
        spread(child, nested, name, into);
      } else {
        into.add(child.as(name));
      }
    }
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
