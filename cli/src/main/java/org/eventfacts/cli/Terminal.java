package org.eventfacts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where a progress bar may be redrawn in place. Java 17 can
 * only tell whether standard input and output both are ({@link System#console()}), which is false
 * whenever the records are redirected to a file; on Linux the file descriptor's link answers for
 * standard error itself.
 */
final class Terminal {

  private Terminal() {}

  static boolean isStandardError() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the portable answer
    }
    return System.console() != null;
  }
}
