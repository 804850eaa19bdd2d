package org.eventfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar eventfacts-cli.jar extract|evaluate|merge ...}. */
@Command(
    name = "eventfacts",
    description = "Reads casualty counts, arrests, quotes and actors from English news text.",
    mixinStandardHelpOptions = true,
    version = "eventfacts 0.1.0-SNAPSHOT",
    subcommands = {
      ExtractCommand.class,
      EvaluateCommand.class,
      MergeCommand.class,
      EvaluateMergeCommand.class
    })
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("eventfacts: " + messageOf(exception));
          return 1;
        });
    return commandLine.execute(args);
  }

  private static String messageOf(Exception exception) {
    String message = exception.getMessage();
    return message == null ? exception.toString() : message;
  }
}
