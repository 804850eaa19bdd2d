/**
 * The {@code eventfacts} command: {@code extract} writes the facts of text files as JSON Lines;
 * {@code serve} answers the same JSON over HTTP with a page that shows the facts in the article;
 * {@code render} writes that page for one document as a self-contained HTML file; {@code
 * evaluate} scores the facts against gold files; {@code merge} groups the events of many
 * documents' facts into incidents, and {@code evaluate-merge} scores that merge.
 *
 * <p>Start from {@link org.eventfacts.cli.Main}; the JSON contract is in {@link
 * org.eventfacts.json.FactsJson}.
 */
@NullMarked
package org.eventfacts.cli;

import org.jspecify.annotations.NullMarked;
