package org.eventfacts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One input document: an identifier of the caller's choosing, the text, and what a news feed
 * gives beside it.
 *
 * <pre>{@code
 * Document report = new Document("report-17", text, LocalDate.of(2024, 3, 9), "Two killed in Elm Street fire");
 * Document bare = Document.of("report-18", text);
 * }</pre>
 *
 * @param id names the document in the results ({@link org.eventfacts.fact.DocumentFacts#id()})
 * @param text the article's text, headline included
 * @param published the day the document was published, against which relative dates ("on
 *     Friday") are resolved; {@code null} when the feed does not say
 * @param title the headline the feed gives beside the text, or {@code null}
 */
public record Document(
    String id, String text, @Nullable LocalDate published, @Nullable String title) {

  public Document {
    checkNotNull(id, "document id");
    checkNotNull(text, "text of document '%s'", id);
  }

  /** A document with no publication date and no title. */
  public static Document of(String id, String text) {
    return new Document(id, text, null, null);
  }
}
