package org.eventfacts.spark.job;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.eventfacts.merge.FigureRule;
import org.eventfacts.spark.ExtractOptions;
import org.eventfacts.spark.MergeOptions;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link ExtractJob}.
 *
 * <pre>{@code
 * JobArguments arguments = JobArguments.parse(
 *     "--input", "articles/", "--output", "facts/", "--format", "jsonl", "--partitions", "64");
 * }</pre>
 *
 * @param input a JSON Lines file, a Parquet file, a folder of either, or a folder of .txt files
 * @param inputFormat the input's format, or {@code null} to tell it from the file names
 * @param output the folder to write, which must not exist unless {@code overwrite}
 * @param format how to write the results
 * @param options the extractor's options
 * @param partitions how many partitions to read the documents in, or 0 for enough to keep every
 *     core busy to the end
 * @param master the Spark master to run on when not started by {@code spark-submit}, or {@code
 *     null}
 * @param overwrite whether to replace an existing output folder (and the merge's)
 * @param merge the folder to write the incidents of the documents' events to, or {@code null} to
 *     merge nothing
 * @param mergeOptions how to merge them
 */
record JobArguments(
    String input,
    @Nullable InputFormat inputFormat,
    String output,
    OutputFormat format,
    ExtractOptions options,
    int partitions,
    @Nullable String master,
    boolean overwrite,
    @Nullable String merge,
    MergeOptions mergeOptions) {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: ExtractJob --input PATH --output DIR [--format parquet|jsonl]",
          "                  [--input-format jsonl|parquet|txt] [--facts TYPE,...] [--partitions N]",
          "                  [--max-text-length N] [--cache DIR] [--master URL] [--overwrite]",
          "                  [--merge DIR [--figure latest|conservative] [--strict]]",
          "",
          "  --input PATH         JSON Lines (id, text[, published, title]), Parquet with those",
          "                       columns, or a folder of .txt files (id = file name without .txt)",
          "  --output DIR         folder to write; part files of one record per document",
          "  --format FORMAT      parquet (typed nested columns, the default) or jsonl (the",
          "                       command line's JSON records)",
          "  --input-format F     the input's format when its file names do not tell",
          "  --facts TYPES        fact types to read: CASUALTY,ARREST,QUOTE,ACTOR (default: all)",
          "  --partitions N       read the documents in N partitions (default: at least 8 per",
          "                       core, so that no core idles at the end)",
          "  --max-text-length N  texts longer than N characters become TOO_LONG error records",
          "                       (default " + FactExtractor.DEFAULT_MAX_TEXT_LENGTH + ")",
          "  --cache DIR          keep CoreNLP annotations in DIR on each executor's disk",
          "  --master URL         Spark master when not run by spark-submit, e.g. local[2]",
          "  --overwrite          replace DIR (and the --merge folder) if it exists",
          "  --merge DIR          also merge the documents' events across documents into",
          "                       incidents, written to DIR as the command line's merge writes",
          "                       them (JSON Lines; the merge runs on the driver)",
          "  --figure RULE        the incidents' tolls: latest (default) or conservative",
          "  --strict             never merge reports whose places or dates differ");

  JobArguments {
    checkNotNull(input, "input");
    checkNotNull(output, "output");
    checkNotNull(format, "format");
    checkNotNull(options, "options");
    checkArgument(partitions >= 0, "--partitions must not be negative, got %s", partitions);
    checkNotNull(mergeOptions, "mergeOptions");
  }

  /**
   * The arguments of {@code args}.
   *
   * @throws IllegalArgumentException naming the option that is missing, unknown or malformed
   */
  static JobArguments parse(String... args) {
    String input = null;
    String output = null;
    InputFormat inputFormat = null;
    OutputFormat format = OutputFormat.PARQUET;
    ExtractOptions options = ExtractOptions.defaults();
    int partitions = 0;
    String master = null;
    boolean overwrite = false;
    String merge = null;
    MergeOptions mergeOptions = MergeOptions.defaults();
    boolean mergeOption = false;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      if (option.equals("--overwrite")) {
        overwrite = true;
        continue;
      }
      if (option.equals("--strict")) {
        mergeOptions = mergeOptions.withStrict(true);
        mergeOption = true;
        continue;
      }
      checkArgument(option.startsWith("--"), "unexpected argument '%s'", option);
      checkArgument(!rest.isEmpty(), "%s needs a value", option);
      String value = rest.remove(0);
      switch (option) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--format" -> format = choice(OutputFormat.class, option, value);
        case "--input-format" -> inputFormat = choice(InputFormat.class, option, value);
        case "--facts" -> options = options.withFacts(facts(value));
        case "--partitions" -> partitions = number(option, value);
        case "--max-text-length" -> options = options.withMaxTextLength(number(option, value));
        case "--cache" -> options = options.withAnnotationCache(value);
        case "--master" -> master = value;
        case "--merge" -> merge = value;
        case "--figure" -> {
          mergeOptions = mergeOptions.withFigureRule(choice(FigureRule.class, option, value));
          mergeOption = true;
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    checkArgument(input != null, "--input is required");
    checkArgument(output != null, "--output is required");
    checkArgument(merge != null || !mergeOption, "--figure and --strict need --merge DIR");
    return new JobArguments(
        input, inputFormat, output, format, options, partitions, master, overwrite, merge,
        mergeOptions);
  }

  private static EnumSet<FactType> facts(String value) {
    EnumSet<FactType> facts = EnumSet.noneOf(FactType.class);
    for (String name : Splitter.on(',').trimResults().omitEmptyStrings().split(value)) {
      facts.add(choice(FactType.class, "--facts", name));
    }
    checkArgument(!facts.isEmpty(), "--facts needs at least one type");
    return facts;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException(
          option + " must be one of " + String.join(", ", names) + ", got '" + value + "'", e);
    }
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + value + "'", e);
    }
  }
}
