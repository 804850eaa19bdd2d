package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
 */
public record CorpusDocument(String id, String text, GoldDocument gold) {

  public CorpusDocument {
    checkArgument(id != null && !id.isBlank(), "a document needs an id");
    checkNotNull(text, "text");
    checkNotNull(gold, "gold");
    checkArgument(
        gold.id().equals(id), "document '%s' has the gold of '%s'", id, gold.id());
  }
}
