package org.eventfacts.page;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sample article the page offers: one of the project's own test articles, written for it.
 *
 * @param id its file name without {@code .txt}, as {@code eventfacts extract} names it
 * @param title its headline, the text's first line
 * @param text the article, headline included
 */
public record Sample(String id, String title, String text) {

  public Sample {
    checkArgument(id != null && !id.isBlank(), "a sample needs an id");
    checkNotNull(title, "title");
    checkNotNull(text, "text");
  }
}
