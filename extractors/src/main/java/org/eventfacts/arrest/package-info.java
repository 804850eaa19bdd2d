/**
 * Reads arrests: every statement that a person or a group was arrested, detained, taken into
 * custody, rounded up, apprehended, booked into jail, jailed or held, with who made the arrest and
 * on what charge.
 *
 * <p>Start from {@link org.eventfacts.arrest.ArrestExtractor}. {@link
 * org.eventfacts.arrest.ArrestWords} lists the words of custody, {@link
 * org.eventfacts.arrest.TriggerFinder} finds them in a sentence, {@link
 * org.eventfacts.arrest.ArresteeFinder} follows the dependency graph from each to the people in
 * custody, {@link org.eventfacts.arrest.ChargeFinder} to the offence, and {@link
 * org.eventfacts.arrest.Antecedents} names the people a pronoun or description stands for.
 * Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.arrest;

import org.jspecify.annotations.NullMarked;
