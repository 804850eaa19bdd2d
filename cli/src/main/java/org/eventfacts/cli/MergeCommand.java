package org.eventfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.merge.Incident;
import org.eventfacts.merge.IncidentMerger;
import org.eventfacts.merge.MergeResult;
import org.eventfacts.merge.io.FactsLines;
import org.eventfacts.merge.io.IncidentJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventfacts merge FACTS.jsonl...}: the events of {@code extract}'s output, merged across
 * documents into incidents, one JSON line each.
 */
@Command(
    name = "merge",
    description =
        "Merges the events of extract's JSON Lines across documents into incidents, one JSON line"
            + " each, keeping every document's figures.",
    mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FACTS",
      description = "JSON Lines written by extract (one document per line), or - for standard input.")
  private List<String> inputs;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  private @Nullable Path out;

  @Option(
      names = "--figure",
      paramLabel = "RULE",
      converter = RuleConverter.class,
      description =
          "Which report's toll an incident takes: latest (the last published, the default) or"
              + " conservative (the lowest, as ACLED codes disagreeing sources).")
  private FigureRule figureRule = FigureRule.LATEST;

  @Option(
      names = "--strict",
      description =
          "Never merge reports whose places (as the gazetteer tells them apart) or dates differ,"
              + " whatever people or headline tie them. By default such ties outweigh the conflict"
              + " and the incident lists it under \"conflicts\".")
  private boolean strict;

  @Override
  public Integer call() throws IOException {
    for (String input : inputs) {
      if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
        throw new IllegalArgumentException("no such file: " + input);
      }
    }
    FactsLines lines =
        inputs.equals(List.of("-"))
            ? FactsLines.of(new InputStreamReader(System.in, StandardCharsets.UTF_8), "stdin")
            : FactsLines.of(inputs.stream().map(Path::of).toList());
    MergeResult result =
        IncidentMerger.builder().figureRule(figureRule).strict(strict).build().merge(lines);
    IncidentJson json = new IncidentJson(new ObjectMapper());
    try (Writer output = open()) {
      for (Incident incident : result.incidents()) {
        output.write(json.writeLine(incident));
        output.write('\n');
      }
    }
    System.err.printf(
        Locale.ROOT,
        "merge: %d documents (%d without events; %d error records skipped), %d events -> %d"
            + " incidents (%d joined across a conflict of place or date%s)%n",
        lines.documents(),
        lines.withoutEvents(),
        lines.failed(),
        lines.events(),
        result.incidents().size(),
        result.incidents().stream().filter(Incident::conflicted).count(),
        strict ? ", none under --strict" : "; see \"conflicts\"");
    return 0;
  }

  private Writer open() throws IOException {
    if (out == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // leave System.out open
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  /** Reads {@code latest} or {@code conservative}, in any case. */
  static final class RuleConverter implements ITypeConverter<FigureRule> {
    @Override
    public FigureRule convert(String value) {
      try {
        return FigureRule.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected latest or conservative, got '" + value + "'");
      }
    }
  }
}
