package org.eventfacts.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binary copy of the parser's weights, written on first use beside other caches and read
 * instead of the text model afterwards: the text model takes about a second of CPU to parse (four
 * million decimal numbers), its copy some tens of milliseconds to map. The copy holds the numbers
 * as they were parsed, so the parses do not change.
 *
 * <p>The copy lives in {@link ModelCopies#directory()} ({@code -Deventfacts.modelCache=none} turns
 * it off). Its name carries the model and the format's version; a copy that cannot be read is
 * ignored and written again. Written to a temporary file and moved into place, so that processes starting
 * side by side never read half a copy.
 */
final class ParserWeightsFile {

  private static final Logger log = LoggerFactory.getLogger(ParserWeightsFile.class);

  private static final long MAGIC = 0x4546_4e4e_4445_5001L; // "EFNNDEP" and the format's version

  private ParserWeightsFile() {}

  /** Where the copy of {@code model} is kept, if copies are kept. */
  static Optional<Path> copyOf(String model, String version) {
    String name = model.substring(model.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "_");
    return ModelCopies.trustedDirectory()
        .map(directory -> directory.resolve(name + "-" + version.replaceAll("[^A-Za-z0-9_.-]", "_") + ".bin"));
  }

  /** The weights in {@code file}, or nothing if it is missing or unreadable. */
  static Optional<ParserWeights> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      if (buffer.getLong() != MAGIC) {
        return Optional.empty();
      }
      ParserWeights.Parts parts = new ParserWeights.Parts();
      parts.words = buffer.getInt();
      parts.tags = buffer.getInt();
      parts.labels = buffer.getInt();
      parts.embedding = buffer.getInt();
      parts.hidden = buffer.getInt();
      parts.features = buffer.getInt();
      parts.transitions = buffer.getInt();
      byte[] names = new byte[buffer.getInt()];
      buffer.get(names);
      try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(names))) {
        int count = parts.words + parts.tags + parts.labels;
        parts.names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          parts.names.add(in.readUTF());
        }
      }
      parts.embeddings = floats(buffer);
      parts.hiddenWeights = floats(buffer);
      parts.hiddenBias = floats(buffer);
      double[] output = new double[buffer.getInt()];
      buffer.asDoubleBuffer().get(output);
      buffer.position(buffer.position() + 8 * output.length);
      parts.outputWeights = output;
      long[] bits = new long[buffer.getInt()];
      buffer.asLongBuffer().get(bits);
      parts.precomputed = BitSet.valueOf(bits);
      return Optional.of(new ParserWeights(parts));
    } catch (IOException | RuntimeException e) {
      log.warn("unreadable parser model copy {}: {}; reading the text model", file, e.toString());
      return Optional.empty();
    }
  }

  /** Writes {@code weights} to {@code file}; a failure is logged and otherwise ignored. */
  static void write(ParserWeights weights, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "parser", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(names)) {
          for (String name : weights.names) {
            out.writeUTF(name);
          }
        }
        long[] bits = weights.precomputed.toLongArray();
        int size =
            8 + 4 * 8 + names.size()
                + 3 * 4 + 4 * (weights.embeddings.length + weights.hiddenWeights.length + weights.hiddenBias.length)
                + 4 + 8 * weights.outputWeights.length
                + 4 + 8 * bits.length;
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.putLong(MAGIC);
        buffer.putInt(weights.words).putInt(weights.tags).putInt(weights.labels);
        buffer.putInt(weights.embedding).putInt(weights.hidden).putInt(weights.features);
        buffer.putInt(weights.transitions);
        buffer.putInt(names.size()).put(names.toByteArray());
        putFloats(buffer, weights.embeddings);
        putFloats(buffer, weights.hiddenWeights);
        putFloats(buffer, weights.hiddenBias);
        buffer.putInt(weights.outputWeights.length);
        buffer.asDoubleBuffer().put(weights.outputWeights);
        buffer.position(buffer.position() + 8 * weights.outputWeights.length);
        buffer.putInt(bits.length);
        buffer.asLongBuffer().put(bits);
        buffer.position(buffer.position() + 8 * bits.length);
        buffer.flip();
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      log.warn("cannot write parser model copy {}: {}", file, e.toString());
    }
  }

  private static float[] floats(ByteBuffer buffer) {
    float[] values = new float[buffer.getInt()];
    buffer.asFloatBuffer().get(values);
    buffer.position(buffer.position() + 4 * values.length);
    return values;
  }

  private static void putFloats(ByteBuffer buffer, float[] values) {
    buffer.putInt(values.length);
    buffer.asFloatBuffer().put(values);
    buffer.position(buffer.position() + 4 * values.length);
  }
}
