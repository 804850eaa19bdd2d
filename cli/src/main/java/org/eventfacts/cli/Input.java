package org.eventfacts.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.Document;
import org.eventfacts.ExtractionError;

/**
 * One input of a run, in the order the command line names them: a document to read, or one whose
 * bytes could not be made into text (it still gets its error record, in its place).
 *
 * <pre>{@code
 * switch (input) {
 *   case Input.Readable readable -> extractor.tryExtract(readable.document());
 *   case Input.Unreadable unreadable -> ExtractionResult.failed(unreadable.id(), unreadable.error());
 * }
 * }</pre>
 */
sealed interface Input {

  /** The id the input's record carries. */
  String id();

  /** An input whose text was read. */
  record Readable(Document document) implements Input {
    public Readable {
      checkNotNull(document, "document");
    }

    @Override
    public String id() {
      return document.id();
    }
  }

  /** An input that could not be read as text: invalid bytes, or a file that cannot be opened. */
  record Unreadable(String id, ExtractionError error) implements Input {
    public Unreadable {
      checkNotNull(id, "id");
      checkNotNull(error, "error");
    }
  }
}
