package org.eventfacts.pipeline;

import com.google.common.hash.Hashing;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where eventfacts keeps its fast-loading copies of CoreNLP's models: in the directory the system
 * property {@code eventfacts.modelCache} names ({@code none} turns copies off), by default {@code
 * eventfacts-USER} in the temporary directory. A copy's name carries the model's name, the copy
 * format's version and the identity of the jar the model was read from, so that a new models jar
 * (or a new format) gets new copies rather than stale ones.
 *
 * <pre>{@code
 * Optional<Path> copy = ModelCopies.fileFor("edu/stanford/nlp/models/ner/x.crf.ser.gz", "crf-1", ".ser");
 * }</pre>
 */
final class ModelCopies {

  private ModelCopies() {}

  /**
   * The file for the copy of the class-path resource {@code model} in the format {@code version},
   * ending in {@code suffix}; empty when copies are off or the resource is missing.
   */
  static Optional<Path> fileFor(String model, String version, String suffix) {
    Optional<Path> directory = directory();
    URL resource = ModelCopies.class.getClassLoader().getResource(model);
    if (directory.isEmpty() || resource == null) {
      return Optional.empty();
    }
    return Optional.of(directory.get().resolve(name(model) + "-" + safe(version) + "-" + jarKey(resource) + suffix));
  }

  /** The directory copies are kept in, if they are kept. */
  static Optional<Path> directory() {
    String setting = System.getProperty("eventfacts.modelCache", "");
    if (setting.equals("none")) {
      return Optional.empty();
    }
    return Optional.of(
        setting.isEmpty()
            ? Path.of(System.getProperty("java.io.tmpdir"), "eventfacts-" + System.getProperty("user.name", "user"))
            : Path.of(setting));
  }

  /** A short key for the resource's address, which names the jar it is in (and so its version). */
  static String jarKey(@Nullable URL resource) {
    return Hashing.sha256().hashString(String.valueOf(resource), StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private static String name(String model) {
    return safe(model.substring(model.lastIndexOf('/') + 1));
  }

  private static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
