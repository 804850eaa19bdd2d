/**
 * Reads a long text in paragraph-aligned chunks, so that the memory one document needs stays
 * bounded by the chunk, not by the text: {@link org.eventfacts.chunk.ParagraphChunks} cuts the
 * text at paragraph breaks, and {@link org.eventfacts.chunk.JoinedFacts} joins the facts read from
 * each chunk into the facts of one document (offsets stay the original text's; actors of the same
 * name are one actor; each chunk's main incident joins the document's main incident where their
 * places agree). This package is internal to eventfacts: {@link org.eventfacts.FactExtractor}
 * uses it for texts longer than {@link org.eventfacts.chunk.ParagraphChunks#DEFAULT_SIZE}.
 */
@NullMarked
package org.eventfacts.chunk;

import org.jspecify.annotations.NullMarked;
