/**
 * Reads casualty counts: every statement that a number of people were killed, died, are dead,
 * were injured, wounded, hurt or shot, or are missing.
 *
 * <p>Start from {@link org.eventfacts.casualty.CasualtyExtractor}. {@link
 * org.eventfacts.casualty.CasualtyWords} lists the words that state a casualty, {@link
 * org.eventfacts.casualty.TriggerFinder} finds them in a sentence and {@link
 * org.eventfacts.casualty.VictimFinder} follows the dependency graph from each to the people it
 * counts. Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.casualty;

import org.jspecify.annotations.NullMarked;
