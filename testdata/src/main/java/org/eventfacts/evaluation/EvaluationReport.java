package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scores of a set of documents (a corpus, or several combined), summed per type, with three
 * renderings: a plain-text table, JSON of the same numbers, and per-document diagnostics of what
 * was missed and what was wrongly found.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.read(dir);
 * EvaluationReport report = Evaluation.run(corpus, (id, text) -> extractor.extract(text));
 * System.out.println(report.toTable());
 * report.total(FactType.CASUALTY).recall();
 * Files.writeString(out, report.toJson());
 * System.out.println(report.diagnostics());
 * }</pre>
 *
 * @param name what was evaluated: a corpus name, or the names of combined reports joined by
 *     {@code +}
 * @param documents the score of each document
 */
public record EvaluationReport(String name, List<DocumentScore> documents) {

  public EvaluationReport {
    checkArgument(name != null && !name.isBlank(), "a report needs a name");
    documents = ImmutableList.copyOf(documents);
  }

  /** The report of several corpora together: their documents side by side, scores summed. */
  public static EvaluationReport combine(Iterable<EvaluationReport> reports) {
    List<EvaluationReport> all = ImmutableList.copyOf(reports);
    checkArgument(!all.isEmpty(), "nothing to combine");
    return new EvaluationReport(
        all.stream().map(EvaluationReport::name).collect(Collectors.joining("+")),
        all.stream()
            .flatMap(report -> report.documents().stream())
            .collect(ImmutableList.toImmutableList()));
  }

  /** The report of several corpora together. */
  public static EvaluationReport combine(EvaluationReport first, EvaluationReport... more) {
    return combine(
        Stream.concat(Stream.of(first), Stream.of(more)).collect(ImmutableList.toImmutableList()));
  }

  /** The score of one type summed over every document. */
  public TypeScore total(FactType type) {
    return documents.stream()
        .map(document -> document.type(type))
        .reduce(TypeScore.empty(type), TypeScore::plus);
  }

  /**
   * The types that have something to report: an expectation, or a document whose gold is
   * exhaustive for them.
   */
  public ImmutableList<FactType> reportedTypes() {
    return Stream.of(FactType.values())
        .filter(type -> total(type).expected() > 0 || total(type).hasPrecision())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A plain-text table: per type {@code expected matched recall predicted precision F1}, then
   * slot accuracies as {@code type.slot right/matched = accuracy}.
   */
  public String toTable() {
    return ReportTable.render(this);
  }

  /** The numbers of {@link #toTable()} as a JSON tree. */
  public ObjectNode toJsonTree() {
    return ReportJson.render(this);
  }

  /** The numbers of {@link #toTable()} as indented JSON text. */
  public String toJson() {
    try {
      return ReportJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJsonTree());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Per document, the expectations missed (compact gold, with the quoted text for quotes) and
   * the false positives (the predicted fact, its rule and its evidence text), for improving
   * extractors. Documents with neither are left out.
   */
  public String diagnostics() {
    return Diagnostics.render(this);
  }
}
