package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCopiesTest {

  @Test
  void trustsADirectoryOnlyItsOwnerMayWriteTo(@TempDir Path directory) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));

    assertThat(ModelCopies.trusted(directory)).isTrue();
  }

  @Test
  void distrustsACopyOthersMayWriteTo(@TempDir Path directory) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path copy = Files.writeString(directory.resolve("model.ser"), "not a model");
    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-rw-rw-"));

    assertThat(ModelCopies.trusted(copy)).isFalse();
  }

  @Test
  void distrustsWhatDoesNotExist(@TempDir Path directory) {
    assertThat(ModelCopies.trusted(directory.resolve("missing"))).isFalse();
  }
}
