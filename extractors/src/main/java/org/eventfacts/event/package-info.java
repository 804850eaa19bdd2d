/**
 * Incidents: a document's casualties and arrests grouped into the events they report, each dated,
 * placed and totalled.
 *
 * <p>Start from {@link org.eventfacts.event.EventReader}. It groups the facts; {@code MainPlace}
 * chooses where the main incident happened, {@code IncidentDate} when, and {@code Totals} how many
 * were killed, injured, missing and arrested, recording the rule of each total.
 */
@NullMarked
package org.eventfacts.event;

import org.jspecify.annotations.NullMarked;
