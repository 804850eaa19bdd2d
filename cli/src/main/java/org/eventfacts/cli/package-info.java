/**
 * The {@code eventfacts} command: {@code extract} writes the facts of text files as JSON Lines;
 * {@code evaluate} scores them against gold files; {@code merge} groups the events of many
 * documents' facts into incidents.
 *
 * <p>Start from {@link org.eventfacts.cli.Main}; the JSON contract is in {@link
 * org.eventfacts.json.FactsJson}.
 */
@NullMarked
package org.eventfacts.cli;

import org.jspecify.annotations.NullMarked;
