/**
 * When: the dates of news English, resolved against the publication date.
 *
 * <p>Start from {@link org.eventfacts.time.DateReader}, which reads the dates of a sentence, and
 * {@link org.eventfacts.time.DatedHappening}, which tells whether a date dates the incident, its
 * report or what followed it.
 */
@NullMarked
package org.eventfacts.time;

import org.jspecify.annotations.NullMarked;
