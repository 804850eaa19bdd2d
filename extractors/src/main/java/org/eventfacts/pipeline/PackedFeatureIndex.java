package org.eventfacts.pipeline;

import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A CRF model's feature index, read-only, in {@link PackedStrings}: what CoreNLP's {@code
 * HashIndex} answers at tagging time ({@link #indexOf(String)}: the position of a feature, -1
 * for one the model never saw) from a few arrays. Adding to it is refused: a trained model's
 * index does not grow while it tags.
 *
 * <pre>{@code
 * Index<String> features = PackedFeatureIndex.of(List.of("WORD-Harbour|C", "SHAPE-Xxxx|C"));
 * features.indexOf("SHAPE-Xxxx|C");   // 1
 * }</pre>
 */
final class PackedFeatureIndex implements Index<String> {

  private static final long serialVersionUID = 1L;

  private final PackedStrings strings;

  private PackedFeatureIndex(PackedStrings strings) {
    this.strings = strings;
  }

  /** The index of {@code features}, each at its position in the list. */
  static PackedFeatureIndex of(List<String> features) {
    return new PackedFeatureIndex(PackedStrings.of(features));
  }

  @Override
  public int size() {
    return strings.size();
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= strings.size()) {
      throw new ArrayIndexOutOfBoundsException("Index " + i + " outside the bounds [0," + size() + ")");
    }
    return strings.get(i);
  }

  @Override
  public int indexOf(String o) {
    return strings.indexOf(o);
  }

  @Override
  public int indexOf(String o, boolean add) {
    int index = strings.indexOf(o);
    if (index < 0 && add) {
      throw new UnsupportedOperationException("a packed feature index is read-only");
    }
    return index;
  }

  @Override
  public int addToIndex(String o) {
    return indexOf(o, true);
  }

  @Override
  public List<String> objectsList() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return PackedFeatureIndex.this.get(index);
      }

      @Override
      public int size() {
        return strings.size();
      }
    };
  }

  @Override
  public Collection<String> objects(int[] indices) {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return PackedFeatureIndex.this.get(indices[index]);
      }

      @Override
      public int size() {
        return indices.length;
      }
    };
  }

  @Override
  public boolean isLocked() {
    return true;
  }

  @Override
  public void lock() {}

  @Override
  public void unlock() {
    throw new UnsupportedOperationException("a packed feature index is read-only");
  }

  @Override
  public void saveToWriter(Writer out) throws IOException {
    for (int i = 0; i < size(); i++) {
      out.write(i + "=" + get(i) + '\n');
    }
  }

  @Override
  public void saveToFilename(String file) {
    try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
      saveToWriter(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean contains(Object o) {
    return strings.indexOf(o) >= 0;
  }

  @Override
  public boolean add(String o) {
    if (contains(o)) {
      return false;
    }
    throw new UnsupportedOperationException("a packed feature index is read-only");
  }

  @Override
  public boolean addAll(Collection<? extends String> c) {
    boolean changed = false;
    for (String o : c) {
      changed |= add(o);
    }
    return changed;
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("a packed feature index is read-only");
  }

  @Override
  public Iterator<String> iterator() {
    return objectsList().iterator();
  }
}
