/**
 * Scores the cross-document merge against incident gold: which documents report the same
 * registry incident ({@link org.eventfacts.evaluation.merge.IncidentGold}, from a corpus's
 * {@code SOURCES.tsv} or {@code INCIDENTS.tsv}), counted over pairs of documents ({@link
 * org.eventfacts.evaluation.merge.PairwiseScore}) by {@link
 * org.eventfacts.evaluation.merge.MergeEvaluation}.
 */
@NullMarked
package org.eventfacts.evaluation.merge;

import org.jspecify.annotations.NullMarked;
