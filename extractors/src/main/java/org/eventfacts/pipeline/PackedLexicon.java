package org.eventfacts.pipeline;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only map from words to the few classes they fall into (a CRF model's distributional
 * similarity lexicon: some 300,000 words, 512 cluster names), in {@link PackedStrings} and an array
 * of class numbers rather than a {@code HashMap} of a node per word, so that it deserialises in
 * bulk.
 *
 * <pre>{@code
 * Map<String, String> lexicon = PackedLexicon.of(Map.of("harbour", "17", "pier", "17"));
 * lexicon.get("pier");   // "17"
 * }</pre>
 */
final class PackedLexicon extends AbstractMap<String, String> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PackedStrings words;
  private final String[] classes;
  private final int[] classOf;

  private PackedLexicon(PackedStrings words, String[] classes, int[] classOf) {
    this.words = words;
    this.classes = classes;
    this.classOf = classOf;
  }

  /**
   * The distributional similarity lexicon a CoreNLP object holds in its field {@code lexicon} (a
   * CRF model's feature factory, the tagger's {@code Distsim}), if it holds one of words to
   * classes; empty otherwise.
   */
  @SuppressWarnings("unchecked")
  static Optional<Map<String, String>> heldBy(Object holder) {
    try {
      Field field = holder.getClass().getDeclaredField("lexicon");
      field.setAccessible(true);
      if (field.get(holder) instanceof Map<?, ?> map && onlyStrings(map)) {
        return Optional.of((Map<String, String>) map);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // not a lexicon CoreNLP keeps as this class expects: the object is written as it is
    }
    return Optional.empty();
  }

  private static boolean onlyStrings(Map<?, ?> map) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String) || !(entry.getValue() instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** A copy of {@code lexicon}; its iteration order is kept. */
  static PackedLexicon of(Map<String, String> lexicon) {
    List<String> words = new ArrayList<>(lexicon.size());
    Map<String, Integer> numbers = new LinkedHashMap<>();
    int[] classOf = new int[lexicon.size()];
    int i = 0;
    for (Map.Entry<String, String> entry : lexicon.entrySet()) {
      words.add(entry.getKey());
      classOf[i++] = numbers.computeIfAbsent(entry.getValue(), value -> numbers.size());
    }
    return new PackedLexicon(PackedStrings.of(words), numbers.keySet().toArray(String[]::new), classOf);
  }

  @Override
  public String get(Object key) {
    int position = words.indexOf(key);
    return position < 0 ? null : classes[classOf[position]];
  }

  @Override
  public String getOrDefault(Object key, String otherwise) {
    int position = words.indexOf(key);
    return position < 0 ? otherwise : classes[classOf[position]];
  }

  @Override
  public boolean containsKey(Object key) {
    return words.indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return words.size();
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < words.size();
          }

          @Override
          public Map.Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int position = next++;
            return Map.entry(words.get(position), classes[classOf[position]]);
          }
        };
      }

      @Override
      public int size() {
        return words.size();
      }
    };
  }
}
