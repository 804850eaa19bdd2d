/**
 * The typed fact model: what eventfacts reads out of a news article.
 *
 * <p>Start from {@link org.eventfacts.fact.DocumentFacts}, the result for one document. It holds
 * {@link org.eventfacts.fact.CasualtyCount casualty counts}, {@link org.eventfacts.fact.Arrest
 * arrests} and {@link org.eventfacts.fact.Quote quotes} (the three kinds of {@link
 * org.eventfacts.fact.Fact}) and the {@link org.eventfacts.fact.Actor actors} they refer to. Every
 * fact carries {@link org.eventfacts.fact.Evidence}: a half-open UTF-16 {@link
 * org.eventfacts.fact.Span} into the input, the sentence it came from and the rule that produced it.
 * Numbers are {@link org.eventfacts.fact.Count counts} with a {@link
 * org.eventfacts.fact.Qualifier qualifier} and the range they imply, never bare integers.
 *
 * <p>Everything here is an immutable value: records with validating constructors and immutable
 * collections. Nothing in this package depends on an NLP library. Types are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package org.eventfacts.fact;

import org.jspecify.annotations.NullMarked;
