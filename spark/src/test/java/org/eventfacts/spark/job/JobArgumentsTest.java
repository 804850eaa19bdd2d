package org.eventfacts.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import org.eventfacts.FactExtractor;
import org.eventfacts.FactType;
import org.eventfacts.merge.FigureRule;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

  @Test
  void readsEveryOption() {
    JobArguments arguments =
        JobArguments.parse(
            "--input", "in", "--output", "out", "--format", "jsonl", "--input-format", "txt",
            "--facts", "casualty,arrest", "--partitions", "12", "--max-text-length", "5000",
            "--cache", "/tmp/cache", "--master", "local[2]", "--overwrite");

    assertThat(arguments.input()).isEqualTo("in");
    assertThat(arguments.output()).isEqualTo("out");
    assertThat(arguments.format()).isEqualTo(OutputFormat.JSONL);
    assertThat(arguments.inputFormat()).isEqualTo(InputFormat.TXT);
    assertThat(arguments.options().facts()).isEqualTo(EnumSet.of(FactType.CASUALTY, FactType.ARREST));
    assertThat(arguments.options().maxTextLength()).isEqualTo(5000);
    assertThat(arguments.options().annotationCache()).isEqualTo("/tmp/cache");
    assertThat(arguments.partitions()).isEqualTo(12);
    assertThat(arguments.master()).isEqualTo("local[2]");
    assertThat(arguments.overwrite()).isTrue();
  }

  @Test
  void defaultsToParquetOfEveryFactInAutomaticPartitions() {
    JobArguments arguments = JobArguments.parse("--input", "in", "--output", "out");

    assertThat(arguments.format()).isEqualTo(OutputFormat.PARQUET);
    assertThat(arguments.inputFormat()).isNull();
    assertThat(arguments.options().facts()).isEqualTo(EnumSet.allOf(FactType.class));
    assertThat(arguments.options().maxTextLength()).isEqualTo(FactExtractor.DEFAULT_MAX_TEXT_LENGTH);
    assertThat(arguments.partitions()).isZero();
    assertThat(arguments.overwrite()).isFalse();
    assertThat(arguments.merge()).isNull();
  }

  @Test
  void readsTheMergeAndItsRules() {
    JobArguments arguments =
        JobArguments.parse(
            "--input", "in", "--output", "out", "--merge", "incidents", "--figure", "conservative",
            "--strict");

    assertThat(arguments.merge()).isEqualTo("incidents");
    assertThat(arguments.mergeOptions().figureRule()).isEqualTo(FigureRule.CONSERVATIVE);
    assertThat(arguments.mergeOptions().strict()).isTrue();
  }

  @Test
  void refusesARuleOfTheMergeWithoutTheMerge() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobArguments.parse("--input", "in", "--output", "out", "--strict"))
        .withMessageContaining("--merge");
  }

  @Test
  void namesTheChoicesOfAnUnknownFormat() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobArguments.parse("--input", "in", "--output", "out", "--format", "csv"))
        .withMessage("--format must be one of parquet, jsonl, got 'csv'");
  }

  @Test
  void needsAnOutput() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobArguments.parse("--input", "in"))
        .withMessage("--output is required");
  }

  @Test
  void refusesAnOptionWithoutItsValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JobArguments.parse("--input", "in", "--output"))
        .withMessage("--output needs a value");
  }

  @Test
  void namesAFileAsTheCommandLineDoes() {
    assertThat(JobInput.idOfFile("file:/data/news/harbour-fire.txt")).isEqualTo("harbour-fire");
    assertThat(JobInput.idOfFile("hdfs://cluster/news/a b.txt")).isEqualTo("a b");
  }
}
