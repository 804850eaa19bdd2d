package org.eventfacts.pipeline;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where eventfacts keeps its fast-loading copies of CoreNLP's models: in the directory the system
 * property {@code eventfacts.modelCache} names ({@code none} turns copies off), by default {@code
 * eventfacts-USER} in the temporary directory. A copy's name carries the model's name, the copy
 * format's version and the identity of the model's content (its jar entry's size and checksum),
 * so that another version of the models (or a new format) gets new copies rather than stale
 * ones, while every checkout that holds the same models jar shares one set.
 *
 * <p>Some copies are Java-serialised streams that CoreNLP deserialises, so a copy is used only
 * from a directory, and as a file, that the current user owns and no one else may write to ({@link
 * #trusted(Path)}): another user who created {@code /tmp/eventfacts-USER} first must not be able
 * to hand the JVM a stream of their own.
 *
 * <pre>{@code
 * Optional<Path> copy = ModelCopies.fileFor("edu/stanford/nlp/models/ner/x.crf.ser.gz", "crf-1", ".ser");
 * }</pre>
 */
final class ModelCopies {

  private static final Logger log = LoggerFactory.getLogger(ModelCopies.class);

  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private ModelCopies() {}

  /**
   * Whether {@code path} (a copy, or the copies' directory) belongs to the current user and no one
   * else may write to it; where the file system has no owners and permissions, whether it exists.
   */
  static boolean trusted(Path path) {
    try {
      PosixFileAttributeView view =
          Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view == null) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
      }
      PosixFileAttributes attributes = view.readAttributes();
      String user = System.getProperty("user.name", "");
      boolean own = attributes.owner().getName().equals(user);
      boolean closed = attributes.permissions().stream().noneMatch(OTHERS_WRITE::contains);
      if (!own || !closed || attributes.isSymbolicLink()) {
        log.warn("not using model copies at {}: it must belong to {} and be writable by no one else", path, user);
        return false;
      }
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The copies' directory, created if missing, if it is {@linkplain #trusted(Path) trusted}. */
  static Optional<Path> trustedDirectory() {
    Optional<Path> directory = directory();
    if (directory.isEmpty()) {
      return directory;
    }
    try {
      Files.createDirectories(directory.get());
    } catch (IOException | SecurityException e) {
      log.warn("cannot create the model copies' directory {}: {}", directory.get(), e.toString());
      return Optional.empty();
    }
    return trusted(directory.get()) ? directory : Optional.empty();
  }

  /**
   * The file for the copy of the class-path resource {@code model} in the format {@code version},
   * ending in {@code suffix}; empty when copies are off, their directory is not {@linkplain
   * #trusted(Path) trusted} or the resource is missing.
   */
  static Optional<Path> fileFor(String model, String version, String suffix) {
    Optional<Path> directory = trustedDirectory();
    URL resource = ModelCopies.class.getClassLoader().getResource(model);
    if (directory.isEmpty() || resource == null) {
      return Optional.empty();
    }
    return Optional.of(directory.get().resolve(name(model) + "-" + safe(version) + "-" + jarKey(resource) + suffix));
  }

  /** Writes the copy of a class-path model to a file. */
  @FunctionalInterface
  interface Writer {
    void write(String model, Path file) throws IOException, ClassNotFoundException;
  }

  /**
   * The copy of the class-path model {@code model} in the format {@code version}: the file if it
   * is there and {@linkplain #trusted(Path) trusted}, else written now by {@code writer}; empty
   * when copies are off, the copy is not trusted or cannot be written (the model itself is then
   * read, with a warning for a copy that could not be written).
   */
  static Optional<Path> copyOf(String model, String version, String suffix, Writer writer) {
    Optional<Path> file = fileFor(model, version, suffix);
    if (file.isEmpty()) {
      return file;
    }
    if (Files.isRegularFile(file.get())) {
      return trusted(file.get()) ? file : Optional.empty();
    }
    try {
      writer.write(model, file.get());
      return file;
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      log.warn("cannot write a fast-loading copy of {} at {}: {}; reading the model itself", model, file.get(), e.toString());
      return Optional.empty();
    }
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

  /**
   * A short key for the content of the resource: for a model in a jar, its entry's name, size and
   * checksum (so that every checkout and build that holds the same models jar shares one set of
   * copies, and another version of the model gets copies of its own); otherwise its address, size
   * and time of change.
   */
  static String jarKey(@Nullable URL resource) {
    String identity = String.valueOf(resource);
    try {
      if (resource != null && resource.openConnection() instanceof JarURLConnection jar) {
        jar.setUseCaches(true); // the class loader's open jar, not a second one
        JarEntry entry = jar.getJarEntry();
        identity = entry.getName() + ";" + entry.getSize() + ";" + entry.getCrc();
      } else if (resource != null && resource.getProtocol().equals("file")) {
        Path file = Path.of(resource.toURI());
        identity = file + ";" + Files.size(file) + ";" + Files.getLastModifiedTime(file).toMillis();
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      log.debug("keying the copy of {} by its address: {}", resource, e.toString());
    }
    return Hashing.sha256().hashString(identity, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private static String name(String model) {
    return safe(model.substring(model.lastIndexOf('/') + 1));
  }

  private static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
