package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the CoreNLP annotation of each text on disk, keyed by a hash of the text and of the
 * pipeline's {@linkplain Pipeline#signature() signature}, so that extracting again from the same
 * texts (an evaluation loop, re-reading an archive after upgrading eventfacts) skips the parse.
 *
 * <p>Entries are CoreNLP protocol buffers, gzipped, written atomically; an unreadable entry is
 * logged, ignored and overwritten. Safe for concurrent use by several threads and processes.
 */
public final class AnnotationCache {

  private static final Logger log = LoggerFactory.getLogger(AnnotationCache.class);

  private final Path directory;
  private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

  private AnnotationCache(Path directory) {
    this.directory = directory;
  }

  /** A cache in {@code directory}, created when missing. */
  public static AnnotationCache in(Path directory) {
    checkNotNull(directory, "cache directory");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create annotation cache " + directory, e);
    }
    return new AnnotationCache(directory);
  }

  /** The annotation of {@code text} by {@code pipeline}, from the cache or freshly made. */
  public CoreDocument annotate(Pipeline pipeline, String text) {
    return annotate(pipeline, text, Deadline.NONE);
  }

  /**
   * The annotation of {@code text} by {@code pipeline}, from the cache or freshly made within
   * {@code deadline}.
   *
   * @throws Deadline.Exceeded if annotating took too long
   */
  public CoreDocument annotate(Pipeline pipeline, String text, Deadline deadline) {
    Path entry = entry(pipeline, text);
    Optional<CoreDocument> cached = read(entry, text);
    if (cached.isPresent()) {
      return cached.get();
    }
    CoreDocument document = pipeline.annotate(text, deadline);
    write(entry, document);
    return document;
  }

  private Path entry(Pipeline pipeline, String text) {
    String key =
        Hashing.sha256()
            .newHasher()
            .putString(pipeline.signature(), StandardCharsets.UTF_8)
            .putChar('\0')
            .putString(text, StandardCharsets.UTF_8)
            .hash()
            .toString();
    return directory.resolve(key.substring(0, 2)).resolve(key + ".pb.gz");
  }

  private Optional<CoreDocument> read(Path entry, String text) {
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
      Annotation annotation = serializer.read(in).first;
      if (!text.equals(annotation.get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class))) {
        log.warn("annotation cache entry {} is for another text; ignoring it", entry);
        return Optional.empty();
      }
      return Optional.of(new CoreDocument(annotation));
    } catch (IOException | RuntimeException | ClassNotFoundException e) {
      log.warn("unreadable annotation cache entry {}: {}; annotating again", entry, e.toString());
      return Optional.empty();
    }
  }

  private void write(Path entry, CoreDocument document) {
    try {
      Files.createDirectories(entry.getParent());
      Path temporary = Files.createTempFile(entry.getParent(), "entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary))) {
        serializer.writeCoreDocument(document, out);
      }
      Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      log.warn("cannot write annotation cache entry {}: {}", entry, e.toString());
    }
  }
}
