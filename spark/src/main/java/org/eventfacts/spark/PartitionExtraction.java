package org.eventfacts.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Iterators;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.json.FactsJson;
import org.jspecify.annotations.Nullable;

/**
 * What a task does with its partition: reads each row as a document, extracts its facts with this
 * JVM's shared extractor, and writes the result as a typed row or a JSON line. Every row gives
 * exactly one result, in order; a document that cannot be read or extracted gives an error result
 * and never fails the task. Rows are read one at a time, so a partition never sits in memory.
 *
 * <pre>{@code
 * PartitionExtraction extraction = new PartitionExtraction(options, InputColumns.of(schema));
 * documents.mapPartitions((MapPartitionsFunction<Row, Row>) extraction::rows, encoder);
 * }</pre>
 */
final class PartitionExtraction implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final FactsJson JSON = new FactsJson(new ObjectMapper());

  private final ExtractOptions options;
  private final InputColumns columns;

  PartitionExtraction(ExtractOptions options, InputColumns columns) {
    this.options = options;
    this.columns = columns;
  }

  /** One row of {@link FactsSchema#DOCUMENT} per input row. */
  Iterator<Row> rows(Iterator<Row> input) {
    return Iterators.transform(results(input), PartitionExtraction::toRow);
  }

  /** One line of the JSON contract per input row, as the command line writes it. */
  Iterator<String> jsonLines(Iterator<Row> input) {
    return Iterators.transform(
        results(input), extracted -> JSON.writeLine(extracted.result(), extracted.document()));
  }

  private Iterator<Extracted> results(Iterator<Row> input) {
    FactExtractor extractor = SharedExtractors.forOptions(options);
    return Iterators.transform(input, row -> extract(extractor, row));
  }

  private Extracted extract(FactExtractor extractor, Row row) {
    InputDocument document;
    try {
      document = columns.read(row);
    } catch (RuntimeException e) {
      String id = row.isNullAt(columns.id()) ? "" : row.getString(columns.id());
      return new Extracted(
          ExtractionResult.failed(
              id,
              new ExtractionError(ErrorKind.INTERNAL, "cannot read the row of '" + id + "': " + e)),
          null);
    }
    if (document instanceof InputDocument.Readable readable) {
      return new Extracted(extractor.tryExtract(readable.document()), readable.document());
    }
    InputDocument.Unreadable unreadable = (InputDocument.Unreadable) document;
    return new Extracted(ExtractionResult.failed(unreadable.id(), unreadable.error()), null);
  }

  /**
   * A document's result, with the document where it could be read: its publication date and
   * title are written beside the facts, as the command line writes them.
   */
  private record Extracted(ExtractionResult result, @Nullable Document document) {}

  private static Row toRow(Extracted extracted) {
    ExtractionResult result = extracted.result();
    try {
      return JsonRows.toRow(JSON.write(result, extracted.document()), FactsSchema.DOCUMENT);
    } catch (IllegalArgumentException e) {
      ExtractionError error =
          new ExtractionError(
              ErrorKind.INTERNAL,
              "the facts of '" + result.id() + "' do not fit the Spark schema: " + e.getMessage());
      return JsonRows.toRow(JSON.write(ExtractionResult.failed(result.id(), error)), FactsSchema.DOCUMENT);
    }
  }
}
