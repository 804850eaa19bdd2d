package org.eventfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar eventfacts-cli.jar extract|serve|render|evaluate|merge|evaluate-merge ...}.
 * Exit codes: {@value ExitCode#OK} every document read, {@value ExitCode#SOME_DOCUMENTS_FAILED}
 * some documents have error records, {@value ExitCode#USAGE} a usage error, {@value
 * ExitCode#FAILED} the run failed.
 */
@Command(
    name = "eventfacts",
    description = "Reads casualty counts, arrests, quotes and actors from English news text.",
    mixinStandardHelpOptions = true,
    version = "eventfacts 0.1.0-SNAPSHOT",
    subcommands = {
      ExtractCommand.class,
      ServeCommand.class,
      RenderCommand.class,
      EvaluateCommand.class,
      MergeCommand.class,
      EvaluateMergeCommand.class
    })
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its {@linkplain ExitCode exit code}. */
  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("eventfacts: " + messageOf(exception));
          return ExitCode.FAILED;
        });
    return commandLine.execute(args);
  }

  private static String messageOf(Exception exception) {
    String message = exception.getMessage();
    return message == null ? exception.toString() : message;
  }
}
