package org.eventfacts.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventfacts.Document;
import org.eventfacts.ExtractionResult;
import org.eventfacts.FactExtractor;
import org.eventfacts.evaluation.Corpus;
import org.eventfacts.evaluation.CorpusDocument;
import org.eventfacts.evaluation.Evaluation;
import org.eventfacts.evaluation.EvaluationReport;
import org.eventfacts.fact.DocumentFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventfacts evaluate --gold DIR}: extracts every {@code <id>.txt} of DIR and scores it
 * against {@code <id>.gold.json} by the rules of the evaluation corpora. With several {@code
 * --gold} directories, each gets its table and then all of them together.
 */
@Command(
    name = "evaluate",
    description = "Scores extraction against gold: per-type recall, precision, F1 and slot accuracy.",
    mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "A directory of <id>.txt and <id>.gold.json files; repeat to combine corpora.")
  private List<Path> goldDirectories;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON to FILE.")
  private @Nullable Path json;

  @Option(
      names = "--errors",
      description = "Also print, per document, the gold facts missed and the facts wrongly found.")
  private boolean errors;

  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws IOException {
    FactExtractor extractor = extractorOptions.build();
    List<EvaluationReport> reports = new ArrayList<>();
    for (Path directory : goldDirectories) {
      Corpus corpus = Corpus.read(directory);
      List<Document> documents = new ArrayList<>();
      for (CorpusDocument document : corpus.documents()) {
        documents.add(new Document(document.id(), document.text(), document.published(), null));
      }
      List<DocumentFacts> facts = new ArrayList<>();
      for (ExtractionResult result : extractor.extractAll(documents)) {
        if (result.failed()) {
          // Scored as a document without facts, so that a failure costs recall, visibly.
          System.err.println(
              "failed: " + result.id() + " (" + result.error().kind() + "): " + result.error().message());
          String text = documents.get(facts.size()).text();
          facts.add(DocumentFacts.empty(result.id(), text));
        } else {
          facts.add(result.facts());
        }
      }
      EvaluationReport report = Evaluation.score(corpus, facts);
      reports.add(report);
      print(report);
    }
    EvaluationReport all = EvaluationReport.combine(reports);
    if (reports.size() > 1) {
      print(all);
    }
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, all.toJson(), StandardCharsets.UTF_8);
    }
    return 0;
  }

  private void print(EvaluationReport report) {
    System.out.println("== " + report.name() + " (" + report.documents().size() + " documents)");
    System.out.println(report.toTable());
    if (errors) {
      System.out.println(report.diagnostics());
    }
  }
}
