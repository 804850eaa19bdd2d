package org.eventfacts.cli;

/**
 * The exit codes of the {@code eventfacts} command, as documented in the README.
 *
 * <pre>{@code
 * eventfacts extract dir/ > facts.jsonl; [ $? -eq 3 ] && echo "some documents have error records"
 * }</pre>
 */
final class ExitCode {

  /** Every input was read; every record holds facts. */
  static final int OK = 0;

  /** The run itself failed (the output could not be written, an unexpected error). */
  static final int FAILED = 1;

  /** The command line was wrong: an unknown option, a path that does not exist. */
  static final int USAGE = 2;

  /** The run finished, but at least one input has an error record instead of facts. */
  static final int SOME_DOCUMENTS_FAILED = 3;

  private ExitCode() {}
}
