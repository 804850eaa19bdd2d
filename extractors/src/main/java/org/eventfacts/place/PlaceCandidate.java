package org.eventfacts.place;

import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A name in the text that may be a place, with what the text says beside it.
 *
 * @param span the words as the mention shows them ("East Flatbush, Brooklyn", "AURORA, Ill.")
 * @param said those words as written
 * @param words the name to look up ("East Flatbush")
 * @param qualifier the state, country or city written after the name, or {@code null}
 * @param sentence the index of its sentence
 * @param role how the text names it
 * @param regionHint whether the words around it name a region ("upstate New York", "western
 *     Tennessee"): a name that is both a state and a city is then the state
 * @param section whether the words after it make it a part of a town ("the Lonsdale community",
 *     "a Park Manor neighborhood"): it is then no town of its own
 */
record PlaceCandidate(
    Span span,
    String said,
    String words,
    @Nullable String qualifier,
    int sentence,
    PlaceRole role,
    boolean regionHint,
    boolean section) {

  boolean dateline() {
    return role == PlaceRole.DATELINE;
  }
}
