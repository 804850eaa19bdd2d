/**
 * The CSV export of events: one row per event, the columns of an incident dataset ({@link
 * org.eventfacts.csv.EventsCsv}), shared by every program that writes events as a table.
 */
@NullMarked
package org.eventfacts.csv;

import org.jspecify.annotations.NullMarked;
