package org.eventfacts.arrest;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A word that states custody and how it reaches the person in custody.
 *
 * @param word the word in the graph: the verb, the state verb or custody place, or the noun
 * @param kind the grammar that leads from it to the arrestee
 */
record Trigger(IndexedWord word, TriggerKind kind) {}
