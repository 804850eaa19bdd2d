package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.input.TextDecoder;

/**
 * Where an input Dataset keeps the parts of a document: {@code id} (string), {@code text} (a
 * string, or bytes decoded on the executor as the command line decodes a file, by {@link
 * TextDecoder}, the same decoder, so that a file that is not text becomes a {@code DECODE} error row), and the
 * optional {@code published} (a date, or a string {@code YYYY-MM-DD}) and {@code title}
 * (string). Other columns are ignored.
 *
 * <pre>{@code
 * InputColumns columns = InputColumns.of(documents.schema());   // on the driver
 * InputDocument document = columns.read(row);                    // on an executor
 * }</pre>
 *
 * @param id the index of the id column
 * @param text the index of the text column
 * @param textIsBytes whether the text column holds bytes to decode
 * @param published the index of the publication date column, or -1
 * @param title the index of the title column, or -1
 */
record InputColumns(int id, int text, boolean textIsBytes, int published, int title)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The columns of {@code schema}.
   *
   * @throws IllegalArgumentException if {@code id} or {@code text} is missing, or a column has a
   *     type this class cannot read
   */
  static InputColumns of(StructType schema) {
    Set<String> names = Set.of(schema.fieldNames());
    checkArgument(
        names.contains("id") && names.contains("text"),
        "documents need the columns id and text (and may have published and title), got %s",
        Arrays.toString(schema.fieldNames()));
    DataType textType = type(schema, "text");
    checkArgument(
        textType instanceof StringType || textType instanceof BinaryType,
        "the text column must be a string or binary, got %s",
        textType);
    checkArgument(type(schema, "id") instanceof StringType, "the id column must be a string");
    int published = -1;
    if (names.contains("published")) {
      DataType type = type(schema, "published");
      checkArgument(
          type instanceof DateType || type instanceof StringType,
          "the published column must be a date or a string YYYY-MM-DD, got %s",
          type);
      published = schema.fieldIndex("published");
    }
    int title = -1;
    if (names.contains("title")) {
      checkArgument(
          type(schema, "title") instanceof StringType, "the title column must be a string");
      title = schema.fieldIndex("title");
    }
    return new InputColumns(
        schema.fieldIndex("id"),
        schema.fieldIndex("text"),
        textType instanceof BinaryType,
        published,
        title);
  }

  /** The document of {@code row}, or why it has none. */
  InputDocument read(Row row) {
    String documentId = row.isNullAt(id) ? "" : row.getString(id);
    if (row.isNullAt(id)) {
      return unreadable(documentId, "a row without an id");
    }
    if (row.isNullAt(text)) {
      return unreadable(documentId, "document '" + documentId + "' has no text");
    }
    String content;
    if (textIsBytes) {
      TextDecoder.Decoded decoded = TextDecoder.strict().decode((byte[]) row.get(text));
      if (decoded instanceof TextDecoder.Decoded.Failure failure) {
        return unreadable(documentId, "document '" + documentId + "': " + failure.message());
      }
      content = ((TextDecoder.Decoded.Text) decoded).text();
    } else {
      content = row.getString(text);
    }
    LocalDate date = null;
    if (published >= 0 && !row.isNullAt(published)) {
      Object value = row.get(published);
      if (value instanceof LocalDate local) {
        date = local;
      } else if (value instanceof java.sql.Date sql) {
        date = sql.toLocalDate();
      } else {
        try {
          date = LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
          return unreadable(
              documentId,
              "document '" + documentId + "' has a published value that is not a date"
                  + " YYYY-MM-DD: " + value);
        }
      }
    }
    String headline = title >= 0 && !row.isNullAt(title) ? row.getString(title) : null;
    return new InputDocument.Readable(new Document(documentId, content, date, headline));
  }

  private static InputDocument unreadable(String id, String message) {
    return new InputDocument.Unreadable(id, new ExtractionError(ErrorKind.DECODE, message));
  }

  private static DataType type(StructType schema, String name) {
    return schema.apply(name).dataType();
  }
}
