/**
 * Reads how many people a noun phrase counts: numerals and number words (normalised by CoreNLP's
 * number normaliser), multiplier words ("two dozen", "tens of thousands"), vague amounts
 * ("dozens", "several"), the qualifier before the number ("more than", "almost") and the single
 * person a singular phrase denotes ("a 17-year-old").
 *
 * <p>Start from {@link org.eventfacts.count.CountReader}; the word tables are in {@link
 * org.eventfacts.count.QuantityWords}. Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.count;

import org.jspecify.annotations.NullMarked;
