/**
 * The evaluation harness: scores what an extractor read from a document against the gold facts
 * written for it, by the rules of the evaluation corpora's README ("How a prediction matches an
 * expectation").
 *
 * <p>Start from {@link org.eventfacts.evaluation.Evaluation}, which runs an extractor over a
 * {@link org.eventfacts.evaluation.Corpus} and returns an {@link
 * org.eventfacts.evaluation.EvaluationReport} (a plain-text table, JSON and per-document
 * diagnostics). {@link org.eventfacts.evaluation.Scorer} scores a single document against its
 * {@link org.eventfacts.evaluation.GoldDocument}.
 *
 * <p>The harness knows nothing of how facts are extracted: an extractor is any function from a
 * document's id and text to its {@link org.eventfacts.fact.DocumentFacts}. Every value here is
 * immutable. Types are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package org.eventfacts.evaluation;

import org.jspecify.annotations.NullMarked;
