package org.eventfacts.quote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eventfacts.fact.Span;

/**
 * A stretch of text in quotation marks, as {@link QuotationFinder} found it.
 *
 * <p>In {@code He said: “We will stay.”} the span runs from {@code “} to {@code ”}, both included,
 * and the words are {@code We will stay.}. A quotation left open at the end of its paragraph (the
 * first paragraph of a quotation that runs over several) is not closed, and its span ends with the
 * paragraph.
 *
 * @param span the quotation with its marks
 * @param words the text between the marks
 * @param closed whether a closing mark ends it (false: it runs to the end of its paragraph)
 * @param reopened whether it reopens, at the start of a paragraph, a quotation the paragraph before
 *     left open
 */
record Quotation(Span span, Span words, boolean closed, boolean reopened) {

  Quotation {
    checkNotNull(span, "span");
    checkNotNull(words, "words");
    checkArgument(
        span.contains(words), "the words %s must lie inside the quotation %s", words, span);
  }

  /** Whether {@code offset} lies inside the quotation, marks included. */
  boolean covers(int offset) {
    return span.contains(offset);
  }

  /** Whether the token {@code [begin, end)} lies inside the quotation, marks included. */
  boolean covers(int begin, int end) {
    return begin >= span.start() && end <= span.end();
  }
}
