package org.eventfacts.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.AbstractIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.MergeResult;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The merge of a Dataset's events, run on the driver with the command line's merger, fed by the
 * executors. Why the driver: which reports join depends on the whole feed (pairs are joined best
 * first across all blocks, a tie by people crosses regions and countries, and a headline word
 * counts only if it is rare in the whole feed), so one merger must see every event for the result
 * to be the command line's; it holds one compact profile per event (100,000 events in 256 MB, see
 * the merge module's {@code MergeScaleTest}), not the documents.
 *
 * <p>What the executors do: they cut each document down to what the merge reads ({@code id},
 * {@code published}, {@code title}, {@code error}, {@code casualties}, {@code arrests}, {@code
 * actors}, {@code events}: the quotes and everything else stay behind), sort the documents by id
 * (so the incidents do not depend on the Dataset's partitioning), and write them as JSON lines
 * that the driver reads one partition at a time ({@code toLocalIterator}), never all at once.
 */
final class DriverMerge {

  /** The document fields the merge reads ({@code FactsLines}); the rest never leaves an executor. */
  static final List<String> READ =
      List.of("id", "published", "title", "error", "casualties", "arrests", "actors", "events");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DriverMerge() {}

  /** The documents of {@code facts} (rows of {@link FactsSchema#DOCUMENT}) as sorted JSON lines. */
  static Dataset<String> linesOfRows(Dataset<Row> facts) {
    List<String> present = Arrays.asList(facts.columns());
    if (!present.contains("id")) {
      throw new IllegalArgumentException(
          "facts to merge need an id column (rows of EventFactsSpark.extract), got " + present);
    }
    Column[] kept =
        READ.stream().filter(present::contains).map(facts::col).toArray(Column[]::new);
    return facts.select(kept).orderBy("id").toJSON();
  }

  /** The documents of {@code lines} (extract's JSON Lines) cut down and sorted by id. */
  static Dataset<String> linesOfJson(Dataset<String> lines) {
    return lines
        .filter((org.apache.spark.api.java.function.FilterFunction<String>) line -> !line.isBlank())
        .map(
            (MapFunction<String, Tuple2<String, String>>) DriverMerge::keyed,
            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .orderBy("_1")
        .map((MapFunction<Tuple2<String, String>, String>) Tuple2::_2, Encoders.STRING());
  }

  /** A line's document id and the line cut down to what the merge reads. */
  private static Tuple2<String, String> keyed(String line) throws Exception {
    JsonNode node = MAPPER.readTree(line);
    if (!(node instanceof ObjectNode document) || !document.path("id").isTextual()) {
      throw new IllegalArgumentException(
          "a line of facts needs an \"id\": "
              + line.substring(0, Math.min(80, line.length())));
    }
    document.retain(READ);
    return new Tuple2<>(document.get("id").textValue(), MAPPER.writeValueAsString(document));
  }

  /** The incidents of the sorted lines, merged on this JVM (the driver), in the merge's order. */
  static List<Incident> incidents(Dataset<String> sortedLines, MergeOptions options) {
    FactsLines lines =
        FactsLines.of(new LinesReader(sortedLines.toLocalIterator()), "the Dataset's facts");
    Iterable<EventReport> bounded = () -> bounded(lines.iterator(), options.maxEvents());
    MergeResult result = options.merger().merge(bounded);
    return result.incidents();
  }

  /** The incidents as the command line's JSON lines. */
  static List<String> jsonLines(List<Incident> incidents) {
    IncidentJson json = new IncidentJson(MAPPER);
    List<String> lines = new ArrayList<>(incidents.size());
    for (Incident incident : incidents) {
      lines.add(json.writeLine(incident));
    }
    return lines;
  }

  /** The incidents as rows of {@link IncidentsSchema#INCIDENT}. */
  static List<Row> rows(List<Incident> incidents) {
    IncidentJson json = new IncidentJson(MAPPER);
    List<Row> rows = new ArrayList<>(incidents.size());
    for (Incident incident : incidents) {
      rows.add(JsonRows.toRow(json.write(incident), IncidentsSchema.INCIDENT));
    }
    return rows;
  }

  private static Iterator<EventReport> bounded(Iterator<EventReport> reports, long max) {
    return new AbstractIterator<>() {
      private long read;

      @Override
      protected @Nullable EventReport computeNext() {
        if (!reports.hasNext()) {
          return endOfData();
        }
        if (++read > max) {
          throw new IllegalStateException(
              String.format(
                  Locale.ROOT,
                  "more than %,d events to merge on the driver: merge a narrower Dataset (a month,"
                      + " a country) or raise MergeOptions.maxEvents with the driver's memory"
                      + " (about 512 MB of heap per 100,000 events)",
                  max));
        }
        return reports.next();
      }
    };
  }
}
