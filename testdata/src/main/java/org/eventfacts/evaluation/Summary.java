package org.eventfacts.evaluation;

import org.jspecify.annotations.Nullable;

/** A one-line description of a fact, built from the parts it has: {@code KILLED 26 victims="x"}. */
final class Summary {

  private final StringBuilder line = new StringBuilder();

  /** Adds a bare part, unless it is {@code null}. */
  Summary add(@Nullable String part) {
    if (part != null) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(part);
    }
    return this;
  }

  /** Adds {@code name="value"}, unless the value is {@code null}. */
  Summary add(String name, @Nullable String value) {
    return add(value == null ? null : name + "=\"" + value + "\"");
  }

  /** Adds {@code name=true} or {@code name=false}, unless the value is {@code null}. */
  Summary add(String name, @Nullable Boolean value) {
    return add(value == null ? null : name + "=" + value);
  }

  @Override
  public String toString() {
    return line.toString();
  }
}
