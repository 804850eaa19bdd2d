/**
 * The merge's input and output: {@link org.eventfacts.merge.io.FactsLines} reads {@code extract}'s
 * JSON Lines as event reports, streaming; {@link org.eventfacts.merge.io.EventReports} makes them
 * from the fact model; {@link org.eventfacts.merge.io.IncidentJson} writes an incident as one JSON
 * object. Which people of a document count as the names of its events is decided once, here
 * ({@code EventNames}), for both readers.
 */
@NullMarked
package org.eventfacts.merge.io;

import org.jspecify.annotations.NullMarked;
