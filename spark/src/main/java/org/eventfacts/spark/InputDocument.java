package org.eventfacts.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.Document;
import org.eventfacts.ExtractionError;

/** One input row, read: a document to extract, or why it cannot be one. */
sealed interface InputDocument {

  /** A row that makes a document. */
  record Readable(Document document) implements InputDocument {
    public Readable {
      checkNotNull(document, "document");
    }
  }

  /** A row that does not: its bytes are not UTF-8, its date is not a date, it has no text. */
  record Unreadable(String id, ExtractionError error) implements InputDocument {
    public Unreadable {
      checkNotNull(id, "id");
      checkNotNull(error, "error");
    }
  }
}
