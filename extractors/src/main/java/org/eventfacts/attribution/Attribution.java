package org.eventfacts.attribution;

import org.eventfacts.fact.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The authority a fact is given on, and whether it is hedged.
 *
 * @param source who or what the figure is attributed to, or {@code null}
 * @param hedged whether the text marks the fact as unconfirmed
 */
public record Attribution(@Nullable Phrase source, boolean hedged) {}
