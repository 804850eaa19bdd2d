package org.eventfacts;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One input document for {@link FactExtractor#extractAll(Iterable)}: an identifier of the
 * caller's choosing and the text.
 *
 * @param id names the document in the results ({@link org.eventfacts.fact.DocumentFacts#id()})
 * @param text the article's text, headline included
 */
public record Article(String id, String text) {

  public Article {
    checkNotNull(id, "article id");
    checkNotNull(text, "text of article '%s'", id);
  }
}
