package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
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

  @Test
  void keysAModelByItsContentWhereverItsJarLies(@TempDir Path directory) throws Exception {
    Path one = jar(directory.resolve("one.jar"), "weights of a made-up model");
    Path other = Files.copy(one, directory.resolve("other.jar"));
    Path changed = jar(directory.resolve("changed.jar"), "other weights of a made-up model");

    assertThat(ModelCopies.jarKey(entry(other))).isEqualTo(ModelCopies.jarKey(entry(one)));
    assertThat(ModelCopies.jarKey(entry(changed))).isNotEqualTo(ModelCopies.jarKey(entry(one)));
  }

  private static Path jar(Path file, String content) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry("models/model.bin"));
      jar.write(content.getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return file;
  }

  private static URL entry(Path jar) throws Exception {
    return new URL("jar:" + jar.toUri() + "!/models/model.bin");
  }
}
