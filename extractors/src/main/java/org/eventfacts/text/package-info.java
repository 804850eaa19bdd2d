/**
 * A read-only view of a CoreNLP-annotated document in the terms the fact readers need: sentences
 * with their paragraph, dependency graph and character spans.
 *
 * <p>Start from {@link org.eventfacts.text.ParsedText}; {@link org.eventfacts.text.ParsedSentence}
 * maps tokens and graph nodes to {@link org.eventfacts.fact.Span spans}, and {@link
 * org.eventfacts.text.NounPhrases} reads the words of a noun phrase from its head. Internal to
 * eventfacts.
 */
@NullMarked
package org.eventfacts.text;

import org.jspecify.annotations.NullMarked;
