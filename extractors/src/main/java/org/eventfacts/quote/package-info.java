/**
 * Reads quoted statements with their speakers: whole statements in quotation marks, quoted
 * fragments of the writer's sentence, and reported speech without quotation marks.
 *
 * <p>Start from {@link org.eventfacts.quote.QuoteExtractor}. {@link
 * org.eventfacts.quote.QuotationFinder} finds quotations by their marks, {@link
 * org.eventfacts.quote.CueFinder} the reporting verb each hangs from and {@link
 * org.eventfacts.quote.SpeakerFinder} the speaker it names; {@link
 * org.eventfacts.quote.ReportedSpeechFinder} reads reported speech. Internal to eventfacts; the
 * results are {@link org.eventfacts.fact.Quote} facts.
 */
@NullMarked
package org.eventfacts.quote;

import org.jspecify.annotations.NullMarked;
