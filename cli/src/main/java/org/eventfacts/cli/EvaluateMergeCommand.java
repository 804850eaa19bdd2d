package org.eventfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
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
import org.eventfacts.evaluation.merge.IncidentGold;
import org.eventfacts.evaluation.merge.MergeEvaluation;
import org.eventfacts.evaluation.merge.PairwiseScore;
import org.eventfacts.merge.Conflict;
import org.eventfacts.merge.EventReport;
import org.eventfacts.merge.ReportedPlace;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.IncidentMerger;
import org.eventfacts.merge.MergeResult;
import org.eventfacts.merge.io.EventReports;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventfacts evaluate-merge --gold DIR}: extracts a corpus (or reads its facts), merges the
 * events across documents, and scores the incidents pair by pair against the corpus's incident
 * gold ({@code SOURCES.tsv} or {@code INCIDENTS.tsv}).
 */
@Command(
    name = "evaluate-merge",
    description =
        "Scores the cross-document merge against a corpus's incident gold: pairwise precision and"
            + " recall of documents merged into one incident, with the misses.",
    mixinStandardHelpOptions = true)
final class EvaluateMergeCommand implements Callable<Integer> {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "A corpus directory of <id>.txt (and <id>.meta.json) with SOURCES.tsv or INCIDENTS.tsv.")
  private Path corpus;

  @Option(
      names = "--from",
      paramLabel = "FACTS",
      description = "Score the events of this extract output (JSON Lines) instead of extracting the corpus.")
  private @Nullable Path facts;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the incidents to FILE.")
  private @Nullable Path out;

  @Option(
      names = "--figure",
      paramLabel = "RULE",
      converter = MergeCommand.RuleConverter.class,
      description = "latest (default) or conservative, as for merge.")
  private FigureRule figureRule = FigureRule.LATEST;

  @Option(
      names = "--strict",
      description =
          "As for merge: never merge reports whose places (as the gazetteer tells them apart) or dates differ,"
              + " whatever people or headline tie them. By default such ties outweigh the conflict"
              + " and the incident lists it under \"conflicts\".")
  private boolean strict;

  @Option(
      names = "--without-titles",
      description = "Give the merge no headlines from the gold's title column (to measure what they add).")
  private boolean withoutTitles;

  @Mixin private ExtractorOptions extractorOptions;

  @Override
  public Integer call() throws IOException {
    IncidentGold gold = IncidentGold.in(corpus);
    List<EventReport> reports = facts == null ? extract(gold) : read(gold);
    MergeResult result =
        IncidentMerger.builder().figureRule(figureRule).strict(strict).build().merge(reports);
    PairwiseScore score = MergeEvaluation.score(gold, reports, result.incidents());
    System.out.println(
        "== " + corpus.getFileName() + ": " + reports.size() + " events -> "
            + result.incidents().size() + " incidents" + (strict ? " (strict)" : "")
            + "; joined across a conflict of place or date: "
            + result.incidents().stream().filter(Incident::conflicted).count() + " incidents, "
            + result.incidents().stream().mapToInt(i -> i.conflicts().size()).sum() + " pairs");
    System.out.print(score.toTable());
    printConflicts(gold, result.incidents());
    if (out != null) {
      IncidentJson json = new IncidentJson(new ObjectMapper());
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (Incident incident : result.incidents()) {
          writer.write(json.writeLine(incident));
          writer.write('\n');
        }
      }
    }
    return 0;
  }

  /**
   * Each pair joined across a conflict of place or date, and whether the gold holds the two
   * documents to be one incident (a document without gold counts as its own incident).
   */
  private static void printConflicts(IncidentGold gold, List<Incident> incidents) {
    for (Incident incident : incidents) {
      for (Conflict conflict : incident.conflicts()) {
        String a = gold.incidentOf().get(conflict.first().doc());
        String b = gold.incidentOf().get(conflict.second().doc());
        boolean same = a != null && a.equals(b);
        System.out.println(
            "  conflict " + conflict.first() + " ~ " + conflict.second() + " " + conflict.differ()
                + " " + where(conflict.firstPlace()) + " / " + where(conflict.secondPlace())
                + ", " + conflict.firstDate().value() + " / " + conflict.secondDate().value()
                + "; tie " + conflict.tie() + " " + conflict.people() + " " + conflict.words()
                + "; gold: " + (same ? "one incident" : "different incidents"));
      }
    }
  }

  private static String where(@Nullable ReportedPlace place) {
    return place == null
        ? "-"
        : place.name() + " (" + place.region() + ", " + place.countryCode() + ")";
  }

  private List<EventReport> extract(IncidentGold gold) {
    List<Document> documents = new ArrayList<>();
    for (CorpusDocument document : Corpus.read(corpus).documents()) {
      documents.add(
          new Document(document.id(), document.text(), document.published(), title(gold, document.id())));
    }
    FactExtractor extractor = extractorOptions.build();
    List<EventReport> reports = new ArrayList<>();
    List<ExtractionResult> results = extractor.extractAll(documents);
    for (int i = 0; i < results.size(); i++) {
      ExtractionResult result = results.get(i);
      Document document = documents.get(i);
      if (result.failed()) {
        System.err.println("failed: " + result.id() + ": " + result.error().message());
        continue;
      }
      reports.addAll(EventReports.of(result.facts(), document.published(), document.title()));
    }
    return reports;
  }

  /** The reports of an extract output, given the gold's titles where the lines have none. */
  private List<EventReport> read(IncidentGold gold) {
    List<EventReport> reports = new ArrayList<>();
    for (EventReport report : FactsLines.of(List.of(java.util.Objects.requireNonNull(facts)))) {
      String title = title(gold, report.doc());
      reports.add(
          report.headline() != null || title == null
              ? report
              : EventReport.builder(report.doc(), report.member().event())
                  .from(report)
                  .headline(title)
                  .build());
    }
    return ImmutableList.copyOf(reports);
  }

  private @Nullable String title(IncidentGold gold, String doc) {
    return withoutTitles ? null : gold.titleOf(doc);
  }
}
