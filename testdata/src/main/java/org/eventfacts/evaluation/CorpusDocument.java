package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One document of a {@link Corpus}: its text and its gold facts.
 *
 * <pre>{@code
 * for (CorpusDocument document : corpus.documents()) {
 *   DocumentFacts facts = extractor.extract(document.text());
 *   DocumentScore score = Scorer.score(document.gold(), facts);
 * }
 * }</pre>
 *
 * @param id the name the {@code .txt} and {@code .gold.json} files share
 * @param text the article text, which gold offsets point into
 * @param gold the facts the text states
 * @param published the publication date a news feed gives beside the text ({@code <id>.meta.json}),
 *     or {@code null}
 */
public record CorpusDocument(
    String id, String text, GoldDocument gold, @Nullable LocalDate published) {

  public CorpusDocument {
    checkArgument(id != null && !id.isBlank(), "a document needs an id");
    checkNotNull(text, "text");
    checkNotNull(gold, "gold");
    checkArgument(
        gold.id().equals(id), "document '%s' has the gold of '%s'", id, gold.id());
  }

  /** A document without a publication date. */
  public CorpusDocument(String id, String text, GoldDocument gold) {
    this(id, text, gold, null);
  }
}
