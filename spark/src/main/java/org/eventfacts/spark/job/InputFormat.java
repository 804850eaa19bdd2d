package org.eventfacts.spark.job;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the job reads. */
enum InputFormat {
  /** JSON Lines, one {@code {"id", "text", "published", "title"}} object per line. */
  JSONL,
  /** Parquet with the columns {@code id} and {@code text}, and optionally the other two. */
  PARQUET,
  /** Plain UTF-8 {@code .txt} files, one article each; the id is the name without {@code .txt}. */
  TXT;

  /** The format a file name's extension names, or {@code null} for none of these. */
  static @Nullable InputFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return PARQUET;
    }
    if (lower.endsWith(".txt")) {
      return TXT;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return JSONL;
    }
    return null;
  }
}
