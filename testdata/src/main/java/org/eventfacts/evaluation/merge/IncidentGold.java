package org.eventfacts.evaluation.merge;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which registry incident each document of a corpus reports, read from a tab-separated file with
 * a header: an {@code id} column (the document's id), an incident column, and optionally a {@code
 * title} column (the headline a feed gives beside the text, which the merge may use like the
 * publication date).
 *
 * <pre>{@code
 * IncidentGold gold = IncidentGold.read(Path.of("../shared/corpus/gva-dev/SOURCES.tsv"), "gva_incident");
 * gold.incidentOf().get("gva-...")   // "122136"
 * }</pre>
 *
 * <p>A corpus directory names its file by convention ({@link #in(Path)}): {@code SOURCES.tsv}
 * with the column {@code gva_incident} (the Gun Violence Archive corpus), or {@code
 * INCIDENTS.tsv} with the column {@code incident} (the project's own articles).
 *
 * @param incidentOf the incident of each document, by document id
 * @param titleOf the headline of each document that has one, by document id
 */
public record IncidentGold(Map<String, String> incidentOf, Map<String, String> titleOf) {

  public IncidentGold {
    incidentOf = ImmutableMap.copyOf(incidentOf);
    titleOf = ImmutableMap.copyOf(titleOf);
  }

  /**
   * The incident gold of a corpus directory: its {@code SOURCES.tsv} ({@code gva_incident}) or
   * {@code INCIDENTS.tsv} ({@code incident}).
   *
   * @throws IllegalArgumentException when the directory has neither
   */
  public static IncidentGold in(Path corpus) {
    Path sources = corpus.resolve("SOURCES.tsv");
    if (Files.isRegularFile(sources)) {
      return read(sources, "gva_incident");
    }
    Path incidents = corpus.resolve("INCIDENTS.tsv");
    if (Files.isRegularFile(incidents)) {
      return read(incidents, "incident");
    }
    throw new IllegalArgumentException(corpus + " has no SOURCES.tsv or INCIDENTS.tsv naming incidents");
  }

  /**
   * Reads {@code file}, taking the incident from {@code column}.
   *
   * @throws IllegalArgumentException when a column is missing or a row is short
   */
  public static IncidentGold read(Path file, String column) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int id = index(header, "id", file);
    int incident = index(header, column, file);
    int title = header.indexOf("title");
    ImmutableMap.Builder<String, String> incidents = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> titles = ImmutableMap.builder();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] row = lines.get(i).split("\t", -1);
      if (row.length < header.size()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + row.length + " columns, expected " + header.size());
      }
      incidents.put(row[id], row[incident]);
      String headline = title < 0 ? null : row[title];
      if (headline != null && !headline.isBlank()) {
        titles.put(row[id], headline);
      }
    }
    return new IncidentGold(incidents.buildOrThrow(), titles.buildOrThrow());
  }

  /** The headline of a document, or {@code null}. */
  public @Nullable String titleOf(String doc) {
    return titleOf.get(doc);
  }

  private static int index(List<String> header, String column, Path file) {
    int index = header.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(file + " has no column '" + column + "': " + header);
    }
    return index;
  }
}
