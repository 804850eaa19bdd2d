/**
 * Cross-document merge: the events that many articles report, grouped into incidents, with every
 * article's figures kept where they disagree.
 *
 * <p>Start from {@link org.eventfacts.merge.IncidentMerger}: give it {@link
 * org.eventfacts.merge.EventReport EventReports} (read from {@code extract}'s JSON Lines with
 * {@link org.eventfacts.merge.io.FactsLines}, or made from the fact model with {@link
 * org.eventfacts.merge.io.EventReports}) and it returns {@link org.eventfacts.merge.Incident
 * Incidents}, each with its members, its {@link org.eventfacts.merge.Report reports} and the
 * figures a {@link org.eventfacts.merge.FigureRule} picks among them.
 *
 * <p>Nothing here depends on an NLP library, a command line or a cluster framework: the CLI and a
 * Spark job are thin adapters over the same merger. Types are non-null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
package org.eventfacts.merge;

import org.jspecify.annotations.NullMarked;
