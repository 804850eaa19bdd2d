package org.eventfacts.evaluation;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of fact that are scored, each with its own recall, precision and slots.
 *
 * <p>Quotes are scored as two types: {@link #QUOTE} (quotation marks: kinds {@code DIRECT} and
 * {@code PARTIAL}) and {@link #INDIRECT} (reported speech), so that a gold file can be exhaustive
 * for one and not the other.
 *
 * <pre>{@code
 * FactType.fromLabel("indirect")  // Optional[INDIRECT]
 * FactType.ARREST.label()         // "arrest"
 * }</pre>
 */
public enum FactType {
  /** Casualty counts: killed, injured, missing. */
  CASUALTY,
  /** Arrests of a person or a group. */
  ARREST,
  /** Quotes in quotation marks: whole statements and quoted fragments. */
  QUOTE,
  /** Reported speech without quotation marks. */
  INDIRECT,
  /** Named people and organisations. */
  ACTOR,
  /** The incident a document reports: its date, place and totals (one per document in gold). */
  EVENT;

  private static final ImmutableMap<String, FactType> BY_LABEL =
      Arrays.stream(values())
          .collect(ImmutableMap.toImmutableMap(FactType::label, Function.identity()));

  /** The name gold files and reports use: {@code "casualty"}, {@code "indirect"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a gold file's {@code exhaustive} list names, if any. */
  public static Optional<FactType> fromLabel(String label) {
    return Optional.ofNullable(BY_LABEL.get(label));
  }
}
